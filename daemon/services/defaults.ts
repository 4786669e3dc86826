// v1 Service defaulting (spec R1.1): what the apiserver fills in before the registry runs.
// Pure; imports domain types and predicates only. ipFamilyPolicy, ipFamilies and clusterIPs
// are NOT defaulted here (the registry does it: ip-families.ts).
// Source: pkg/apis/core/v1/defaults.go SetDefaults_Service.
import type { Service, ServicePort, ServiceSpec } from '../domain/service-types.js';
import { externallyAccessible } from './predicates.js';

/** v1.DefaultClientIPServiceAffinitySeconds (3 hours). */
export const DEFAULT_CLIENT_IP_AFFINITY_SECONDS = 10800;

function defaultPort(p: ServicePort): ServicePort {
  const out: ServicePort = { ...p, protocol: p.protocol || 'TCP' };
  if (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === '') out.targetPort = p.port;
  return out;
}

function defaultAffinity(spec: ServiceSpec): void {
  if (!spec.sessionAffinity) spec.sessionAffinity = 'None';
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === 'ClientIP' && spec.sessionAffinityConfig?.clientIP?.timeoutSeconds === undefined) {
    spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: DEFAULT_CLIENT_IP_AFFINITY_SECONDS } };
  }
}

/** SetDefaults_Service on a copy; the input is not changed. */
export function defaultService(svc: Service): Service {
  const spec: ServiceSpec = { ...svc.spec };
  defaultAffinity(spec);
  if (!spec.type) spec.type = 'ClusterIP';
  if (spec.ports) spec.ports = spec.ports.map(defaultPort);
  if (externallyAccessible(spec) && !spec.externalTrafficPolicy) spec.externalTrafficPolicy = 'Cluster';
  if (spec.internalTrafficPolicy === undefined && ['ClusterIP', 'NodePort', 'LoadBalancer'].includes(spec.type)) spec.internalTrafficPolicy = 'Cluster';
  if (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts === undefined) spec.allocateLoadBalancerNodePorts = true;
  const status = svc.status ?? {};
  const ingress = status.loadBalancer?.ingress;
  const withIpMode = spec.type === 'LoadBalancer' && ingress
    ? { ...status, loadBalancer: { ...status.loadBalancer, ingress: ingress.map((i) => (i.ip && !i.ipMode ? { ...i, ipMode: 'VIP' as const } : i)) } }
    : status;
  return { ...svc, spec, status: withIpMode };
}
