// Original file: netsim/v1/workloads.proto

import type { WatchEventType as _netsim_v1_WatchEventType, WatchEventType__Output as _netsim_v1_WatchEventType__Output } from '../../netsim/v1/WatchEventType.js';
import type { Deployment as _netsim_v1_Deployment, Deployment__Output as _netsim_v1_Deployment__Output } from '../../netsim/v1/Deployment.js';

export interface WatchDeploymentsResponse {
  'type'?: (_netsim_v1_WatchEventType);
  'object'?: (_netsim_v1_Deployment | null);
}

export interface WatchDeploymentsResponse__Output {
  'type'?: (_netsim_v1_WatchEventType__Output);
  'object'?: (_netsim_v1_Deployment__Output);
}
