// Original file: netsim/v1/namespaces.proto


export interface DeleteNamespaceRequest {
  'name'?: (string);
  'resource_version'?: (string);
  '_resource_version'?: "resource_version";
}

export interface DeleteNamespaceRequest__Output {
  'name'?: (string);
  'resource_version'?: (string);
}
