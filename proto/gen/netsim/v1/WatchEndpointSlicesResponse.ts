// Original file: netsim/v1/endpointslices.proto

import type { WatchEventType as _netsim_v1_WatchEventType, WatchEventType__Output as _netsim_v1_WatchEventType__Output } from '../../netsim/v1/WatchEventType.js';
import type { EndpointSlice as _netsim_v1_EndpointSlice, EndpointSlice__Output as _netsim_v1_EndpointSlice__Output } from '../../netsim/v1/EndpointSlice.js';

export interface WatchEndpointSlicesResponse {
  'type'?: (_netsim_v1_WatchEventType);
  'object'?: (_netsim_v1_EndpointSlice | null);
}

export interface WatchEndpointSlicesResponse__Output {
  'type'?: (_netsim_v1_WatchEventType__Output);
  'object'?: (_netsim_v1_EndpointSlice__Output);
}
