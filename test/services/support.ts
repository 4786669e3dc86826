// Shared fixtures for the Service semantics tests: the four cluster kinds of upstream's
// storage_test.go, a Service builder, and a fake allocator ("next address of family F").
import { renderFieldError } from '../../daemon/domain/field-errors.js';
import type { Service, ServiceSpec } from '../../daemon/domain/service-types.js';
import type { IpFamily } from '../../daemon/domain/types.js';
import { applyAllocations, type ServiceAllocations } from '../../daemon/services/allocation.js';
import type { ServiceClusterConfig } from '../../daemon/services/ip-families.js';
import type { ServiceCreatePlan } from '../../daemon/services/prepare.js';

export type ClusterKind = 'S4' | 'S6' | 'D46' | 'D64';
export const CLUSTERS: Record<ClusterKind, ServiceClusterConfig> = {
  S4: { families: ['IPv4'] }, S6: { families: ['IPv6'] }, D46: { families: ['IPv4', 'IPv6'] }, D64: { families: ['IPv6', 'IPv4'] },
};
export const KINDS = Object.keys(CLUSTERS) as ClusterKind[];

export const V4 = '10.0.0.100';
export const V6 = '2000::100';

export function svc(spec: Partial<ServiceSpec>, name = 'svc'): Service {
  return {
    apiVersion: 'v1', kind: 'Service', status: {},
    metadata: { name, namespace: 'default', uid: 'u1', resourceVersion: '1', creationTimestamp: '2024-01-01T00:00:00Z' },
    spec: { ports: [{ port: 80 }], selector: { app: 'x' }, ...spec },
  };
}

/** Hands out the next address of a family (10.0.0.1.., 2000::1..) and the next NodePort from 30000. */
export function fakeAllocate(plan: ServiceCreatePlan['service'], allocate: ServiceAllocations): Service {
  const next: Record<IpFamily, number> = { IPv4: 0, IPv6: 0 };
  let port = 30000;
  const ip = (f: IpFamily): string => (f === 'IPv4' ? `10.0.0.${++next.IPv4}` : `2000::${++next.IPv6}`);
  return applyAllocations(plan, allocate, {
    clusterIPs: allocate.clusterIPs.map((c) => c.ip ?? ip(c.family)),
    nodePorts: allocate.nodePorts.map((c) => c.nodePort ?? port++),
    healthCheckNodePort: allocate.healthCheckNodePort ? allocate.healthCheckNodePort.nodePort ?? port++ : undefined,
  });
}

export const rendered = (p: { errors: readonly Parameters<typeof renderFieldError>[0][] }): string[] => p.errors.map(renderFieldError);
