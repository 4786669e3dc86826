// Original file: netsim/v1/pods.proto


export interface GetPodRequest {
  'namespace'?: (string);
  'name'?: (string);
}

export interface GetPodRequest__Output {
  'namespace'?: (string);
  'name'?: (string);
}
