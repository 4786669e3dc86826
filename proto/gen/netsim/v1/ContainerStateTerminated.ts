// Original file: netsim/v1/pods.proto


export interface ContainerStateTerminated {
  'exitCode'?: (number);
  'reason'?: (string);
  'message'?: (string);
  'startedAt'?: (string);
  'finishedAt'?: (string);
  '_exitCode'?: "exitCode";
  '_reason'?: "reason";
  '_message'?: "message";
  '_startedAt'?: "startedAt";
  '_finishedAt'?: "finishedAt";
}

export interface ContainerStateTerminated__Output {
  'exitCode'?: (number);
  'reason'?: (string);
  'message'?: (string);
  'startedAt'?: (string);
  'finishedAt'?: (string);
}
