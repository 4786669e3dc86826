// Original file: netsim/v1/pods.proto

import type { Pod as _netsim_v1_Pod, Pod__Output as _netsim_v1_Pod__Output } from '../../netsim/v1/Pod.js';

export interface ListPodsResponse {
  'items'?: (_netsim_v1_Pod)[];
  'next_page_token'?: (string);
  'resource_version'?: (string);
}

export interface ListPodsResponse__Output {
  'items'?: (_netsim_v1_Pod__Output)[];
  'next_page_token'?: (string);
  'resource_version'?: (string);
}
