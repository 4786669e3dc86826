// Turns a commit's ops into the exact changes to write, checking every precondition against
// memory (plus the commit's own earlier ops) before anything changes. Pure: touches no lmdb,
// mutates nothing it is given. Imports domain errors, keys.ts, frozen-json.ts, object-index.ts.
import { AlreadyExistsError, BadRequestError, ConflictError, NotFoundError } from '../domain/errors.js';
import type { Resource, ResourceKind } from '../domain/types.js';
import { encodeFrozen } from './frozen-json.js';
import { isStoredKind, MAX_KEY_BYTES, objectKey, refFor, scopedNamespace } from './keys.js';
import type { ObjectIndex } from './object-index.js';
import type { WatchEvent, WriteOp } from './store.js';

/** One object write: `text` undefined = delete. `stored` is the frozen object as kept in memory. */
export interface ObjectChange { key: string; kind: ResourceKind; namespace: string; name: string; text?: string; stored: Resource }
export interface MetaChange { key: string; text?: string; value?: unknown }

export interface Staged {
  revision: number;
  objects: ObjectChange[];
  metas: MetaChange[];
  events: WatchEvent[];
}

/**
 * Stages `ops` as revision `revision`. Errors (nothing staged): AlreadyExistsError (create over an
 * existing key), ConflictError (stale expectVersion), NotFoundError (update or delete of a
 * missing key), BadRequestError (unknown kind, key too long), TypeError (not JSON-serialisable).
 */
export function stageOps(ops: readonly WriteOp[], index: ObjectIndex, revision: number): Staged {
  const overlay = new Map<string, Resource | null>();
  const current = (kind: ResourceKind, ns: string, name: string): Resource | undefined => {
    const hit = overlay.get(objectKey(kind, ns, name));
    return hit === undefined ? index.get(kind, ns, name) : hit ?? undefined;
  };
  const staged: Staged = { revision, objects: [], metas: [], events: [] };
  for (const op of ops) {
    if (op.op === 'meta') {
      staged.metas.push(op.value === undefined ? { key: checkKey(op.key) } : { key: checkKey(op.key), ...encodeFrozen(op.value) });
      continue;
    }
    const { change, type } = op.op === 'put' ? stagePut(op, current, revision) : stageDelete(op, current, revision);
    overlay.set(change.key, change.text === undefined ? null : change.stored);
    staged.objects.push(change);
    staged.events.push({ type, object: change.stored, revision });
  }
  return staged;
}

type Lookup = (kind: ResourceKind, ns: string, name: string) => Resource | undefined;
interface StagedOp { change: ObjectChange; type: WatchEvent['type'] }

function stagePut(op: Extract<WriteOp, { op: 'put' }>, current: Lookup, revision: number): StagedOp {
  const { kind, metadata } = op.object;
  if (!isStoredKind(kind)) throw new BadRequestError(`store: unknown kind ${JSON.stringify(kind)}`);
  const ns = scopedNamespace(kind, metadata.namespace);
  const prev = current(kind, ns, metadata.name);
  checkVersion(op.expectVersion, prev, kind, ns, metadata.name, true);
  const { text, value } = encodeFrozen({ ...op.object, metadata: { ...metadata, resourceVersion: String(revision) } } as Resource);
  const change = { key: checkKey(objectKey(kind, ns, metadata.name)), kind, namespace: ns, name: metadata.name, text, stored: value };
  return { change, type: prev ? 'MODIFIED' : 'ADDED' };
}

function stageDelete(op: Extract<WriteOp, { op: 'delete' }>, current: Lookup, revision: number): StagedOp {
  const { kind, name } = op.key;
  if (!isStoredKind(kind)) throw new BadRequestError(`store: unknown kind ${JSON.stringify(kind)}`);
  const ns = scopedNamespace(kind, op.key.namespace);
  const prev = current(kind, ns, name);
  checkVersion(op.expectVersion || undefined, prev, kind, ns, name, false);
  // The DELETED event and the commit result carry the last state at the delete's revision (k8s
  // etcd3 store Delete decodes the old object with the delete response's revision).
  const { value } = encodeFrozen({ ...prev!, metadata: { ...prev!.metadata, resourceVersion: String(revision) } } as Resource);
  return { change: { key: objectKey(kind, ns, name), kind, namespace: ns, name, stored: value }, type: 'DELETED' };
}

/** expectVersion: undefined = unconditional, '' = must not exist (create), else must equal. */
function checkVersion(expect: string | undefined, prev: Resource | undefined, kind: ResourceKind, ns: string, name: string, isPut: boolean): void {
  const ref = refFor(kind, ns, name);
  if (expect === '' && isPut) {
    if (prev) throw new AlreadyExistsError(ref);
    return;
  }
  if (!prev) {
    if (!isPut || expect !== undefined) throw new NotFoundError(ref);
    return;
  }
  if (expect !== undefined && prev.metadata.resourceVersion !== expect) throw new ConflictError(ref);
}

function checkKey(key: string): string {
  if (Buffer.byteLength(key) > MAX_KEY_BYTES - 8) throw new BadRequestError(`store: key too long (${Buffer.byteLength(key)} bytes)`);
  return key;
}
