// Original file: netsim/v1/services.proto


export interface ListServicesRequest {
  'namespace'?: (string);
  'label_selector'?: (string);
  'field_selector'?: (string);
  'page_size'?: (number);
  'page_token'?: (string);
}

export interface ListServicesRequest__Output {
  'namespace'?: (string);
  'label_selector'?: (string);
  'field_selector'?: (string);
  'page_size'?: (number);
  'page_token'?: (string);
}
