// Original file: netsim/v1/pods.proto


export interface HostIP {
  'ip'?: (string);
  '_ip'?: "ip";
}

export interface HostIP__Output {
  'ip'?: (string);
}
