// Original file: netsim/v1/events.proto


export interface WatchEventsRequest {
  'namespace'?: (string);
  'label_selector'?: (string);
  'resource_version'?: (string);
  'send_initial_events'?: (boolean);
  'field_selector'?: (string);
}

export interface WatchEventsRequest__Output {
  'namespace'?: (string);
  'label_selector'?: (string);
  'resource_version'?: (string);
  'send_initial_events'?: (boolean);
  'field_selector'?: (string);
}
