// Original file: netsim/v1/workloads.proto

import type { LabelSelector as _netsim_v1_LabelSelector, LabelSelector__Output as _netsim_v1_LabelSelector__Output } from '../../netsim/v1/LabelSelector.js';
import type { PodTemplateSpec as _netsim_v1_PodTemplateSpec, PodTemplateSpec__Output as _netsim_v1_PodTemplateSpec__Output } from '../../netsim/v1/PodTemplateSpec.js';
import type { DeploymentStrategy as _netsim_v1_DeploymentStrategy, DeploymentStrategy__Output as _netsim_v1_DeploymentStrategy__Output } from '../../netsim/v1/DeploymentStrategy.js';

export interface DeploymentSpec {
  'replicas'?: (number);
  'selector'?: (_netsim_v1_LabelSelector | null);
  'template'?: (_netsim_v1_PodTemplateSpec | null);
  'strategy'?: (_netsim_v1_DeploymentStrategy | null);
  'revisionHistoryLimit'?: (number);
  'progressDeadlineSeconds'?: (number);
  'minReadySeconds'?: (number);
  '_replicas'?: "replicas";
  '_revisionHistoryLimit'?: "revisionHistoryLimit";
  '_progressDeadlineSeconds'?: "progressDeadlineSeconds";
  '_minReadySeconds'?: "minReadySeconds";
}

export interface DeploymentSpec__Output {
  'replicas'?: (number);
  'selector'?: (_netsim_v1_LabelSelector__Output);
  'template'?: (_netsim_v1_PodTemplateSpec__Output);
  'strategy'?: (_netsim_v1_DeploymentStrategy__Output);
  'revisionHistoryLimit'?: (number);
  'progressDeadlineSeconds'?: (number);
  'minReadySeconds'?: (number);
}
