// Original file: netsim/v1/namespaces.proto

import type { Namespace as _netsim_v1_Namespace, Namespace__Output as _netsim_v1_Namespace__Output } from '../../netsim/v1/Namespace.js';

export interface ListNamespacesResponse {
  'items'?: (_netsim_v1_Namespace)[];
  'next_page_token'?: (string);
  'resource_version'?: (string);
}

export interface ListNamespacesResponse__Output {
  'items'?: (_netsim_v1_Namespace__Output)[];
  'next_page_token'?: (string);
  'resource_version'?: (string);
}
