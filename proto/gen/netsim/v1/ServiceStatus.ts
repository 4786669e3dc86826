// Original file: netsim/v1/services.proto

import type { LoadBalancerStatus as _netsim_v1_LoadBalancerStatus, LoadBalancerStatus__Output as _netsim_v1_LoadBalancerStatus__Output } from '../../netsim/v1/LoadBalancerStatus.js';

export interface ServiceStatus {
  'loadBalancer'?: (_netsim_v1_LoadBalancerStatus | null);
}

export interface ServiceStatus__Output {
  'loadBalancer'?: (_netsim_v1_LoadBalancerStatus__Output);
}
