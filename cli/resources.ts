// The kinds the CLI knows: their names and short names as kubectl accepts them, and the gRPC
// service and methods behind each. Pure data.

export interface CliKind {
  kind: string;              // Pod
  plural: string;            // pods (what `get` tables and errors call it)
  names: readonly string[];  // every accepted spelling
  namespaced: boolean;
  service: string;           // gRPC service in netsim.v1
  group?: string;            // API group for `-o name` (deployment.apps/x)
  apiVersion: string;
}

export const CLI_KINDS: readonly CliKind[] = [
  { kind: 'Node', plural: 'nodes', names: ['nodes', 'node', 'no'], namespaced: false, service: 'Nodes', apiVersion: 'v1' },
  { kind: 'Pod', plural: 'pods', names: ['pods', 'pod', 'po'], namespaced: true, service: 'Pods', apiVersion: 'v1' },
  { kind: 'Namespace', plural: 'namespaces', names: ['namespaces', 'namespace', 'ns'], namespaced: false, service: 'Namespaces', apiVersion: 'v1' },
  { kind: 'Deployment', plural: 'deployments', names: ['deployments', 'deployment', 'deploy', 'deployments.apps', 'deployment.apps'], namespaced: true, service: 'Deployments', group: 'apps', apiVersion: 'apps/v1' },
  { kind: 'StatefulSet', plural: 'statefulsets', names: ['statefulsets', 'statefulset', 'sts', 'statefulsets.apps', 'statefulset.apps'], namespaced: true, service: 'StatefulSets', group: 'apps', apiVersion: 'apps/v1' },
  { kind: 'Event', plural: 'events', names: ['events', 'event', 'ev'], namespaced: true, service: 'Events', apiVersion: 'v1' },
  { kind: 'Service', plural: 'services', names: ['services', 'service', 'svc'], namespaced: true, service: 'Services', apiVersion: 'v1' },
  { kind: 'EndpointSlice', plural: 'endpointslices', names: ['endpointslices', 'endpointslice', 'endpointslices.discovery.k8s.io'], namespaced: true,
    service: 'EndpointSlices', group: 'discovery.k8s.io', apiVersion: 'discovery.k8s.io/v1' },
  // Not served: the CLI derives it from Services and their primary-family slices (endpoints-view.ts).
  { kind: 'Endpoints', plural: 'endpoints', names: ['endpoints', 'ep'], namespaced: true, service: '', apiVersion: 'v1' },
];

/** Resolves a kind word; undefined when the server has no such resource type. */
export function findKind(word: string): CliKind | undefined {
  const w = word.toLowerCase();
  return CLI_KINDS.find((k) => k.names.includes(w) || k.kind.toLowerCase() === w);
}

/** Standard method names of a kind's service: CreatePod, GetPod, ListPods, ... */
export function methodOf(k: CliKind, verb: 'Create' | 'Get' | 'List' | 'Update' | 'Delete' | 'Watch'): string {
  const plural = k.service;
  return verb === 'List' || verb === 'Watch' ? `${verb}${plural}` : `${verb}${k.kind}`;
}
