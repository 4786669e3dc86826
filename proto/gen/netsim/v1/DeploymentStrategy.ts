// Original file: netsim/v1/workloads.proto

import type { RollingUpdateDeployment as _netsim_v1_RollingUpdateDeployment, RollingUpdateDeployment__Output as _netsim_v1_RollingUpdateDeployment__Output } from '../../netsim/v1/RollingUpdateDeployment.js';

export interface DeploymentStrategy {
  'type'?: (string);
  'rollingUpdate'?: (_netsim_v1_RollingUpdateDeployment | null);
  '_type'?: "type";
}

export interface DeploymentStrategy__Output {
  'type'?: (string);
  'rollingUpdate'?: (_netsim_v1_RollingUpdateDeployment__Output);
}
