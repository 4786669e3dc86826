// Original file: netsim/v1/pods.proto


export interface DeletePodRequest {
  'namespace'?: (string);
  'name'?: (string);
  'resource_version'?: (string);
  '_resource_version'?: "resource_version";
}

export interface DeletePodRequest__Output {
  'namespace'?: (string);
  'name'?: (string);
  'resource_version'?: (string);
}
