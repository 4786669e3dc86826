// Original file: netsim/v1/workloads.proto

import type { WorkloadCondition as _netsim_v1_WorkloadCondition, WorkloadCondition__Output as _netsim_v1_WorkloadCondition__Output } from '../../netsim/v1/WorkloadCondition.js';
import type { Long } from '@grpc/proto-loader';

export interface WorkloadStatus {
  'observedGeneration'?: (number | string | Long);
  'replicas'?: (number);
  'readyReplicas'?: (number);
  'availableReplicas'?: (number);
  'updatedReplicas'?: (number);
  'currentReplicas'?: (number);
  'unavailableReplicas'?: (number);
  'conditions'?: (_netsim_v1_WorkloadCondition)[];
  '_observedGeneration'?: "observedGeneration";
  '_replicas'?: "replicas";
  '_readyReplicas'?: "readyReplicas";
  '_availableReplicas'?: "availableReplicas";
  '_updatedReplicas'?: "updatedReplicas";
  '_currentReplicas'?: "currentReplicas";
  '_unavailableReplicas'?: "unavailableReplicas";
}

export interface WorkloadStatus__Output {
  'observedGeneration'?: (string);
  'replicas'?: (number);
  'readyReplicas'?: (number);
  'availableReplicas'?: (number);
  'updatedReplicas'?: (number);
  'currentReplicas'?: (number);
  'unavailableReplicas'?: (number);
  'conditions'?: (_netsim_v1_WorkloadCondition__Output)[];
}
