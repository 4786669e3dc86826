// Original file: netsim/v1/pods.proto


export interface PodIP {
  'ip'?: (string);
  '_ip'?: "ip";
}

export interface PodIP__Output {
  'ip'?: (string);
}
