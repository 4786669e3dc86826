// Server-side metadata on create (uid, creationTimestamp, generateName) and on update
// (immutable fields carried over), as the apiserver's registry strategy does. Pure but for
// the clock and RNG it is given.
import type { ObjectMeta } from '../domain/types.js';
import { rfc3339, type Clock } from '../sim/clock.js';
import type { Rng } from '../sim/rng.js';

/** Metadata of a new object; `resourceVersion` is set by the store at commit. */
export function createMeta(meta: Partial<ObjectMeta> | undefined, namespace: string | undefined, clock: Clock, rng: Rng,
  opts: { generation?: boolean } = {}): ObjectMeta {
  const m = meta ?? {};
  // apiserver names.SimpleNameGenerator: generateName + 5 random characters.
  const name = m.name || (m.generateName ? m.generateName + rng.kubeSuffix(5) : '');
  const out: ObjectMeta = {
    ...stripServerFields(m), name,
    uid: rng.uuid(), resourceVersion: '', creationTimestamp: rfc3339(clock.now()),
  };
  if (namespace !== undefined) out.namespace = namespace; else delete out.namespace;
  if (opts.generation) out.generation = 1;
  return out;
}

/** The new metadata of an update: client-owned fields from `next`, server-owned from `live`. */
export function updateMeta(next: Partial<ObjectMeta> | undefined, live: ObjectMeta, specChanged: boolean): ObjectMeta {
  const n = next ?? {};
  const out: ObjectMeta = { ...live, labels: n.labels, annotations: n.annotations, ownerReferences: n.ownerReferences ?? live.ownerReferences };
  if (!n.labels) delete out.labels;
  if (!n.annotations) delete out.annotations;
  if (!out.ownerReferences) delete out.ownerReferences;
  if (live.generation !== undefined && specChanged) out.generation = live.generation + 1;
  return out;
}

function stripServerFields(m: Partial<ObjectMeta>): Partial<ObjectMeta> {
  const { uid: _u, resourceVersion: _r, creationTimestamp: _c, deletionTimestamp: _d, generation: _g, ...rest } = m;
  return rest;
}
