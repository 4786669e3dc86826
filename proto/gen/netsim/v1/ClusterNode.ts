// Original file: netsim/v1/cluster.proto


export interface ClusterNode {
  'role'?: (string);
  '_role'?: "role";
}

export interface ClusterNode__Output {
  'role'?: (string);
}
