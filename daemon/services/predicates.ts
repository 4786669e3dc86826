// Type predicates and same-value checks the Service registry and validation share.
// Pure; imports only domain types. Sources: pkg/api/service/util.go (ExternallyAccessible,
// NeedsHealthCheck), storage.go/strategy.go (needsClusterIP, needsNodePort, sameClusterIPs).
import type { Service, ServiceSpec } from '../domain/service-types.js';

export const CLUSTER_IP_NONE = 'None';

/** Every type but ExternalName carries clusterIP(s) ("None" counts). */
export const needsClusterIP = (s: ServiceSpec): boolean => s.type !== 'ExternalName';
export const needsNodePort = (s: ServiceSpec): boolean => s.type === 'NodePort' || s.type === 'LoadBalancer';
/** apiservice.NeedsHealthCheck: LoadBalancer with externalTrafficPolicy Local. */
export const needsHealthCheck = (s: ServiceSpec): boolean => s.type === 'LoadBalancer' && s.externalTrafficPolicy === 'Local';

/** apiservice.ExternallyAccessible */
export function externallyAccessible(s: ServiceSpec): boolean {
  return s.type === 'LoadBalancer' || s.type === 'NodePort' || (s.type === 'ClusterIP' && (s.externalIPs?.length ?? 0) > 0);
}

/** validation isHeadlessService: clusterIPs is exactly ["None"]. */
export const isHeadless = (s: ServiceSpec): boolean => s.clusterIPs?.length === 1 && s.clusterIPs[0] === CLUSTER_IP_NONE;

/** alloc.go shouldAllocateNodePorts: NodePort always, LoadBalancer unless allocateLoadBalancerNodePorts is false. */
export function shouldAllocateNodePorts(s: ServiceSpec): boolean {
  if (s.type === 'NodePort') return true;
  return s.type === 'LoadBalancer' && s.allocateLoadBalancerNodePorts !== false;
}

export function sameStrings(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** storage.go sameClusterIPs compares the plural only; strategy.go's also compares the singular. */
export const samePluralClusterIPs = (a: ServiceSpec, b: ServiceSpec): boolean => sameStrings(a.clusterIPs, b.clusterIPs);
export const sameClusterIPFields = (a: ServiceSpec, b: ServiceSpec): boolean =>
  (a.clusterIP ?? '') === (b.clusterIP ?? '') && sameStrings(a.clusterIPs, b.clusterIPs);
export const sameIpFamilies = (a: ServiceSpec, b: ServiceSpec): boolean => sameStrings(a.ipFamilies, b.ipFamilies);

/** Non-zero nodePorts of a Service, in port order. */
export function nodePortsOf(s: ServiceSpec): number[] {
  return (s.ports ?? []).map((p) => p.nodePort ?? 0).filter((n) => n !== 0);
}

/** A deep copy the registry steps may mutate, as Go mutates its decoded object. */
export function draftOf(svc: Service): Service {
  return structuredClone(svc);
}
