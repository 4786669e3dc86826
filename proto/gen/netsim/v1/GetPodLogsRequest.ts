// Original file: netsim/v1/pods.proto


export interface GetPodLogsRequest {
  'namespace'?: (string);
  'name'?: (string);
  'container'?: (string);
}

export interface GetPodLogsRequest__Output {
  'namespace'?: (string);
  'name'?: (string);
  'container'?: (string);
}
