// Original file: netsim/v1/namespaces.proto


export interface GetNamespaceRequest {
  'name'?: (string);
}

export interface GetNamespaceRequest__Output {
  'name'?: (string);
}
