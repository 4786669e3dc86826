// The identity of controller-made EndpointSlices (k8s.io/endpointslice utils.go newEndpointSlice,
// setEndpointSliceLabels, ownedBy) and the keys the reconciler groups by (util NewPortMapKey,
// endpointset.go hashEndpoint). Pure; imports only daemon/domain and its sibling.
import type { Endpoint, EndpointPort, EndpointSlice, Service } from '../domain/service-types.js';
import type { IpFamily, OwnerReference } from '../domain/types.js';
import { CONTROLLER_NAME, isServiceIPSet, LABEL_HEADLESS, LABEL_MANAGED_BY, LABEL_SERVICE_NAME } from './endpoint-from-pod.js';

const RESERVED = new Set([LABEL_SERVICE_NAME, LABEL_MANAGED_BY, LABEL_HEADLESS]);

/** metav1.NewControllerRef(service, v1 Service). */
export function serviceOwnerRef(svc: Service): OwnerReference {
  return { apiVersion: 'v1', kind: 'Service', name: svc.metadata.name, uid: svc.metadata.uid, controller: true, blockOwnerDeletion: true };
}

export function ownedBy(slice: EndpointSlice, svc: Service): boolean {
  return (slice.metadata.ownerReferences ?? []).some((o) => o.uid === svc.metadata.uid && o.kind === 'Service' && o.apiVersion === 'v1');
}

/** A slice this controller manages for the Service (the controller's own list selector). */
export function managedSliceOf(slice: EndpointSlice, svc: Service): boolean {
  const l = slice.metadata.labels ?? {};
  return slice.metadata.namespace === svc.metadata.namespace && l[LABEL_SERVICE_NAME] === svc.metadata.name && l[LABEL_MANAGED_BY] === CONTROLLER_NAME;
}

function unreserved(labels: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(labels ?? {}).filter(([k]) => !RESERVED.has(k)));
}

/**
 * setEndpointSliceLabels: the Service's labels (reserved keys skipped), the headless marker when
 * the Service has no ClusterIP, service-name and managed-by; `changed` when the copied labels differ.
 */
export function sliceLabels(slice: EndpointSlice | undefined, svc: Service): { labels: Record<string, string>; changed: boolean } {
  const mine = unreserved(slice?.metadata.labels);
  const labels = unreserved(svc.metadata.labels);
  const changed = canonical(mine) !== canonical(labels);
  if (!isServiceIPSet(svc)) labels[LABEL_HEADLESS] = '';
  labels[LABEL_SERVICE_NAME] = svc.metadata.name;
  labels[LABEL_MANAGED_BY] = CONTROLLER_NAME;
  return { labels, changed };
}

/** getEndpointSlicePrefix: `<svc>-` (names of Services always leave room for the dash). */
export function slicePrefix(svc: Service): string {
  return `${svc.metadata.name}-`;
}

/** newEndpointSlice without a name: the apiserver (here, the caller's RNG) completes generateName. */
export function newSlice(svc: Service, addressType: IpFamily, ports: EndpointPort[]): EndpointSlice {
  return {
    apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice',
    metadata: {
      name: '', generateName: slicePrefix(svc), namespace: svc.metadata.namespace,
      uid: '', resourceVersion: '', creationTimestamp: '',
      labels: sliceLabels(undefined, svc).labels, ownerReferences: [serviceOwnerRef(svc)],
    },
    addressType, endpoints: [], ports,
  };
}

/** NewPortMapKey: one key per distinct set of ports, whatever their order. */
export function portMapKey(ports: readonly EndpointPort[] | undefined): string {
  return (ports ?? []).map((p) => canonical(p)).sort().join('|');
}

/** hashEndpoint: sorted addresses, hostname and the target's namespace/name identify an endpoint. */
export function endpointKey(ep: Endpoint): string {
  return JSON.stringify([[...ep.addresses].sort(), ep.hostname ?? '', ep.targetRef?.namespace ?? '', ep.targetRef?.name ?? '']);
}

/** EndpointsEqualBeyondHash: node, zone, conditions and target (resourceVersion ignored) are equal. */
export function endpointsEqualBeyondHash(a: Endpoint, b: Endpoint): boolean {
  const ref = (e: Endpoint) => (e.targetRef ? canonical({ ...e.targetRef, resourceVersion: undefined }) : '');
  return a.nodeName === b.nodeName && a.zone === b.zone
    && a.conditions?.ready === b.conditions?.ready && a.conditions?.serving === b.conditions?.serving
    && a.conditions?.terminating === b.conditions?.terminating && ref(a) === ref(b);
}

/** placeholderSliceCompare: same namespace, labels, owners and address type, and empty. */
export function isPlaceholderOf(slice: EndpointSlice, placeholder: EndpointSlice): boolean {
  return slice.metadata.namespace === placeholder.metadata.namespace
    && canonical(slice.metadata.labels ?? {}) === canonical(placeholder.metadata.labels ?? {})
    && canonical(slice.metadata.ownerReferences ?? []) === canonical(placeholder.metadata.ownerReferences ?? [])
    && slice.addressType === placeholder.addressType
    && slice.endpoints.length === 0 && (slice.ports ?? []).length === 0;
}

/** Endpoints in a deterministic order: by target namespace/name, then addresses. */
export function compareEndpoints(a: Endpoint, b: Endpoint): number {
  const ka = `${a.targetRef?.namespace ?? ''}/${a.targetRef?.name ?? ''}/${a.addresses.join(',')}`;
  const kb = `${b.targetRef?.namespace ?? ''}/${b.targetRef?.name ?? ''}/${b.addresses.join(',')}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
