// Original file: netsim/v1/pods.proto


export interface HostAlias {
  'ip'?: (string);
  'hostnames'?: (string)[];
  '_ip'?: "ip";
}

export interface HostAlias__Output {
  'ip'?: (string);
  'hostnames'?: (string)[];
}
