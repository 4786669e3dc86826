// The cluster's address management: node podCIDRs (node IPAM controller), node InternalIPs,
// and one host-local pod IP allocator per node. Rebuilt from the stored objects at start;
// the host-local cursors persist in the store's meta keys, written with each pod. Every pod
// IP and podCIDR has one recorded owner, so a release by anyone else frees nothing.
import type { ClusterConfig } from '../config/config.js';
import type { Node, Pod } from '../domain/types.js';
import { CidrNotAvailableError, NodeCidrAllocator } from '../ipam/node-cidrs.js';
import { NodeIpAllocator } from '../ipam/node-ips.js';
import { PodIpAllocator } from '../ipam/host-local.js';
import { parseCidr } from '../../dataplane/wire/ip.js';
import type { WriteOp } from '../store/store.js';
import { DomainError } from '../domain/errors.js';

const cursorKey = (node: string) => `ipam/host-local/${node}`;

export class ClusterIpam {
  private readonly nodeCidrs: NodeCidrAllocator;
  private readonly nodeIps: NodeIpAllocator;
  private readonly pods = new Map<string, PodIpAllocator>();
  /** pod IP -> `namespace/name` of the pods holding it (more than one only in a store needing repair). */
  private readonly ipOwner = new Map<string, Set<string>>();
  /** node InternalIP -> the node holding it. */
  private readonly nodeIpOwner = new Map<string, string>();
  /** podCIDR -> the node holding it. */
  private readonly cidrOwner = new Map<string, string>();

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
  occupyNodeCidrs(name: string, cidrs: readonly string[]): void {
    const taken = this.cidrConflict(cidrs);
    if (taken) throw new DomainError('IP_NOT_IN_RANGE', `podCIDR ${taken.cidr} of node ${name} is already allocated to node ${taken.owner}`);
    this.nodeCidrs.occupy(name, cidrs);
  }

  /** The first of `cidrs` another node already holds (by the allocator's own bookkeeping). */
  private cidrConflict(cidrs: readonly string[]): { cidr: string; owner: string } | undefined {
    for (const [idx, text] of cidrs.entries()) {
      const c = parseCidr(text);
      if (c && idx < this.nodeCidrs.sets.length && this.nodeCidrs.sets[idx].isUsed(c)) {
        return { cidr: text, owner: this.cidrOwner.get(text) ?? 'another node' };
      }
    }
    return undefined;
  }

  /** Undoes allocateNodeIps/allocateNodeCidrs for a node whose create was refused. */
  releaseNodeAddresses(name: string, ips: readonly string[], cidrs: readonly string[]): void {
    const ownIps = ips.filter((ip) => (this.nodeIpOwner.get(ip) ?? name) === name);
    this.nodeIps.release(ownIps);
    for (const ip of ownIps) this.nodeIpOwner.delete(ip);
    const owned = cidrs.filter((c) => (this.cidrOwner.get(c) ?? name) === name);
    if (owned.length === cidrs.length) this.nodeCidrs.release(name, owned);
    for (const c of owned) this.cidrOwner.delete(c);
  }

  /** Starts the pod IP allocator of a node that has podCIDRs. */
  addNode(node: Node, cursors?: readonly (string | undefined)[]): void {
    for (const ip of internalIPs(node)) if (!this.nodeIpOwner.has(ip)) this.nodeIpOwner.set(ip, node.metadata.name);
    if (!node.spec.podCIDRs?.length) return;
    for (const c of node.spec.podCIDRs) this.cidrOwner.set(c, node.metadata.name);
    const a = new PodIpAllocator(node.spec.podCIDRs);
    if (cursors) a.cursors = cursors;
    this.pods.set(node.metadata.name, a);
  }

  removeNode(node: Node): void {
    this.pods.delete(node.metadata.name);
    this.releaseNodeAddresses(node.metadata.name, internalIPs(node), node.spec.podCIDRs ?? []);
  }

  /** One IP per podCIDR of the node for pod `owner` (ns/name). Errors: HostLocalFullError, Error without podCIDR. */
  allocatePodIps(node: Node, owner: string): string[] {
    const a = this.pods.get(node.metadata.name);
    if (!a) throw new Error(`no podCIDR assigned to node ${node.metadata.name}`);
    const ips = a.allocate();
    for (const ip of ips) this.ipOwner.set(ip, new Set([owner]));
    return ips;
  }

  /** Frees the IPs `owner` holds; an address another pod also holds stays taken. */
  releasePodIps(nodeName: string, ips: readonly string[], owner: string): void {
    for (const ip of ips) {
      const owners = this.ipOwner.get(ip);
      if (!owners?.delete(owner) || owners.size > 0) continue;
      this.ipOwner.delete(ip);
      this.allocatorHolding(nodeName, ip)?.release([ip]);
    }
  }

  /** The allocator whose range holds `ip`: the node's own, else (a repaired stray) any other. */
  private allocatorHolding(nodeName: string, ip: string): PodIpAllocator | undefined {
    const own = this.pods.get(nodeName);
    if (own?.ranges.some((r) => r.offsetOf(ip) >= 0)) return own;
    return [...this.pods.values()].find((a) => a.ranges.some((r) => r.offsetOf(ip) >= 0));
  }

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
      const name = n.metadata.name;
      for (const ip of this.nodeIps.occupy(internalIPs(n))) problems.push(`node ${name}: InternalIP ${ip} is taken twice or outside nodeSubnet`);
      for (const ip of internalIPs(n)) if (!this.nodeIpOwner.has(ip)) this.nodeIpOwner.set(ip, name);
      if (!n.spec.podCIDRs?.length) continue;
      try {
        this.occupyNodeCidrs(name, n.spec.podCIDRs);
      } catch (e) {
        // The node keeps its podCIDRs in the store but gets no allocator: nothing new is handed out twice.
        problems.push(`node ${name}: ${(e as Error).message}; no pod IPs will be allocated on it`);
        continue;
      }
      const cursors = meta(cursorKey(name));
      this.addNode(n, Array.isArray(cursors) ? cursors.map((c) => (typeof c === 'string' ? c : undefined)) : undefined);
    }
    for (const p of pods) {
      if (!p.spec.nodeName || p.spec.hostNetwork) continue;
      const who = `${p.metadata.namespace}/${p.metadata.name}`;
      for (const { ip } of p.status.podIPs ?? []) {
        const owners = this.ipOwner.get(ip);
        if (owners) {
          problems.push(`pod ${who}: IP ${ip} is also held by pod ${[...owners].join(', ')}`);
          owners.add(who);
          continue;
        }
        this.ipOwner.set(ip, new Set([who]));
        const problem = this.occupyPodIp(p.spec.nodeName, ip);
        if (problem) problems.push(`pod ${who}: ${problem}`);
      }
    }
    return problems;
  }

  /** Marks a stored pod IP taken in the range that holds it; says so when that is not its node's. */
  private occupyPodIp(nodeName: string, ip: string): string | undefined {
    this.allocatorHolding(nodeName, ip)?.occupy([ip]);
    const own = this.pods.get(nodeName);
    return own?.ranges.some((r) => r.offsetOf(ip) >= 0) ? undefined : `IP ${ip} is outside the podCIDRs of node ${nodeName}`;
  }
}

export function internalIPs(node: Node): string[] {
  return (node.status.addresses ?? []).filter((a) => a.type === 'InternalIP').map((a) => a.address);
}
