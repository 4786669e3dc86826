// Original file: netsim/v1/nodes.proto


export interface DeleteNodeRequest {
  'name'?: (string);
  'resource_version'?: (string);
  '_resource_version'?: "resource_version";
}

export interface DeleteNodeRequest__Output {
  'name'?: (string);
  'resource_version'?: (string);
}
