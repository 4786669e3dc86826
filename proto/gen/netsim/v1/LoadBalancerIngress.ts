// Original file: netsim/v1/services.proto


export interface LoadBalancerIngress {
  'ip'?: (string);
  'hostname'?: (string);
  'ipMode'?: (string);
  '_ip'?: "ip";
  '_hostname'?: "hostname";
  '_ipMode'?: "ipMode";
}

export interface LoadBalancerIngress__Output {
  'ip'?: (string);
  'hostname'?: (string);
  'ipMode'?: (string);
}
