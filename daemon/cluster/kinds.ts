// The resource kinds the cluster serves: REST names, scope and API group, in one table
// (kubectl's RESTMapper, reduced to what netsim has). Pure.
import type { ResourceKind } from '../domain/types.js';
import type { ResourceRef } from '../domain/errors.js';

export interface KindInfo {
  kind: ResourceKind;
  apiVersion: string;
  resource: string;          // plural, as in `pods "x" not found`
  namespaced: boolean;
}

export const KINDS: Readonly<Record<ResourceKind, KindInfo>> = {
  Node: { kind: 'Node', apiVersion: 'v1', resource: 'nodes', namespaced: false },
  Pod: { kind: 'Pod', apiVersion: 'v1', resource: 'pods', namespaced: true },
  Namespace: { kind: 'Namespace', apiVersion: 'v1', resource: 'namespaces', namespaced: false },
  Event: { kind: 'Event', apiVersion: 'v1', resource: 'events', namespaced: true },
  Deployment: { kind: 'Deployment', apiVersion: 'apps/v1', resource: 'deployments.apps', namespaced: true },
  StatefulSet: { kind: 'StatefulSet', apiVersion: 'apps/v1', resource: 'statefulsets.apps', namespaced: true },
  Service: { kind: 'Service', apiVersion: 'v1', resource: 'services', namespaced: true },
  EndpointSlice: { kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1', resource: 'endpointslices.discovery.k8s.io', namespaced: true },
};

export function refOf(kind: ResourceKind, name: string, namespace?: string): ResourceRef {
  const info = KINDS[kind];
  return { kind, resource: info.resource, name, namespace: info.namespaced ? namespace : undefined };
}
