// Original file: netsim/v1/endpointslices.proto


export interface ListEndpointSlicesRequest {
  'namespace'?: (string);
  'label_selector'?: (string);
  'field_selector'?: (string);
  'page_size'?: (number);
  'page_token'?: (string);
}

export interface ListEndpointSlicesRequest__Output {
  'namespace'?: (string);
  'label_selector'?: (string);
  'field_selector'?: (string);
  'page_size'?: (number);
  'page_token'?: (string);
}
