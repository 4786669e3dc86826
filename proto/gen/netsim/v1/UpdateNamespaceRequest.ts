// Original file: netsim/v1/namespaces.proto

import type { Namespace as _netsim_v1_Namespace, Namespace__Output as _netsim_v1_Namespace__Output } from '../../netsim/v1/Namespace.js';

export interface UpdateNamespaceRequest {
  'object'?: (_netsim_v1_Namespace | null);
}

export interface UpdateNamespaceRequest__Output {
  'object'?: (_netsim_v1_Namespace__Output);
}
