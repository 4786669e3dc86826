// Original file: netsim/v1/endpointslices.proto

import type { EndpointSlice as _netsim_v1_EndpointSlice, EndpointSlice__Output as _netsim_v1_EndpointSlice__Output } from '../../netsim/v1/EndpointSlice.js';

export interface ListEndpointSlicesResponse {
  'items'?: (_netsim_v1_EndpointSlice)[];
  'next_page_token'?: (string);
  'resource_version'?: (string);
}

export interface ListEndpointSlicesResponse__Output {
  'items'?: (_netsim_v1_EndpointSlice__Output)[];
  'next_page_token'?: (string);
  'resource_version'?: (string);
}
