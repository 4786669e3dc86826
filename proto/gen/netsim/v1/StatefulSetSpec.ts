// Original file: netsim/v1/workloads.proto

import type { LabelSelector as _netsim_v1_LabelSelector, LabelSelector__Output as _netsim_v1_LabelSelector__Output } from '../../netsim/v1/LabelSelector.js';
import type { PodTemplateSpec as _netsim_v1_PodTemplateSpec, PodTemplateSpec__Output as _netsim_v1_PodTemplateSpec__Output } from '../../netsim/v1/PodTemplateSpec.js';

export interface StatefulSetSpec {
  'replicas'?: (number);
  'serviceName'?: (string);
  'selector'?: (_netsim_v1_LabelSelector | null);
  'template'?: (_netsim_v1_PodTemplateSpec | null);
  'podManagementPolicy'?: (string);
  '_replicas'?: "replicas";
  '_serviceName'?: "serviceName";
  '_podManagementPolicy'?: "podManagementPolicy";
}

export interface StatefulSetSpec__Output {
  'replicas'?: (number);
  'serviceName'?: (string);
  'selector'?: (_netsim_v1_LabelSelector__Output);
  'template'?: (_netsim_v1_PodTemplateSpec__Output);
  'podManagementPolicy'?: (string);
}
