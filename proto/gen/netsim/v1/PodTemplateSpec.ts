// Original file: netsim/v1/workloads.proto

import type { ObjectMeta as _netsim_v1_ObjectMeta, ObjectMeta__Output as _netsim_v1_ObjectMeta__Output } from '../../netsim/v1/ObjectMeta.js';
import type { PodSpec as _netsim_v1_PodSpec, PodSpec__Output as _netsim_v1_PodSpec__Output } from '../../netsim/v1/PodSpec.js';

export interface PodTemplateSpec {
  'metadata'?: (_netsim_v1_ObjectMeta | null);
  'spec'?: (_netsim_v1_PodSpec | null);
}

export interface PodTemplateSpec__Output {
  'metadata'?: (_netsim_v1_ObjectMeta__Output);
  'spec'?: (_netsim_v1_PodSpec__Output);
}
