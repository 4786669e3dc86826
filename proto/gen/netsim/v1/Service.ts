// Original file: netsim/v1/services.proto

import type { ObjectMeta as _netsim_v1_ObjectMeta, ObjectMeta__Output as _netsim_v1_ObjectMeta__Output } from '../../netsim/v1/ObjectMeta.js';
import type { ServiceSpec as _netsim_v1_ServiceSpec, ServiceSpec__Output as _netsim_v1_ServiceSpec__Output } from '../../netsim/v1/ServiceSpec.js';
import type { ServiceStatus as _netsim_v1_ServiceStatus, ServiceStatus__Output as _netsim_v1_ServiceStatus__Output } from '../../netsim/v1/ServiceStatus.js';

export interface Service {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_netsim_v1_ObjectMeta | null);
  'spec'?: (_netsim_v1_ServiceSpec | null);
  'status'?: (_netsim_v1_ServiceStatus | null);
}

export interface Service__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_netsim_v1_ObjectMeta__Output);
  'spec'?: (_netsim_v1_ServiceSpec__Output);
  'status'?: (_netsim_v1_ServiceStatus__Output);
}
