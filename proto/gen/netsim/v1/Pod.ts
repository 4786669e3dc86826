// Original file: netsim/v1/pods.proto

import type { ObjectMeta as _netsim_v1_ObjectMeta, ObjectMeta__Output as _netsim_v1_ObjectMeta__Output } from '../../netsim/v1/ObjectMeta.js';
import type { PodSpec as _netsim_v1_PodSpec, PodSpec__Output as _netsim_v1_PodSpec__Output } from '../../netsim/v1/PodSpec.js';
import type { PodStatus as _netsim_v1_PodStatus, PodStatus__Output as _netsim_v1_PodStatus__Output } from '../../netsim/v1/PodStatus.js';

export interface Pod {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_netsim_v1_ObjectMeta | null);
  'spec'?: (_netsim_v1_PodSpec | null);
  'status'?: (_netsim_v1_PodStatus | null);
}

export interface Pod__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_netsim_v1_ObjectMeta__Output);
  'spec'?: (_netsim_v1_PodSpec__Output);
  'status'?: (_netsim_v1_PodStatus__Output);
}
