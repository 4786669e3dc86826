// Original file: netsim/v1/workloads.proto


export interface DeleteStatefulSetRequest {
  'namespace'?: (string);
  'name'?: (string);
  'resource_version'?: (string);
  '_resource_version'?: "resource_version";
}

export interface DeleteStatefulSetRequest__Output {
  'namespace'?: (string);
  'name'?: (string);
  'resource_version'?: (string);
}
