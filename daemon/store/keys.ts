// Where an object lives: its lmdb key `<kind>/<namespace>/<name>`, its in-memory sort key and
// the ResourceRef its errors name. Imports only domain types; never daemon/cluster (layering).
import type { ResourceRef } from '../domain/errors.js';
import type { Resource, ResourceKind } from '../domain/types.js';

interface KindScope { resource: string; namespaced: boolean }

/** REST plural (group-qualified as in `deployments.apps "x" not found`) and scope per kind. */
const SCOPES: Readonly<Record<ResourceKind, KindScope>> = {
  Node: { resource: 'nodes', namespaced: false },
  Pod: { resource: 'pods', namespaced: true },
  Namespace: { resource: 'namespaces', namespaced: false },
  Event: { resource: 'events', namespaced: true },
  Deployment: { resource: 'deployments.apps', namespaced: true },
  StatefulSet: { resource: 'statefulsets.apps', namespaced: true },
  Service: { resource: 'services', namespaced: true },
  EndpointSlice: { resource: 'endpointslices.discovery.k8s.io', namespaced: true },
};


/** lmdb-js rejects keys over 1978 bytes; checked before a commit so a batch never fails halfway. */
export const MAX_KEY_BYTES = 1978;

export function isStoredKind(kind: string): kind is ResourceKind {
  return Object.hasOwn(SCOPES, kind);
}

/** The namespace an object is filed under: always '' for cluster-scoped kinds. */
export function scopedNamespace(kind: ResourceKind, namespace: string | undefined): string {
  return SCOPES[kind].namespaced ? namespace ?? '' : '';
}

/** The lmdb key: `Pod/default/web-0`, `Node//netsim-worker`. */
export function objectKey(kind: ResourceKind, namespace: string | undefined, name: string): string {
  return `${kind}/${scopedNamespace(kind, namespace)}/${name}`;
}

export function keyOf(obj: Resource): string {
  return objectKey(obj.kind, obj.metadata.namespace, obj.metadata.name);
}

/**
 * The in-memory sort key within one kind. NUL sorts below every name character, so keys order by
 * namespace then name, and one namespace's keys are contiguous from `${ns}\0`.
 */
export function sortKey(namespace: string, name: string): string {
  return `${namespace}\0${name}`;
}

export function refFor(kind: ResourceKind, namespace: string | undefined, name: string): ResourceRef {
  const scope = SCOPES[kind];
  return { kind, resource: scope.resource, name, namespace: scope.namespaced ? namespace : undefined };
}
