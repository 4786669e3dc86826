// Original file: netsim/v1/cluster.proto


export interface ClusterNetworking {
  'ipFamily'?: (string);
  'podSubnet'?: (string);
  'serviceSubnet'?: (string);
  'nodeSubnet'?: (string);
  'nodeCIDRMaskSizeIPv4'?: (number);
  'nodeCIDRMaskSizeIPv6'?: (number);
  'dnsDomain'?: (string);
  'kubeProxyMode'?: (string);
  'cniMode'?: (string);
  'nodePortRange'?: (string);
  'loadBalancerPools'?: (string)[];
  '_ipFamily'?: "ipFamily";
  '_podSubnet'?: "podSubnet";
  '_serviceSubnet'?: "serviceSubnet";
  '_nodeSubnet'?: "nodeSubnet";
  '_nodeCIDRMaskSizeIPv4'?: "nodeCIDRMaskSizeIPv4";
  '_nodeCIDRMaskSizeIPv6'?: "nodeCIDRMaskSizeIPv6";
  '_dnsDomain'?: "dnsDomain";
  '_kubeProxyMode'?: "kubeProxyMode";
  '_cniMode'?: "cniMode";
  '_nodePortRange'?: "nodePortRange";
}

export interface ClusterNetworking__Output {
  'ipFamily'?: (string);
  'podSubnet'?: (string);
  'serviceSubnet'?: (string);
  'nodeSubnet'?: (string);
  'nodeCIDRMaskSizeIPv4'?: (number);
  'nodeCIDRMaskSizeIPv6'?: (number);
  'dnsDomain'?: (string);
  'kubeProxyMode'?: (string);
  'cniMode'?: (string);
  'nodePortRange'?: (string);
  'loadBalancerPools'?: (string)[];
}
