// Original file: netsim/v1/pods.proto

import type { Pod as _netsim_v1_Pod, Pod__Output as _netsim_v1_Pod__Output } from '../../netsim/v1/Pod.js';

export interface CreatePodRequest {
  'object'?: (_netsim_v1_Pod | null);
}

export interface CreatePodRequest__Output {
  'object'?: (_netsim_v1_Pod__Output);
}
