// Original file: netsim/v1/workloads.proto

import type { IntOrString as _netsim_v1_IntOrString, IntOrString__Output as _netsim_v1_IntOrString__Output } from '../../netsim/v1/IntOrString.js';

export interface RollingUpdateDeployment {
  'maxUnavailable'?: (_netsim_v1_IntOrString | null);
  'maxSurge'?: (_netsim_v1_IntOrString | null);
}

export interface RollingUpdateDeployment__Output {
  'maxUnavailable'?: (_netsim_v1_IntOrString__Output);
  'maxSurge'?: (_netsim_v1_IntOrString__Output);
}
