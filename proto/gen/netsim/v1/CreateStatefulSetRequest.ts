// Original file: netsim/v1/workloads.proto

import type { StatefulSet as _netsim_v1_StatefulSet, StatefulSet__Output as _netsim_v1_StatefulSet__Output } from '../../netsim/v1/StatefulSet.js';

export interface CreateStatefulSetRequest {
  'object'?: (_netsim_v1_StatefulSet | null);
}

export interface CreateStatefulSetRequest__Output {
  'object'?: (_netsim_v1_StatefulSet__Output);
}
