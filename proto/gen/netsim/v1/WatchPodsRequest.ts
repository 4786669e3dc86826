// Original file: netsim/v1/pods.proto


export interface WatchPodsRequest {
  'namespace'?: (string);
  'label_selector'?: (string);
  'resource_version'?: (string);
  'send_initial_events'?: (boolean);
  'field_selector'?: (string);
}

export interface WatchPodsRequest__Output {
  'namespace'?: (string);
  'label_selector'?: (string);
  'resource_version'?: (string);
  'send_initial_events'?: (boolean);
  'field_selector'?: (string);
}
