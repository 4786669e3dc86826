// Nodes: registration as kubelet + node IPAM controller do it (podCIDRs per family, one
// InternalIP per family, Ready status), updates with podCIDR immutability, and deletion
// (addresses released, the node's pods removed as the pod GC does).
import { AlreadyExistsError, InvalidError } from '../domain/errors.js';
import type { Node } from '../domain/types.js';
import { validateNode, validateNodeUpdate } from '../domain/validate-node.js';
import { rfc3339 } from '../sim/clock.js';
import type { WriteOp } from '../store/store.js';
import type { ExecResult } from '../exec/context.js';
import type { ClusterCore, WriteOptions } from './core.js';
import { refOf } from './kinds.js';
import { kubeletLabels, nodeStatus } from './node-status.js';
import { createMeta, updateMeta } from './object-meta.js';
import { getObject } from './reads.js';

export class NodeApi {
  constructor(private readonly c: ClusterCore) {}

  /** Registers a node. Errors: InvalidError, AlreadyExistsError, RangeFullError (no InternalIP left). */
  async create(input: Node, role?: 'control-plane' | 'worker', opts: WriteOptions = {}): Promise<Node> {
    const { c } = this;
    const meta = createMeta(input.metadata, undefined, c.clock, c.rng);
    meta.labels = { ...kubeletLabels(meta.name, role), ...meta.labels };
    let node: Node = { apiVersion: 'v1', kind: 'Node', metadata: meta, spec: { ...input.spec }, status: {} };
    const errs = validateNode(node);
    if (errs.length) throw new InvalidError(refOf('Node', meta.name), errs);
    if (opts.dryRun) return node;
    if (c.store.get('Node', undefined, meta.name)) throw new AlreadyExistsError(refOf('Node', meta.name));
    const ips = c.ipam.allocateNodeIps();
    let cidrs: { cidrs: string[] } | { error: string };
    try {
      if (node.spec.podCIDRs?.length) c.ipam.occupyNodeCidrs(meta.name, node.spec.podCIDRs);
      cidrs = node.spec.podCIDRs?.length ? { cidrs: node.spec.podCIDRs } : c.ipam.allocateNodeCidrs();
    } catch (e) {
      c.ipam.releaseNodeAddresses(meta.name, ips, []);
      throw e;
    }
    const podCIDRs = 'cidrs' in cidrs ? cidrs.cidrs : [];
    node = {
      ...node,
      spec: { ...node.spec, ...(podCIDRs.length ? { podCIDR: podCIDRs[0], podCIDRs } : {}) },
      status: nodeStatus(node, ips, podCIDRs.length > 0, rfc3339(c.clock.now())),
    };
    let stored: Node;
    try {
      const pending = c.store.commit([{ op: 'put', object: node, expectVersion: '' }]);
      c.ipam.addNode(node);
      stored = (await pending).objects[0] as Node;
    } catch (e) {
      c.ipam.releaseNodeAddresses(meta.name, ips, podCIDRs);
      throw e;
    }
    if ('error' in cidrs) {
      // nodeutil.RecordNodeStatusChange records it as Normal (spec R4.6 says Warning; the source wins).
      c.events.record({ kind: 'Node', name: meta.name, uid: meta.uid }, 'Normal', 'CIDRNotAvailable', `Node ${meta.name} status is now: CIDRNotAvailable`, { component: 'cidrAllocator' });
    }
    c.noteCapacityChange();
    c.events.record({ kind: 'Node', name: meta.name, uid: meta.uid }, 'Normal', 'RegisteredNode', `Node ${meta.name} event: Registered Node ${meta.name} in Controller`, { component: 'node-controller' });
    await c.reconcile();
    return stored;
  }

  /** Updates labels, annotations, taints and unschedulable. Errors: NotFound, Conflict, Invalid. */
  async update(input: Node, opts: WriteOptions = {}): Promise<Node> {
    const { c } = this;
    const live = getObject(c.store, 'Node', undefined, input.metadata.name);
    const next: Node = {
      ...live, metadata: updateMeta(input.metadata, live.metadata, false),
      spec: { ...input.spec, podCIDR: input.spec.podCIDR ?? live.spec.podCIDR, podCIDRs: input.spec.podCIDRs ?? live.spec.podCIDRs },
    };
    if (!next.spec.podCIDRs) { delete next.spec.podCIDRs; delete next.spec.podCIDR; }
    const errs = validateNodeUpdate(next, live);
    if (errs.length) throw new InvalidError(refOf('Node', live.metadata.name), errs);
    if (opts.dryRun) return next;
    const res = await c.store.commit([{ op: 'put', object: next, expectVersion: input.metadata.resourceVersion || live.metadata.resourceVersion }]);
    c.noteCapacityChange();
    await c.reconcile();
    return res.objects[0] as Node;
  }

  /** Deletes a node, its pods, and frees its addresses. Errors: NotFound. */
  async delete(name: string, opts: WriteOptions & { resourceVersion?: string } = {}): Promise<Node> {
    const { c } = this;
    const live = getObject(c.store, 'Node', undefined, name);
    if (opts.dryRun) return live;
    const pods = c.store.list('Pod').filter((p) => p.spec.nodeName === name);
    const ops: WriteOp[] = [
      { op: 'delete', key: { kind: 'Node', name }, expectVersion: opts.resourceVersion || undefined },
      ...pods.map((p): WriteOp => ({ op: 'delete', key: { kind: 'Pod', namespace: p.metadata.namespace, name: p.metadata.name } })),
    ];
    const pending = c.store.commit(ops);
    for (const p of pods) c.releasePod(p);
    c.ipam.removeNode(live);
    c.noteCapacityChange();
    await pending;
    await c.reconcile();
    return live;
  }

  /** Runs a simulated command in the node's root network namespace. Errors: NotFound. */
  exec(name: string, argv: readonly string[]): ExecResult {
    const { c } = this;
    const node = getObject(c.store, 'Node', undefined, name);
    const pods = c.store.list('Pod').filter((p) => p.spec.nodeName === name);
    const peers = c.store.list('Node').filter((n) => n.metadata.name !== name);
    return c.kubelet.execOnNode(node, pods, peers, argv, c.network.accessForNode(node));
  }
}
