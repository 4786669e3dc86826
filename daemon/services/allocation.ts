// What a Service create or update must claim from and give back to the ClusterIP and NodePort
// allocators (spec R1.6-R1.8, R3.3, R3.4), as data for the allocator step, plus the errors
// that step reports. Pure. Source: pkg/registry/core/service/storage/alloc.go allocClusterIPs,
// updateClusterIPs, initNodePorts, updateNodePorts, allocHealthCheckNodePort,
// updateHealthCheckNodePort.
import { invalid, type FieldError } from '../domain/field-errors.js';
import type { Service, ServiceSpec } from '../domain/service-types.js';
import type { IpFamily } from '../domain/types.js';
import { goClusterIPs } from './field-values.js';
import { isMatchingPreferDualStack } from './ip-families.js';
import { CLUSTER_IP_NONE, needsHealthCheck, needsNodePort, nodePortsOf, shouldAllocateNodePorts } from './predicates.js';

/** One ClusterIP to claim: `ip` set = that address (static), absent = next free of `family`. */
export interface ClusterIpClaim { readonly index: number; readonly family: IpFamily; readonly ip?: string }
/** One NodePort to claim (`nodePort` absent = next free), written into `spec.ports[fills[*]]`. */
export interface NodePortClaim { readonly portIndex: number; readonly fills: readonly number[]; readonly nodePort?: number }

export interface ServiceAllocations {
  readonly clusterIPs: readonly ClusterIpClaim[];
  readonly nodePorts: readonly NodePortClaim[];
  /** Present when a health-check NodePort must be claimed. */
  readonly healthCheckNodePort?: { readonly nodePort?: number };
}

/** Given back only after the update commits. */
export interface ServiceReleases { readonly clusterIPs: readonly string[]; readonly nodePorts: readonly number[] }

/** What the allocators handed out, one value per claim, in claim order. */
export interface AllocatedValues { clusterIPs: readonly string[]; nodePorts: readonly number[]; healthCheckNodePort?: number }

export const NO_ALLOCATIONS: ServiceAllocations = { clusterIPs: [], nodePorts: [] };
export const NO_RELEASES: ServiceReleases = { clusterIPs: [], nodePorts: [] };

/** allocClusterIPs: one claim per family in ipFamilies order; headless and ExternalName claim none. */
export function clusterIpClaims(spec: ServiceSpec): ClusterIpClaim[] {
  if (spec.type === 'ExternalName' || spec.clusterIPs?.[0] === CLUSTER_IP_NONE) return [];
  return (spec.ipFamilies ?? []).map((family, index) => {
    const ip = spec.clusterIPs?.[index];
    return ip ? { index, family, ip } : { index, family };
  });
}

/** initNodePorts (create): ports with the same port number share one NodePort across protocols. */
export function createNodePortClaims(spec: ServiceSpec): NodePortClaim[] {
  if (!needsNodePort(spec)) return [];
  const ports = spec.ports ?? [];
  const byPort = new Map<number, NodePortClaim & { fills: number[] }>();
  const claims: NodePortClaim[] = [];
  ports.forEach((p, i) => {
    const np = p.nodePort ?? 0;
    if (np === 0 && !shouldAllocateNodePorts(spec)) return;
    const shared = byPort.get(p.port);
    if (!shared) {
      const requested = ports.find((q) => q.port === p.port && q.nodePort)?.nodePort;
      const claim = { portIndex: i, fills: [i], ...(requested ? { nodePort: requested } : {}) };
      byPort.set(p.port, claim);
      claims.push(claim);
    } else if (np === 0) shared.fills.push(i);
    else if (np !== shared.nodePort) claims.push({ portIndex: i, fills: [i], nodePort: np });
    else shared.fills.push(i);
  });
  return claims;
}

export function planCreate(spec: ServiceSpec): ServiceAllocations {
  const hc = needsHealthCheck(spec) ? { healthCheckNodePort: spec.healthCheckNodePort ? { nodePort: spec.healthCheckNodePort } : {} } : {};
  return { clusterIPs: clusterIpClaims(spec), nodePorts: createNodePortClaims(spec), ...hc };
}

/** updateClusterIPs: type changes to/from ExternalName, upgrade (claim secondary), downgrade (release it). */
function updateClusterIps(next: ServiceSpec, old: ServiceSpec): { claims: ClusterIpClaim[]; release: string[] } {
  const none = { claims: [], release: [] };
  if (isMatchingPreferDualStack(next, old)) return none;
  if (old.type === 'ExternalName' && next.type !== 'ExternalName') return { claims: clusterIpClaims(next), release: [] };
  if (old.clusterIPs?.[0] === CLUSTER_IP_NONE) return none;
  if (next.type === 'ExternalName') return { claims: [], release: (old.ipFamilies ?? []).map((_, i) => old.clusterIPs?.[i]).filter((ip): ip is string => !!ip) };
  const o = old.ipFamilies?.length ?? 0;
  const n = next.ipFamilies?.length ?? 0;
  if (o === 1 && n === 2) {
    const ip = next.clusterIPs?.[1];
    return { claims: [{ index: 1, family: next.ipFamilies![1], ...(ip ? { ip } : {}) }], release: [] };
  }
  if (o === 2 && n === 1 && old.clusterIPs?.[1]) return { claims: [], release: [old.clusterIPs[1]] };
  return none;
}

