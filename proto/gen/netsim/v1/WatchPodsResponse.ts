// Original file: netsim/v1/pods.proto

import type { WatchEventType as _netsim_v1_WatchEventType, WatchEventType__Output as _netsim_v1_WatchEventType__Output } from '../../netsim/v1/WatchEventType.js';
import type { Pod as _netsim_v1_Pod, Pod__Output as _netsim_v1_Pod__Output } from '../../netsim/v1/Pod.js';

export interface WatchPodsResponse {
  'type'?: (_netsim_v1_WatchEventType);
  'object'?: (_netsim_v1_Pod | null);
}

export interface WatchPodsResponse__Output {
  'type'?: (_netsim_v1_WatchEventType__Output);
  'object'?: (_netsim_v1_Pod__Output);
}
