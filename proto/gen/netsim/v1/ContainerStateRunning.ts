// Original file: netsim/v1/pods.proto


export interface ContainerStateRunning {
  'startedAt'?: (string);
  '_startedAt'?: "startedAt";
}

export interface ContainerStateRunning__Output {
  'startedAt'?: (string);
}
