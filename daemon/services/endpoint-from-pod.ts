// What one pod contributes to a Service's EndpointSlices: k8s.io/endpointslice utils.go
// (podToEndpoint, getEndpointPorts, FindPort, getAddressTypesForService) and util/controller_utils.go
// (ShouldPodBeInEndpoints, ShouldSetHostname). Pure; imports only daemon/domain.
import type { Endpoint, EndpointPort, Service, ServicePort } from '../domain/service-types.js';
import type { IpFamily, Node, Pod } from '../domain/types.js';

export const LABEL_SERVICE_NAME = 'kubernetes.io/service-name';
export const LABEL_MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
export const LABEL_HEADLESS = 'service.kubernetes.io/headless';
export const CONTROLLER_NAME = 'endpointslice-controller.k8s.io';
const LABEL_ZONE = 'topology.kubernetes.io/zone';

export function familyOf(ip: string): IpFamily {
  return ip.includes(':') ? 'IPv6' : 'IPv4';
}

/** Terminal pods (Succeeded/Failed) and pods without an IP never appear; terminating ones only on request. */
export function shouldPodBeInEndpoints(pod: Pod, includeTerminating: boolean): boolean {
  if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') return false;
  if (!pod.status.podIP && (pod.status.podIPs ?? []).length === 0) return false;
  return includeTerminating || !pod.metadata.deletionTimestamp;
}

/** The pod's Ready condition is True. */
export function isPodReady(pod: Pod): boolean {
  return (pod.status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** The endpoint carries the pod's hostname when its subdomain names this Service in its namespace. */
export function shouldSetHostname(pod: Pod, svc: Service): boolean {
  return !!pod.spec.hostname && pod.spec.subdomain === svc.metadata.name && svc.metadata.namespace === pod.metadata.namespace;
}

/** helper.IsServiceIPSet: a ClusterIP other than "" and "None". */
export function isServiceIPSet(svc: Service): boolean {
  return !!svc.spec.clusterIP && svc.spec.clusterIP !== 'None';
}

/**
 * The address types a Service gets slices for, in ipFamilies order; without ipFamilies, the
 * ClusterIP's family, or both for a headless Service (an old apiserver's objects).
 */
export function addressTypesForService(svc: Service): IpFamily[] {
  const families = [...new Set(svc.spec.ipFamilies ?? [])];
  if (families.length > 0) return families;
  if (isServiceIPSet(svc)) return [familyOf(svc.spec.clusterIP!)];
  return ['IPv4', 'IPv6'];
}

/**
 * FindPort: a numeric targetPort is used as is; a named one is the first container port with that
 * name and the Service port's protocol. Undefined when the pod has no such port.
 */
export function findPort(pod: Pod, sp: ServicePort): number | undefined {
  const target = sp.targetPort ?? sp.port;
  if (typeof target === 'number') return target;
  const protocol = sp.protocol ?? 'TCP';
  for (const c of pod.spec.containers) {
    for (const p of c.ports ?? []) {
      if (p.name === target && (p.protocol ?? 'TCP') === protocol) return p.containerPort;
    }
  }
  return undefined;
}

/** getEndpointPorts: the Service ports this pod offers (a headless Service may have none). */
export function endpointPorts(svc: Service, pod: Pod): EndpointPort[] {
  const out: EndpointPort[] = [];
  for (const sp of svc.spec.ports ?? []) {
    const port = findPort(pod, sp);
    if (port === undefined) continue;
    const ep: EndpointPort = { name: sp.name ?? '', port, protocol: sp.protocol ?? 'TCP' };
    if (sp.appProtocol !== undefined) ep.appProtocol = sp.appProtocol;
    out.push(ep);
  }
  return out;
}

/**
 * podToEndpoint: the pod's IPs of one family, conditions (serving = Ready, terminating = being
 * deleted, ready = publishNotReadyAddresses or serving and not terminating), node, zone, hostname.
 */
export function podToEndpoint(pod: Pod, node: Node | undefined, svc: Service, addressType: IpFamily): Endpoint {
  const serving = isPodReady(pod);
  const terminating = !!pod.metadata.deletionTimestamp;
  const ready = !!svc.spec.publishNotReadyAddresses || (serving && !terminating);
  const ips = (pod.status.podIPs ?? []).map((p) => p.ip);
  if (ips.length === 0 && pod.status.podIP) ips.push(pod.status.podIP);
  const ep: Endpoint = {
    addresses: ips.filter((ip) => familyOf(ip) === addressType),
    conditions: { ready, serving, terminating },
    targetRef: { kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid },
  };
  if (pod.spec.nodeName) ep.nodeName = pod.spec.nodeName;
  const zone = node?.metadata.labels?.[LABEL_ZONE];
  if (zone) ep.zone = zone;
  if (shouldSetHostname(pod, svc)) ep.hostname = pod.spec.hostname;
  return ep;
}

/** Service.spec.selector matches the pod's labels (an empty selector selects nothing here: see endpoint-slices.ts). */
export function selectorMatches(selector: Record<string, string>, labels: Record<string, string> | undefined): boolean {
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}
