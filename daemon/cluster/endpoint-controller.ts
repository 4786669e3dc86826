// The EndpointSlice controller: keeps each selector Service's slices equal to what
// daemon/services/endpoint-slices.ts computes from the current pods and nodes. Work is
// tracked per Service and per namespace (a pod change touches its namespace's Services), so a
// pass costs what changed, not the number of Services.
import type { EndpointSlice, Service } from '../domain/service-types.js';
import type { Node, Pod } from '../domain/types.js';
import { LABEL_SERVICE_NAME } from '../services/endpoint-from-pod.js';
import { desiredEndpointSlices } from '../services/endpoint-slices.js';
import { rfc3339 } from '../sim/clock.js';
import type { WriteOp } from '../store/store.js';
import type { ClusterCore } from './core.js';

export class EndpointSliceSync {
  private readonly services = new Set<string>();
  private readonly namespaces = new Set<string>();
  private all = true;

  /** A Service changed (`name`), or pods of `namespace` did (no name). */
  mark(namespace: string, name?: string): void {
    if (name === undefined) this.namespaces.add(namespace); else this.services.add(`${namespace}/${name}`);
  }

  /** Nodes changed: every endpoint's nodeName and zone may have. */
  markAll(): void { this.all = true; }

  /** One pass over the marked Services; returns whether anything was written. */
  async sync(c: ClusterCore): Promise<boolean> {
    const all = this.all;
    const namespaces = new Set(this.namespaces);
    const services = new Set(this.services);
    this.all = false;
    this.namespaces.clear();
    this.services.clear();
    if (!all && namespaces.size === 0 && services.size === 0) return false;
    const nodes = c.store.list('Node');
    const pods = new Map<string, Pod[]>();
    const slices = new Map<string, EndpointSlice[]>();
    const pending: Promise<unknown>[] = [];
    for (const svc of c.store.list('Service')) {
      const ns = svc.metadata.namespace!;
      if (!all && !namespaces.has(ns) && !services.has(`${ns}/${svc.metadata.name}`)) continue;
      if (!pods.has(ns)) {
        pods.set(ns, c.store.list('Pod', ns));
        for (const s of c.store.list('EndpointSlice', ns)) {
          const key = `${ns}/${s.metadata.labels?.[LABEL_SERVICE_NAME] ?? ''}`;
          slices.set(key, [...(slices.get(key) ?? []), s]);
        }
      }
      const write = syncOne(c, svc, pods.get(ns)!, slices.get(`${ns}/${svc.metadata.name}`) ?? [], nodes);
      if (write) pending.push(write);
    }
    // Each commit is applied in memory at once; waiting for them together lets them share fsyncs.
    await Promise.all(pending);
    return pending.length > 0;
  }
}

function syncOne(c: ClusterCore, svc: Service, pods: readonly Pod[], slices: readonly EndpointSlice[], nodes: readonly Node[]): Promise<unknown> | undefined {
  const ns = svc.metadata.namespace!;
  const changes = desiredEndpointSlices(svc, pods, nodes, slices, c.rng);
  const ops: WriteOp[] = [
    ...changes.create.map((s): WriteOp => ({ op: 'put', object: { ...s, metadata: { ...s.metadata, uid: c.rng.uuid(), creationTimestamp: s.metadata.creationTimestamp || rfc3339(c.clock.now()) } }, expectVersion: '' })),
    ...changes.update.map((s): WriteOp => ({ op: 'put', object: s, expectVersion: s.metadata.resourceVersion })),
    ...changes.delete.map((s): WriteOp => ({ op: 'delete', key: { kind: 'EndpointSlice', namespace: ns, name: s.metadata.name } })),
  ];
  return ops.length ? c.store.commit(ops) : undefined;
}
