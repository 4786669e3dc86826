// Original file: netsim/v1/pods.proto


export interface ContainerStateWaiting {
  'reason'?: (string);
  'message'?: (string);
  '_reason'?: "reason";
  '_message'?: "message";
}

export interface ContainerStateWaiting__Output {
  'reason'?: (string);
  'message'?: (string);
}