/** updateNodePorts: new numbers are claimed once, zeros get fresh ports, vanished ones are released. */
function updateNodePorts(next: ServiceSpec, old: ServiceSpec): { claims: NodePortClaim[]; release: number[] } {
  const oldNums = nodePortsOf(old);
  if (!needsNodePort(next)) return { claims: [], release: needsNodePort(old) ? oldNums : [] };
  const claims: NodePortClaim[] = [];
  const claimed = new Set<number>();
  (next.ports ?? []).forEach((p, i) => {
    const np = p.nodePort ?? 0;
    if (np === 0 && !shouldAllocateNodePorts(next)) return;
    if (np === 0) claims.push({ portIndex: i, fills: [i] });
    else if (!oldNums.includes(np) && !claimed.has(np)) {
      claims.push({ portIndex: i, fills: [i], nodePort: np });
      claimed.add(np);
    }
  });
  const kept = new Set(nodePortsOf(next));
  return { claims, release: oldNums.filter((n) => !kept.has(n)) };
}

export function planUpdate(next: ServiceSpec, old: ServiceSpec): { allocate: ServiceAllocations; release: ServiceReleases } {
  const ips = updateClusterIps(next, old);
  const ports = updateNodePorts(next, old);
  const needed = needsHealthCheck(old);
  const needs = needsHealthCheck(next);
  const hc = !needed && needs ? { healthCheckNodePort: next.healthCheckNodePort ? { nodePort: next.healthCheckNodePort } : {} } : {};
  const hcRelease = needed && !needs && old.healthCheckNodePort ? [old.healthCheckNodePort] : [];
  return {
    allocate: { clusterIPs: ips.claims, nodePorts: ports.claims, ...hc },
    release: { clusterIPs: ips.release, nodePorts: [...ports.release, ...hcRelease] },
  };
}

/** Writes what the allocators handed out into the Service (clusterIP follows clusterIPs[0]). */
export function applyAllocations(svc: Service, plan: ServiceAllocations, got: AllocatedValues): Service {
  const spec: ServiceSpec = { ...svc.spec };
  if (plan.clusterIPs.length) {
    const ips = [...(spec.clusterIPs ?? [])];
    plan.clusterIPs.forEach((c, k) => { ips[c.index] = got.clusterIPs[k]; });
    spec.clusterIPs = ips;
    spec.clusterIP = ips[0];
  }
  if (plan.nodePorts.length) {
    const ports = (spec.ports ?? []).map((p) => ({ ...p }));
    plan.nodePorts.forEach((c, k) => { for (const i of c.fills) ports[i].nodePort = got.nodePorts[k]; });
    spec.ports = ports;
  }
  if (plan.healthCheckNodePort && got.healthCheckNodePort !== undefined) spec.healthCheckNodePort = got.healthCheckNodePort;
  return { ...svc, spec };
}

/** A static ClusterIP the allocator refused (R2.4): the value lists clusterIPs with '' for the dynamic ones. */
export function clusterIpAllocationError(spec: ServiceSpec, plan: ServiceAllocations, ip: string, reason: string): FieldError {
  const ips = [...(spec.clusterIPs ?? [])];
  for (const c of plan.clusterIPs) if (ips[c.index] === undefined) ips[c.index] = '';
  return invalid('spec.clusterIPs', goClusterIPs(ips), `failed to allocate IP ${ip}: ${reason}`);
}

/** A requested NodePort the allocator refused (R3.2). */
export function nodePortAllocationError(claim: NodePortClaim, reason: string): FieldError {
  return invalid(`spec.ports[${claim.portIndex}].nodePort`, claim.nodePort ?? 0, reason);
}

/** Internal-error messages of a dynamic allocation that failed (R0.3). */
export const allocationFailure = {
  clusterIP: (reason: string): string => `failed to allocate a serviceIP: ${reason}`,
  nodePort: (reason: string): string => `failed to allocate a nodePort: ${reason}`,
  healthCheckNodePort: (requested: number | undefined, reason: string): string => (requested
    ? `failed to allocate requested HealthCheck NodePort ${requested}: ${reason}`
    : `failed to allocate a HealthCheck NodePort 0: ${reason}`),
};
