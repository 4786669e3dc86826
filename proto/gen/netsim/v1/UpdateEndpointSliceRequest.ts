// Original file: netsim/v1/endpointslices.proto

import type { EndpointSlice as _netsim_v1_EndpointSlice, EndpointSlice__Output as _netsim_v1_EndpointSlice__Output } from '../../netsim/v1/EndpointSlice.js';

export interface UpdateEndpointSliceRequest {
  'object'?: (_netsim_v1_EndpointSlice | null);
}

export interface UpdateEndpointSliceRequest__Output {
  'object'?: (_netsim_v1_EndpointSlice__Output);
}
