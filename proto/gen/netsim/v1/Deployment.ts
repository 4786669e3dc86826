// Original file: netsim/v1/workloads.proto

import type { ObjectMeta as _netsim_v1_ObjectMeta, ObjectMeta__Output as _netsim_v1_ObjectMeta__Output } from '../../netsim/v1/ObjectMeta.js';
import type { DeploymentSpec as _netsim_v1_DeploymentSpec, DeploymentSpec__Output as _netsim_v1_DeploymentSpec__Output } from '../../netsim/v1/DeploymentSpec.js';
import type { WorkloadStatus as _netsim_v1_WorkloadStatus, WorkloadStatus__Output as _netsim_v1_WorkloadStatus__Output } from '../../netsim/v1/WorkloadStatus.js';

export interface Deployment {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_netsim_v1_ObjectMeta | null);
  'spec'?: (_netsim_v1_DeploymentSpec | null);
  'status'?: (_netsim_v1_WorkloadStatus | null);
}

export interface Deployment__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_netsim_v1_ObjectMeta__Output);
  'spec'?: (_netsim_v1_DeploymentSpec__Output);
  'status'?: (_netsim_v1_WorkloadStatus__Output);
}
