// The EndpointSlice controller: keeps every selector Service's slices equal to what
// daemon/services/endpoint-slices.ts computes from the current pods and nodes.
import type { Service } from '../domain/service-types.js';
import type { Node } from '../domain/types.js';
import { rfc3339 } from '../sim/clock.js';
import { desiredEndpointSlices } from '../services/endpoint-slices.js';
import type { WriteOp } from '../store/store.js';
import type { ClusterCore } from './core.js';

/** One pass over every Service; returns whether anything was written. */
export async function syncEndpointSlices(c: ClusterCore): Promise<boolean> {
  const nodes = c.store.list('Node');
  let changed = false;
  for (const svc of c.store.list('Service')) changed = (await syncOne(c, svc, nodes)) || changed;
  return changed;
}

async function syncOne(c: ClusterCore, svc: Service, nodes: readonly Node[]): Promise<boolean> {
  const ns = svc.metadata.namespace!;
  const changes = desiredEndpointSlices(svc, c.store.list('Pod', ns), nodes, c.store.list('EndpointSlice', ns), c.rng);
  const ops: WriteOp[] = [
    ...changes.create.map((s): WriteOp => ({ op: 'put', object: { ...s, metadata: { ...s.metadata, uid: c.rng.uuid(), creationTimestamp: s.metadata.creationTimestamp || rfc3339(c.clock.now()) } }, expectVersion: '' })),
    ...changes.update.map((s): WriteOp => ({ op: 'put', object: s, expectVersion: s.metadata.resourceVersion })),
    ...changes.delete.map((s): WriteOp => ({ op: 'delete', key: { kind: 'EndpointSlice', namespace: ns, name: s.metadata.name } })),
  ];
  if (ops.length === 0) return false;
  await c.store.commit(ops);
  return true;
}
