// Original file: netsim/v1/services.proto


export interface WatchServicesRequest {
  'namespace'?: (string);
  'label_selector'?: (string);
  'resource_version'?: (string);
  'send_initial_events'?: (boolean);
  'field_selector'?: (string);
}

export interface WatchServicesRequest__Output {
  'namespace'?: (string);
  'label_selector'?: (string);
  'resource_version'?: (string);
  'send_initial_events'?: (boolean);
  'field_selector'?: (string);
}
