// Original file: netsim/v1/events.proto


export interface ListEventsRequest {
  'namespace'?: (string);
  'label_selector'?: (string);
  'field_selector'?: (string);
  'page_size'?: (number);
  'page_token'?: (string);
}

export interface ListEventsRequest__Output {
  'namespace'?: (string);
  'label_selector'?: (string);
  'field_selector'?: (string);
  'page_size'?: (number);
  'page_token'?: (string);
}
