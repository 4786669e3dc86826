// Original file: netsim/v1/workloads.proto


export interface WatchDeploymentsRequest {
  'namespace'?: (string);
  'label_selector'?: (string);
  'resource_version'?: (string);
  'send_initial_events'?: (boolean);
  'field_selector'?: (string);
}

export interface WatchDeploymentsRequest__Output {
  'namespace'?: (string);
  'label_selector'?: (string);
  'resource_version'?: (string);
  'send_initial_events'?: (boolean);
  'field_selector'?: (string);
}
