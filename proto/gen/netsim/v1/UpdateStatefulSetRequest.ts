// Original file: netsim/v1/workloads.proto

import type { StatefulSet as _netsim_v1_StatefulSet, StatefulSet__Output as _netsim_v1_StatefulSet__Output } from '../../netsim/v1/StatefulSet.js';

export interface UpdateStatefulSetRequest {
  'object'?: (_netsim_v1_StatefulSet | null);
}

export interface UpdateStatefulSetRequest__Output {
  'object'?: (_netsim_v1_StatefulSet__Output);
}
