// Original file: netsim/v1/workloads.proto

import type { LabelSelector as _netsim_v1_LabelSelector, LabelSelector__Output as _netsim_v1_LabelSelector__Output } from '../../netsim/v1/LabelSelector.js';
import type { PodTemplateSpec as _netsim_v1_PodTemplateSpec, PodTemplateSpec__Output as _netsim_v1_PodTemplateSpec__Output } from '../../netsim/v1/PodTemplateSpec.js';
import type { StatefulSetUpdateStrategy as _netsim_v1_StatefulSetUpdateStrategy, StatefulSetUpdateStrategy__Output as _netsim_v1_StatefulSetUpdateStrategy__Output } from '../../netsim/v1/StatefulSetUpdateStrategy.js';
import type { StatefulSetPersistentVolumeClaimRetentionPolicy as _netsim_v1_StatefulSetPersistentVolumeClaimRetentionPolicy, StatefulSetPersistentVolumeClaimRetentionPolicy__Output as _netsim_v1_StatefulSetPersistentVolumeClaimRetentionPolicy__Output } from '../../netsim/v1/StatefulSetPersistentVolumeClaimRetentionPolicy.js';

export interface StatefulSetSpec {
  'replicas'?: (number);
  'serviceName'?: (string);
  'selector'?: (_netsim_v1_LabelSelector | null);
  'template'?: (_netsim_v1_PodTemplateSpec | null);
  'podManagementPolicy'?: (string);
  'updateStrategy'?: (_netsim_v1_StatefulSetUpdateStrategy | null);
  'revisionHistoryLimit'?: (number);
  'minReadySeconds'?: (number);
  'persistentVolumeClaimRetentionPolicy'?: (_netsim_v1_StatefulSetPersistentVolumeClaimRetentionPolicy | null);
  '_replicas'?: "replicas";
  '_serviceName'?: "serviceName";
  '_podManagementPolicy'?: "podManagementPolicy";
  '_revisionHistoryLimit'?: "revisionHistoryLimit";
  '_minReadySeconds'?: "minReadySeconds";
}

export interface StatefulSetSpec__Output {
  'replicas'?: (number);
  'serviceName'?: (string);
  'selector'?: (_netsim_v1_LabelSelector__Output);
  'template'?: (_netsim_v1_PodTemplateSpec__Output);
  'podManagementPolicy'?: (string);
  'updateStrategy'?: (_netsim_v1_StatefulSetUpdateStrategy__Output);
  'revisionHistoryLimit'?: (number);
  'minReadySeconds'?: (number);
  'persistentVolumeClaimRetentionPolicy'?: (_netsim_v1_StatefulSetPersistentVolumeClaimRetentionPolicy__Output);
}
