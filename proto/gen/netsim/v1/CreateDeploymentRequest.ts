// Original file: netsim/v1/workloads.proto

import type { Deployment as _netsim_v1_Deployment, Deployment__Output as _netsim_v1_Deployment__Output } from '../../netsim/v1/Deployment.js';

export interface CreateDeploymentRequest {
  'object'?: (_netsim_v1_Deployment | null);
}

export interface CreateDeploymentRequest__Output {
  'object'?: (_netsim_v1_Deployment__Output);
}
