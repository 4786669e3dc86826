// Original file: netsim/v1/nodes.proto

import type { Node as _netsim_v1_Node, Node__Output as _netsim_v1_Node__Output } from '../../netsim/v1/Node.js';

export interface CreateNodeRequest {
  'object'?: (_netsim_v1_Node | null);
}

export interface CreateNodeRequest__Output {
  'object'?: (_netsim_v1_Node__Output);
}
