// Original file: netsim/v1/endpointslices.proto

import type { EndpointConditions as _netsim_v1_EndpointConditions, EndpointConditions__Output as _netsim_v1_EndpointConditions__Output } from '../../netsim/v1/EndpointConditions.js';
import type { ObjectReference as _netsim_v1_ObjectReference, ObjectReference__Output as _netsim_v1_ObjectReference__Output } from '../../netsim/v1/ObjectReference.js';

export interface Endpoint {
  'addresses'?: (string)[];
  'conditions'?: (_netsim_v1_EndpointConditions | null);
  'hostname'?: (string);
  'targetRef'?: (_netsim_v1_ObjectReference | null);
  'nodeName'?: (string);
  'zone'?: (string);
  '_hostname'?: "hostname";
  '_nodeName'?: "nodeName";
  '_zone'?: "zone";
}

export interface Endpoint__Output {
  'addresses'?: (string)[];
  'conditions'?: (_netsim_v1_EndpointConditions__Output);
  'hostname'?: (string);
  'targetRef'?: (_netsim_v1_ObjectReference__Output);
  'nodeName'?: (string);
  'zone'?: (string);
}
