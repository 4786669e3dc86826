// Original file: netsim/v1/services.proto

import type { LoadBalancerIngress as _netsim_v1_LoadBalancerIngress, LoadBalancerIngress__Output as _netsim_v1_LoadBalancerIngress__Output } from '../../netsim/v1/LoadBalancerIngress.js';

export interface LoadBalancerStatus {
  'ingress'?: (_netsim_v1_LoadBalancerIngress)[];
}

export interface LoadBalancerStatus__Output {
  'ingress'?: (_netsim_v1_LoadBalancerIngress__Output)[];
}
