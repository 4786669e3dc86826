// Original file: netsim/v1/nodes.proto

import type { WatchEventType as _netsim_v1_WatchEventType, WatchEventType__Output as _netsim_v1_WatchEventType__Output } from '../../netsim/v1/WatchEventType.js';
import type { Node as _netsim_v1_Node, Node__Output as _netsim_v1_Node__Output } from '../../netsim/v1/Node.js';

export interface WatchNodesResponse {
  'type'?: (_netsim_v1_WatchEventType);
  'object'?: (_netsim_v1_Node | null);
}

export interface WatchNodesResponse__Output {
  'type'?: (_netsim_v1_WatchEventType__Output);
  'object'?: (_netsim_v1_Node__Output);
}
