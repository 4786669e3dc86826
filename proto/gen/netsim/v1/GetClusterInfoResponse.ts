// Original file: netsim/v1/cluster.proto

import type { ClusterConfig as _netsim_v1_ClusterConfig, ClusterConfig__Output as _netsim_v1_ClusterConfig__Output } from '../../netsim/v1/ClusterConfig.js';
import type { Listeners as _netsim_v1_Listeners, Listeners__Output as _netsim_v1_Listeners__Output } from '../../netsim/v1/Listeners.js';
import type { ObjectCounts as _netsim_v1_ObjectCounts, ObjectCounts__Output as _netsim_v1_ObjectCounts__Output } from '../../netsim/v1/ObjectCounts.js';
import type { Long } from '@grpc/proto-loader';

export interface GetClusterInfoResponse {
  'config'?: (_netsim_v1_ClusterConfig | null);
  'version'?: (string);
  'kubernetes_version'?: (string);
  'seed'?: (number | string | Long);
  'listeners'?: (_netsim_v1_Listeners | null);
  'counts'?: (_netsim_v1_ObjectCounts | null);
}

export interface GetClusterInfoResponse__Output {
  'config'?: (_netsim_v1_ClusterConfig__Output);
  'version'?: (string);
  'kubernetes_version'?: (string);
  'seed'?: (string);
  'listeners'?: (_netsim_v1_Listeners__Output);
  'counts'?: (_netsim_v1_ObjectCounts__Output);
}
