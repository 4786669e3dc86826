// Original file: netsim/v1/namespaces.proto


export interface ListNamespacesRequest {
  'label_selector'?: (string);
  'field_selector'?: (string);
  'page_size'?: (number);
  'page_token'?: (string);
}

export interface ListNamespacesRequest__Output {
  'label_selector'?: (string);
  'field_selector'?: (string);
  'page_size'?: (number);
  'page_token'?: (string);
}
