// Original file: netsim/v1/cluster.proto

import type { ClusterNetworking as _netsim_v1_ClusterNetworking, ClusterNetworking__Output as _netsim_v1_ClusterNetworking__Output } from '../../netsim/v1/ClusterNetworking.js';
import type { ClusterDNS as _netsim_v1_ClusterDNS, ClusterDNS__Output as _netsim_v1_ClusterDNS__Output } from '../../netsim/v1/ClusterDNS.js';
import type { ClusterNode as _netsim_v1_ClusterNode, ClusterNode__Output as _netsim_v1_ClusterNode__Output } from '../../netsim/v1/ClusterNode.js';

export interface ClusterConfig {
  'kind'?: (string);
  'apiVersion'?: (string);
  'networking'?: (_netsim_v1_ClusterNetworking | null);
  'dns'?: (_netsim_v1_ClusterDNS | null);
  'nodes'?: (_netsim_v1_ClusterNode)[];
}

export interface ClusterConfig__Output {
  'kind'?: (string);
  'apiVersion'?: (string);
  'networking'?: (_netsim_v1_ClusterNetworking__Output);
  'dns'?: (_netsim_v1_ClusterDNS__Output);
  'nodes'?: (_netsim_v1_ClusterNode__Output)[];
}
