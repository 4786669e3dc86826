// Original file: netsim/v1/nodes.proto

import type { Taint as _netsim_v1_Taint, Taint__Output as _netsim_v1_Taint__Output } from '../../netsim/v1/Taint.js';

export interface NodeSpec {
  'podCIDR'?: (string);
  'podCIDRs'?: (string)[];
  'taints'?: (_netsim_v1_Taint)[];
  'unschedulable'?: (boolean);
  '_podCIDR'?: "podCIDR";
  '_unschedulable'?: "unschedulable";
}

export interface NodeSpec__Output {
  'podCIDR'?: (string);
  'podCIDRs'?: (string)[];
  'taints'?: (_netsim_v1_Taint__Output)[];
  'unschedulable'?: (boolean);
}
