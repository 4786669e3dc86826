// Original file: netsim/v1/pods.proto


export interface ContainerPort {
  'name'?: (string);
  'containerPort'?: (number);
  'protocol'?: (string);
  'hostPort'?: (number);
  'hostIP'?: (string);
  '_name'?: "name";
  '_containerPort'?: "containerPort";
  '_protocol'?: "protocol";
  '_hostPort'?: "hostPort";
  '_hostIP'?: "hostIP";
}

export interface ContainerPort__Output {
  'name'?: (string);
  'containerPort'?: (number);
  'protocol'?: (string);
  'hostPort'?: (number);
  'hostIP'?: (string);
}
