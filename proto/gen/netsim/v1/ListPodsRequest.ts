// Original file: netsim/v1/pods.proto


export interface ListPodsRequest {
  'namespace'?: (string);
  'label_selector'?: (string);
  'field_selector'?: (string);
  'page_size'?: (number);
  'page_token'?: (string);
}

export interface ListPodsRequest__Output {
  'namespace'?: (string);
  'label_selector'?: (string);
  'field_selector'?: (string);
  'page_size'?: (number);
  'page_token'?: (string);
}
