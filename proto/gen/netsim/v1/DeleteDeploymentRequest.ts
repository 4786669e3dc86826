// Original file: netsim/v1/workloads.proto


export interface DeleteDeploymentRequest {
  'namespace'?: (string);
  'name'?: (string);
  'resource_version'?: (string);
  '_resource_version'?: "resource_version";
}

export interface DeleteDeploymentRequest__Output {
  'namespace'?: (string);
  'name'?: (string);
  'resource_version'?: (string);
}
