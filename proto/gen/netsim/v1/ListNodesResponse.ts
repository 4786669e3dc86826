// Original file: netsim/v1/nodes.proto

import type { Node as _netsim_v1_Node, Node__Output as _netsim_v1_Node__Output } from '../../netsim/v1/Node.js';

export interface ListNodesResponse {
  'items'?: (_netsim_v1_Node)[];
  'next_page_token'?: (string);
  'resource_version'?: (string);
}

export interface ListNodesResponse__Output {
  'items'?: (_netsim_v1_Node__Output)[];
  'next_page_token'?: (string);
  'resource_version'?: (string);
}
