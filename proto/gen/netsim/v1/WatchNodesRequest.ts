// Original file: netsim/v1/nodes.proto


export interface WatchNodesRequest {
  'label_selector'?: (string);
  'resource_version'?: (string);
  'send_initial_events'?: (boolean);
  'field_selector'?: (string);
}

export interface WatchNodesRequest__Output {
  'label_selector'?: (string);
  'resource_version'?: (string);
  'send_initial_events'?: (boolean);
  'field_selector'?: (string);
}
