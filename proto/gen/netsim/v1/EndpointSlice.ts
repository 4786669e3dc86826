// Original file: netsim/v1/endpointslices.proto

import type { ObjectMeta as _netsim_v1_ObjectMeta, ObjectMeta__Output as _netsim_v1_ObjectMeta__Output } from '../../netsim/v1/ObjectMeta.js';
import type { Endpoint as _netsim_v1_Endpoint, Endpoint__Output as _netsim_v1_Endpoint__Output } from '../../netsim/v1/Endpoint.js';
import type { EndpointPort as _netsim_v1_EndpointPort, EndpointPort__Output as _netsim_v1_EndpointPort__Output } from '../../netsim/v1/EndpointPort.js';

export interface EndpointSlice {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_netsim_v1_ObjectMeta | null);
  'addressType'?: (string);
  'endpoints'?: (_netsim_v1_Endpoint)[];
  'ports'?: (_netsim_v1_EndpointPort)[];
  '_addressType'?: "addressType";
}

export interface EndpointSlice__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_netsim_v1_ObjectMeta__Output);
  'addressType'?: (string);
  'endpoints'?: (_netsim_v1_Endpoint__Output)[];
  'ports'?: (_netsim_v1_EndpointPort__Output)[];
}
