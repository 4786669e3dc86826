// The cluster's address management: node podCIDRs (node IPAM controller), node InternalIPs,
// and one host-local pod IP allocator per node. Rebuilt from the stored objects at start;
// the host-local cursors persist in the store's meta keys, written with each pod.
import type { ClusterConfig } from '../config/config.js';
import type { Node, Pod } from '../domain/types.js';
import { CidrNotAvailableError, NodeCidrAllocator } from '../ipam/node-cidrs.js';
import { NodeIpAllocator } from '../ipam/node-ips.js';
import { PodIpAllocator } from '../ipam/host-local.js';
import type { WriteOp } from '../store/store.js';

const cursorKey = (node: string) => `ipam/host-local/${node}`;

export class ClusterIpam {
  private readonly nodeCidrs: NodeCidrAllocator;
  private readonly nodeIps: NodeIpAllocator;
  private readonly pods = new Map<string, PodIpAllocator>();

  constructor(config: ClusterConfig) {
    this.nodeCidrs = new NodeCidrAllocator({
      clusterCidrs: config.podSubnets, reserved: config.serviceSubnets,
      maskSizes: { IPv4: config.nodeCIDRMaskSizeIPv4, IPv6: config.nodeCIDRMaskSizeIPv6 },
    });
    this.nodeIps = new NodeIpAllocator({ nodeSubnets: config.nodeSubnets, excluded: config.loadBalancerPools });
  }

  /** One InternalIP per family. Errors: RangeFullError. */
  allocateNodeIps(): string[] { return this.nodeIps.allocate(); }

  /** podCIDRs for a new node, or the CIDRNotAvailable error (the node then has none). */
  allocateNodeCidrs(): { cidrs: string[] } | { error: string } {
    try {
      return { cidrs: this.nodeCidrs.allocate() };
    } catch (e) {
      if (e instanceof CidrNotAvailableError) return { error: e.message };
      throw e;
    }
  }

  /** Takes podCIDRs a new node asks for itself. Errors: DomainError (not in range, taken). */
  occupyNodeCidrs(name: string, cidrs: readonly string[]): void { this.nodeCidrs.occupy(name, cidrs); }

  /** Undoes allocateNodeIps/allocateNodeCidrs for a node whose create was refused. */
  releaseNodeAddresses(name: string, ips: readonly string[], cidrs: readonly string[]): void {
    this.nodeIps.release(ips);
    this.nodeCidrs.release(name, cidrs);
  }

  /** Starts the pod IP allocator of a node that has podCIDRs. */
  addNode(node: Node, cursors?: readonly (string | undefined)[]): void {
    if (!node.spec.podCIDRs?.length) return;
    const a = new PodIpAllocator(node.spec.podCIDRs);
    if (cursors) a.cursors = cursors;
    this.pods.set(node.metadata.name, a);
  }

  removeNode(node: Node): void {
    this.pods.delete(node.metadata.name);
    this.releaseNodeAddresses(node.metadata.name, internalIPs(node), node.spec.podCIDRs ?? []);
  }

  /** One IP per podCIDR of the node. Errors: HostLocalFullError, Error when the node has no podCIDR. */
  allocatePodIps(node: Node): string[] {
    const a = this.pods.get(node.metadata.name);
    if (!a) throw new Error(`no podCIDR assigned to node ${node.metadata.name}`);
    return a.allocate();
  }

  releasePodIps(nodeName: string, ips: readonly string[]): void { this.pods.get(nodeName)?.release(ips); }

  /** The meta write that persists a node's host-local cursors along with a pod. */
  cursorOps(nodeName: string | undefined): WriteOp[] {
    const a = nodeName ? this.pods.get(nodeName) : undefined;
    return a ? [{ op: 'meta', key: cursorKey(nodeName!), value: a.cursors.map((c) => c ?? null) }] : [];
  }

  /**
   * Rebuilds every allocator from the stored nodes and pods (reliability promise 2) and
   * returns what did not match: addresses held twice or outside their ranges.
   */
  rebuild(nodes: readonly Node[], pods: readonly Pod[], meta: (key: string) => unknown): string[] {
    const problems: string[] = [];
    for (const n of nodes) {
      for (const ip of this.nodeIps.occupy(internalIPs(n))) problems.push(`node ${n.metadata.name}: InternalIP ${ip} is taken twice or outside nodeSubnet`);
      try {
        if (n.spec.podCIDRs?.length) this.nodeCidrs.occupy(n.metadata.name, n.spec.podCIDRs);
      } catch (e) { problems.push(`node ${n.metadata.name}: ${(e as Error).message}`); }
      const cursors = meta(cursorKey(n.metadata.name));
      this.addNode(n, Array.isArray(cursors) ? cursors.map((c) => (typeof c === 'string' ? c : undefined)) : undefined);
    }
    const seen = new Map<string, string>();
    for (const p of pods) {
      if (!p.spec.nodeName || p.spec.hostNetwork) continue;
      const who = `${p.metadata.namespace}/${p.metadata.name}`;
      for (const { ip } of p.status.podIPs ?? []) {
        const owner = seen.get(ip);
        if (owner) { problems.push(`pod ${who}: IP ${ip} is also held by pod ${owner}`); continue; }
        seen.set(ip, who);
        try {
          this.pods.get(p.spec.nodeName)?.occupy([ip]);
        } catch (e) { problems.push(`pod ${who}: ${(e as Error).message}`); }
      }
    }
    return problems;
  }
}

export function internalIPs(node: Node): string[] {
  return (node.status.addresses ?? []).filter((a) => a.type === 'InternalIP').map((a) => a.address);
}
