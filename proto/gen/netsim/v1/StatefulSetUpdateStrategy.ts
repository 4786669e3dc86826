// Original file: netsim/v1/workloads.proto

import type { RollingUpdateStatefulSetStrategy as _netsim_v1_RollingUpdateStatefulSetStrategy, RollingUpdateStatefulSetStrategy__Output as _netsim_v1_RollingUpdateStatefulSetStrategy__Output } from '../../netsim/v1/RollingUpdateStatefulSetStrategy.js';

export interface StatefulSetUpdateStrategy {
  'type'?: (string);
  'rollingUpdate'?: (_netsim_v1_RollingUpdateStatefulSetStrategy | null);
  '_type'?: "type";
}

export interface StatefulSetUpdateStrategy__Output {
  'type'?: (string);
  'rollingUpdate'?: (_netsim_v1_RollingUpdateStatefulSetStrategy__Output);
}
