// netsim.v1.Manifests.Apply: kubectl's client-side apply run by the daemon for any client.
// Each document is decoded strictly, merged three ways with its last-applied annotation and
// the live object, then created, updated or left unchanged; one result per document.
import type { Cluster } from '../cluster/cluster.js';
import { KINDS } from '../cluster/kinds.js';
import { computeApply } from '../apply/merge.js';
import { lastAppliedOf } from '../apply/last-applied.js';
import { BadRequestError } from '../domain/errors.js';
import type { Resource } from '../domain/types.js';
import { unary } from './adapt.js';
import { decodeManifest, splitManifests } from './decode-manifest.js';
import { toStatusProto } from './status.js';

interface ApplyRequest { body?: string; source?: string; namespace?: string; dry_run?: boolean }

export function manifestsService(c: Cluster) {
  return {
    Apply: unary(async (req: ApplyRequest) => {
      const split = splitManifests(req.body ?? '');
      if (split.error && split.documents.length === 0) throw split.error;
      const results = [];
      for (const doc of split.documents) results.push(await applyOne(c, doc, req));
      if (split.error) results.push({ kind: '', api_version: '', namespace: '', name: '', action: '', error: toStatusProto(split.error) });
      return { results };
    }),
  };
}

async function applyOne(c: Cluster, doc: unknown, req: ApplyRequest) {
  const d = doc as { kind?: string; apiVersion?: string; metadata?: { name?: string; namespace?: string } };
  const head = { kind: String(d?.kind ?? ''), api_version: String(d?.apiVersion ?? ''), namespace: '', name: String(d?.metadata?.name ?? '') };
  try {
    const decoded = decodeManifest(doc);
    const info = KINDS[decoded.kind];
    if (decoded.kind === 'Event') throw new BadRequestError('the server does not allow this method on the requested resource (post events)');
    const manifest = structuredClone(doc) as Record<string, unknown> & { metadata: Record<string, unknown> };
    manifest.metadata ??= {};
    if (info.namespaced) manifest.metadata.namespace = manifest.metadata.namespace || req.namespace || 'default';
    else delete manifest.metadata.namespace;
    const ns = info.namespaced ? (manifest.metadata.namespace as string) : undefined;
    head.namespace = ns ?? '';
    if (!decoded.metadata.name) throw new BadRequestError('resource name may not be empty');
    const live = c.store.get(decoded.kind, ns, decoded.metadata.name);
    const plan = computeApply(live ? lastAppliedOf(live) : undefined, manifest, live);
    if (plan.action === 'unchanged') return { ...head, action: 'unchanged' };
    const obj = decodeManifest(plan.merged);
    const opts = { dryRun: req.dry_run ?? false };
    if (plan.action === 'created') await write(c, obj, 'create', opts);
    else await write(c, obj, 'update', opts);
    return { ...head, action: plan.action };
  } catch (e) {
    return { ...head, action: '', error: toStatusProto(e, 'Manifests/Apply') };
  }
}

async function write(c: Cluster, obj: Resource, verb: 'create' | 'update', opts: { dryRun: boolean }): Promise<void> {
  switch (obj.kind) {
    case 'Pod': verb === 'create' ? await c.pods.create(obj, opts) : await c.pods.update(obj, opts); return;
    case 'Node': {
      const role = obj.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined ? 'control-plane' : 'worker';
      verb === 'create' ? await c.nodes.create(obj, role, opts) : await c.nodes.update(obj, opts);
      return;
    }
    case 'Namespace': verb === 'create' ? await c.namespaces.create(obj, opts) : await c.namespaces.update(obj, opts); return;
    case 'Deployment': verb === 'create' ? await c.deployments.create(obj, opts) : await c.deployments.update(obj, opts); return;
    case 'StatefulSet': verb === 'create' ? await c.statefulsets.create(obj, opts) : await c.statefulsets.update(obj, opts); return;
    case 'Service': verb === 'create' ? await c.services.create(obj, opts) : await c.services.update(obj, opts); return;
    case 'EndpointSlice': verb === 'create' ? await c.endpointSlices.create(obj, opts) : await c.endpointSlices.update(obj, opts); return;
    case 'Event': throw new BadRequestError('events cannot be applied');
    default: { const never: never = obj; throw new BadRequestError(`cannot apply ${(never as { kind: string }).kind}`); }
  }
}
