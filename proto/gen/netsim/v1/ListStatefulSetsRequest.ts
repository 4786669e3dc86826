// Original file: netsim/v1/workloads.proto


export interface ListStatefulSetsRequest {
  'namespace'?: (string);
  'label_selector'?: (string);
  'field_selector'?: (string);
  'page_size'?: (number);
  'page_token'?: (string);
}

export interface ListStatefulSetsRequest__Output {
  'namespace'?: (string);
  'label_selector'?: (string);
  'field_selector'?: (string);
  'page_size'?: (number);
  'page_token'?: (string);
}
