// Original file: netsim/v1/namespaces.proto

import type { WatchEventType as _netsim_v1_WatchEventType, WatchEventType__Output as _netsim_v1_WatchEventType__Output } from '../../netsim/v1/WatchEventType.js';
import type { Namespace as _netsim_v1_Namespace, Namespace__Output as _netsim_v1_Namespace__Output } from '../../netsim/v1/Namespace.js';

export interface WatchNamespacesResponse {
  'type'?: (_netsim_v1_WatchEventType);
  'object'?: (_netsim_v1_Namespace | null);
}

export interface WatchNamespacesResponse__Output {
  'type'?: (_netsim_v1_WatchEventType__Output);
  'object'?: (_netsim_v1_Namespace__Output);
}
