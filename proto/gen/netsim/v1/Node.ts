// Original file: netsim/v1/nodes.proto

import type { ObjectMeta as _netsim_v1_ObjectMeta, ObjectMeta__Output as _netsim_v1_ObjectMeta__Output } from '../../netsim/v1/ObjectMeta.js';
import type { NodeSpec as _netsim_v1_NodeSpec, NodeSpec__Output as _netsim_v1_NodeSpec__Output } from '../../netsim/v1/NodeSpec.js';
import type { NodeStatus as _netsim_v1_NodeStatus, NodeStatus__Output as _netsim_v1_NodeStatus__Output } from '../../netsim/v1/NodeStatus.js';

export interface Node {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_netsim_v1_ObjectMeta | null);
  'spec'?: (_netsim_v1_NodeSpec | null);
  'status'?: (_netsim_v1_NodeStatus | null);
}

export interface Node__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_netsim_v1_ObjectMeta__Output);
  'spec'?: (_netsim_v1_NodeSpec__Output);
  'status'?: (_netsim_v1_NodeStatus__Output);
}
