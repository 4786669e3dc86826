// Original file: netsim/v1/workloads.proto


export interface GetDeploymentRequest {
  'namespace'?: (string);
  'name'?: (string);
}

export interface GetDeploymentRequest__Output {
  'namespace'?: (string);
  'name'?: (string);
}
