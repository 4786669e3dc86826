// Original file: netsim/v1/cluster.proto


export interface ObjectCounts {
  'nodes'?: (number);
  'pods'?: (number);
  'namespaces'?: (number);
  'deployments'?: (number);
  'statefulsets'?: (number);
  'events'?: (number);
  '_nodes'?: "nodes";
  '_pods'?: "pods";
  '_namespaces'?: "namespaces";
  '_deployments'?: "deployments";
  '_statefulsets'?: "statefulsets";
  '_events'?: "events";
}

export interface ObjectCounts__Output {
  'nodes'?: (number);
  'pods'?: (number);
  'namespaces'?: (number);
  'deployments'?: (number);
  'statefulsets'?: (number);
  'events'?: (number);
}
