// Original file: netsim/v1/namespaces.proto


export interface WatchNamespacesRequest {
  'label_selector'?: (string);
  'resource_version'?: (string);
  'send_initial_events'?: (boolean);
  'field_selector'?: (string);
}

export interface WatchNamespacesRequest__Output {
  'label_selector'?: (string);
  'resource_version'?: (string);
  'send_initial_events'?: (boolean);
  'field_selector'?: (string);
}
