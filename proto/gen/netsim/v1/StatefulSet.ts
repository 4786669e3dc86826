// Original file: netsim/v1/workloads.proto

import type { ObjectMeta as _netsim_v1_ObjectMeta, ObjectMeta__Output as _netsim_v1_ObjectMeta__Output } from '../../netsim/v1/ObjectMeta.js';
import type { StatefulSetSpec as _netsim_v1_StatefulSetSpec, StatefulSetSpec__Output as _netsim_v1_StatefulSetSpec__Output } from '../../netsim/v1/StatefulSetSpec.js';
import type { WorkloadStatus as _netsim_v1_WorkloadStatus, WorkloadStatus__Output as _netsim_v1_WorkloadStatus__Output } from '../../netsim/v1/WorkloadStatus.js';

export interface StatefulSet {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_netsim_v1_ObjectMeta | null);
  'spec'?: (_netsim_v1_StatefulSetSpec | null);
  'status'?: (_netsim_v1_WorkloadStatus | null);
}

export interface StatefulSet__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_netsim_v1_ObjectMeta__Output);
  'spec'?: (_netsim_v1_StatefulSetSpec__Output);
  'status'?: (_netsim_v1_WorkloadStatus__Output);
}
