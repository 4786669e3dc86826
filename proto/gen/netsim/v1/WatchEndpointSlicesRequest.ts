// Original file: netsim/v1/endpointslices.proto


export interface WatchEndpointSlicesRequest {
  'namespace'?: (string);
  'label_selector'?: (string);
  'resource_version'?: (string);
  'send_initial_events'?: (boolean);
  'field_selector'?: (string);
}

export interface WatchEndpointSlicesRequest__Output {
  'namespace'?: (string);
  'label_selector'?: (string);
  'resource_version'?: (string);
  'send_initial_events'?: (boolean);
  'field_selector'?: (string);
}
