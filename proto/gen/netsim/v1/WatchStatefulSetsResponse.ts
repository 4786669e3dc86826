// Original file: netsim/v1/workloads.proto

import type { WatchEventType as _netsim_v1_WatchEventType, WatchEventType__Output as _netsim_v1_WatchEventType__Output } from '../../netsim/v1/WatchEventType.js';
import type { StatefulSet as _netsim_v1_StatefulSet, StatefulSet__Output as _netsim_v1_StatefulSet__Output } from '../../netsim/v1/StatefulSet.js';

export interface WatchStatefulSetsResponse {
  'type'?: (_netsim_v1_WatchEventType);
  'object'?: (_netsim_v1_StatefulSet | null);
}

export interface WatchStatefulSetsResponse__Output {
  'type'?: (_netsim_v1_WatchEventType__Output);
  'object'?: (_netsim_v1_StatefulSet__Output);
}
