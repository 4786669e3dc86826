// The Service side of address management: one ClusterIP allocator per configured Service
// range, the NodePort allocator, and the built-in LoadBalancer pools (MetalLB-like). Rebuilt
// from the stored Services at start, reporting addresses held twice or out of range.
import type { ClusterConfig } from '../config/config.js';
import type { Service, ServiceSpec } from '../domain/service-types.js';
import type { ResourceRef } from '../domain/errors.js';
import { ClusterIpAllocator } from '../ipam/cluster-ip.js';
import { LoadBalancerPools } from '../ipam/lb-pool.js';
import { NodePortAllocator } from '../ipam/node-port.js';
import { clusterIpFailure, initNodePorts, ServiceAllocations, type ServiceAllocationTx } from '../ipam/service-allocations.js';
import { isHeadless, needsClusterIP, needsHealthCheck, needsNodePort, shouldAllocateNodePorts } from '../services/predicates.js';
import type { Rng } from '../sim/rng.js';

export class ServiceIpam {
  readonly allocations: ServiceAllocations;
  readonly lb: LoadBalancerPools;

  constructor(config: ClusterConfig, rng: Rng) {
    this.allocations = new ServiceAllocations(config.serviceSubnets.map((c) => new ClusterIpAllocator(c, rng)), new NodePortAllocator(config.nodePortRange, rng));
    this.lb = new LoadBalancerPools(config.loadBalancerPools);
  }

  /** Marks every stored Service's addresses taken; returns the repair problems found. */
  rebuild(services: readonly Service[]): string[] {
    const problems: string[] = [];
    for (const s of services) {
      const owner = `${s.metadata.namespace}/${s.metadata.name}`;
      for (const ip of s.spec.clusterIPs ?? []) {
        if (ip === 'None' || ip === '') continue;
        const p = this.allocations.occupyIp(owner, ip);
        if (p) problems.push(`service ${owner}: ${p.message}`);
      }
      for (const port of new Set([...(s.spec.ports ?? []).map((x) => x.nodePort ?? 0), s.spec.healthCheckNodePort ?? 0])) {
        if (!port) continue;
        const p = this.allocations.occupyPort(owner, port);
        if (p) problems.push(`service ${owner}: ${p.message}`);
      }
      for (const ing of s.status.loadBalancer?.ingress ?? []) if (ing.ip && !this.lb.occupy(ing.ip)) problems.push(`service ${owner}: LoadBalancer IP ${ing.ip} is held twice or outside the pools`);
    }
    return problems;
  }

  /**
   * alloc.go allocClusterIPs / initNodePorts for a new Service: fills spec.clusterIPs (static
   * entries claimed, missing ones allocated, in ipFamilies order), nodePorts and the
   * healthCheckNodePort. Errors (the caller rolls `tx` back): InvalidError, RangeFullError.
   */
  allocateNew(tx: ServiceAllocationTx, ref: ResourceRef, spec: ServiceSpec): void {
    if (needsClusterIP(spec) && !isHeadless(spec)) {
      const requested = spec.clusterIPs ?? [];
      spec.clusterIPs = (spec.ipFamilies ?? []).map((family, i) => {
        const ip = requested[i] || undefined;
        try {
          return tx.allocateIp(family, ip);
        } catch (e) { throw clusterIpFailure(e, ref, requested, ip); }
      });
      spec.clusterIP = spec.clusterIPs[0];
    }
    this.allocatePorts(tx, ref, spec);
  }

  /**
   * Node ports of a Service that needs them. On an update `keep` holds the node ports the
   * Service already owns in spec.ports and `keepHealthCheck` its old healthCheckNodePort, each
   * reusable only in its own role (alloc.go updateNodePorts, updateHealthCheckNodePort): kept
   * ports stay, a new entry for the same port number shares one (R3.3), the rest go through
   * initNodePorts.
   */
  allocatePorts(tx: ServiceAllocationTx, ref: ResourceRef, spec: ServiceSpec, keep: ReadonlySet<number> = new Set(), keepHealthCheck = 0): void {
    if (needsNodePort(spec) && spec.ports) {
      const ports = spec.ports.map((p) => ({ ...p }));
      const keptByPort = new Map(ports.filter((p) => p.nodePort && keep.has(p.nodePort)).map((p) => [p.port, p.nodePort!]));
      for (const p of ports) if (!p.nodePort && keptByPort.has(p.port) && shouldAllocateNodePorts(spec)) p.nodePort = keptByPort.get(p.port);
      const todo = ports.map((p, i) => ({ p, i })).filter(({ p }) => !(p.nodePort && keep.has(p.nodePort)));
      const got = initNodePorts(tx, ref, todo.map(({ p }) => ({ port: p.port, nodePort: p.nodePort })), shouldAllocateNodePorts(spec));
      todo.forEach(({ p }, k) => { if (got[k]) p.nodePort = got[k]; });
      spec.ports = ports;
    }
    if (needsHealthCheck(spec) && !(spec.healthCheckNodePort && spec.healthCheckNodePort === keepHealthCheck)) {
      spec.healthCheckNodePort = tx.allocatePort(spec.healthCheckNodePort || undefined);
    }
  }

  /** status.loadBalancer.ingress for a LoadBalancer: one address per family with a pool, in ipFamilies order. */
  assignIngress(spec: ServiceSpec, current: readonly string[]): string[] {
    if (spec.type !== 'LoadBalancer') return [];
    return (spec.ipFamilies ?? []).flatMap((family) => {
      const have = current.find((ip) => (ip.includes(':') ? 'IPv6' : 'IPv4') === family);
      if (have) return [have];
      const ip = this.lb.allocate(family);
      return ip ? [ip] : [];
    });
  }
}
