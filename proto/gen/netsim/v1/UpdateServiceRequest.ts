// Original file: netsim/v1/services.proto

import type { Service as _netsim_v1_Service, Service__Output as _netsim_v1_Service__Output } from '../../netsim/v1/Service.js';

export interface UpdateServiceRequest {
  'object'?: (_netsim_v1_Service | null);
}

export interface UpdateServiceRequest__Output {
  'object'?: (_netsim_v1_Service__Output);
}
