// Original file: netsim/v1/nodes.proto

import type { NodeAddress as _netsim_v1_NodeAddress, NodeAddress__Output as _netsim_v1_NodeAddress__Output } from '../../netsim/v1/NodeAddress.js';
import type { NodeCondition as _netsim_v1_NodeCondition, NodeCondition__Output as _netsim_v1_NodeCondition__Output } from '../../netsim/v1/NodeCondition.js';
import type { NodeSystemInfo as _netsim_v1_NodeSystemInfo, NodeSystemInfo__Output as _netsim_v1_NodeSystemInfo__Output } from '../../netsim/v1/NodeSystemInfo.js';

export interface NodeStatus {
  'addresses'?: (_netsim_v1_NodeAddress)[];
  'conditions'?: (_netsim_v1_NodeCondition)[];
  'nodeInfo'?: (_netsim_v1_NodeSystemInfo | null);
  'capacity'?: ({[key: string]: string});
  'allocatable'?: ({[key: string]: string});
}

export interface NodeStatus__Output {
  'addresses'?: (_netsim_v1_NodeAddress__Output)[];
  'conditions'?: (_netsim_v1_NodeCondition__Output)[];
  'nodeInfo'?: (_netsim_v1_NodeSystemInfo__Output);
  'capacity'?: ({[key: string]: string});
  'allocatable'?: ({[key: string]: string});
}
