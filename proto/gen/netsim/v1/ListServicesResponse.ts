// Original file: netsim/v1/services.proto

import type { Service as _netsim_v1_Service, Service__Output as _netsim_v1_Service__Output } from '../../netsim/v1/Service.js';

export interface ListServicesResponse {
  'items'?: (_netsim_v1_Service)[];
  'next_page_token'?: (string);
  'resource_version'?: (string);
}

export interface ListServicesResponse__Output {
  'items'?: (_netsim_v1_Service__Output)[];
  'next_page_token'?: (string);
  'resource_version'?: (string);
}
