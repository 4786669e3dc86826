// The registry's fix-ups of linked fields before defaulting and validation (spec R1.1, R1.2,
// R1.8). Each mutates the draft it is given, as the apiserver does. Sources:
// pkg/registry/core/service/storage/storage.go normalizeClusterIPs, patchAllocatedValues;
// pkg/registry/core/service/strategy.go dropTypeDependentFields.
import type { Service, ServiceSpec } from '../domain/service-types.js';
import {
  needsClusterIP, needsHealthCheck, needsNodePort, nodePortsOf, sameClusterIPFields, sameIpFamilies, samePluralClusterIPs,
} from './predicates.js';

/** clusterIP ↔ clusterIPs: old clients set only the singular; never back-fill the singular. */
export function normalizeClusterIPs(spec: ServiceSpec, old: ServiceSpec | undefined): void {
  const ip = spec.clusterIP ?? '';
  if (!old) {
    if (ip && !spec.clusterIPs?.length) spec.clusterIPs = [ip];
    return;
  }
  const oldIp = old.clusterIP ?? '';
  if (old.clusterIPs?.length && !spec.clusterIPs?.length && oldIp === ip) spec.clusterIPs = old.clusterIPs;
  if (oldIp === ip) return;
  if (oldIp && !ip) {
    if (samePluralClusterIPs(old, spec)) delete spec.clusterIPs;
  } else if (samePluralClusterIPs(old, spec)) {
    spec.clusterIPs = [ip];
  }
}

/** Re-fills values the server allocated when a resubmitted object omits them (idempotent apply). */
export function patchAllocatedValues(spec: ServiceSpec, old: ServiceSpec): void {
  if (needsClusterIP(old) && needsClusterIP(spec)) {
    if (!spec.clusterIP && old.clusterIP !== undefined) spec.clusterIP = old.clusterIP;
    if (!spec.clusterIPs?.length && old.clusterIPs?.length) spec.clusterIPs = old.clusterIPs;
  }
  if (needsNodePort(old) && needsNodePort(spec) && spec.ports) {
    const newUsed = new Set(nodePortsOf(spec));
    const used = new Set(nodePortsOf(old).filter((n) => newUsed.has(n)));
    // Matched by port name; the last old port of a name wins, as Go's map assignment does.
    const byName = new Map((old.ports ?? []).map((p) => [p.name ?? '', p.nodePort ?? 0]));
    spec.ports = spec.ports.map((p) => {
      if (p.nodePort) return p;
      const v = byName.get(p.name ?? '') ?? 0;
      return used.has(v) || v === 0 ? p : { ...p, nodePort: v };
    });
  }
  if (needsHealthCheck(old) && needsHealthCheck(spec) && !spec.healthCheckNodePort && old.healthCheckNodePort) {
    spec.healthCheckNodePort = old.healthCheckNodePort;
  }
}

function dropNodePorts(spec: ServiceSpec, old: ServiceSpec): void {
  const oldPorts = new Set(nodePortsOf(old));
  if (needsNodePort(old) && !needsNodePort(spec) && nodePortsOf(spec).every((n) => oldPorts.has(n)) && spec.ports) {
    spec.ports = spec.ports.map(({ nodePort: _drop, ...p }) => p);
  }
  if (needsHealthCheck(old) && !needsHealthCheck(spec) && (old.healthCheckNodePort ?? 0) === (spec.healthCheckNodePort ?? 0)) {
    delete spec.healthCheckNodePort;
  }
}

/** Wipes fields the new type does not use when the user left them as they were. */
export function dropTypeDependentFields(svc: Service, old: Service): void {
  const spec = svc.spec;
  const o = old.spec;
  if (needsClusterIP(o) && !needsClusterIP(spec)) {
    if (sameClusterIPFields(o, spec)) { delete spec.clusterIP; delete spec.clusterIPs; }
    if (sameIpFamilies(o, spec)) delete spec.ipFamilies;
    if ((o.ipFamilyPolicy ?? '') === (spec.ipFamilyPolicy ?? '')) delete spec.ipFamilyPolicy;
  }
  dropNodePorts(spec, o);
  if (o.type === 'LoadBalancer' && spec.type !== 'LoadBalancer') {
    if (spec.allocateLoadBalancerNodePorts !== undefined && spec.allocateLoadBalancerNodePorts === o.allocateLoadBalancerNodePorts) {
      delete spec.allocateLoadBalancerNodePorts;
    }
    if (spec.loadBalancerClass === o.loadBalancerClass) delete spec.loadBalancerClass;
  }
  if (needsNodePort(o) && !needsNodePort(spec) && spec.externalTrafficPolicy === o.externalTrafficPolicy) delete spec.externalTrafficPolicy;
  if (spec.type !== 'LoadBalancer' && svc.status) svc.status = { ...svc.status, loadBalancer: {} };
}
