// Original file: netsim/v1/namespaces.proto

import type { ObjectMeta as _netsim_v1_ObjectMeta, ObjectMeta__Output as _netsim_v1_ObjectMeta__Output } from '../../netsim/v1/ObjectMeta.js';
import type { NamespaceSpec as _netsim_v1_NamespaceSpec, NamespaceSpec__Output as _netsim_v1_NamespaceSpec__Output } from '../../netsim/v1/NamespaceSpec.js';
import type { NamespaceStatus as _netsim_v1_NamespaceStatus, NamespaceStatus__Output as _netsim_v1_NamespaceStatus__Output } from '../../netsim/v1/NamespaceStatus.js';

export interface Namespace {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_netsim_v1_ObjectMeta | null);
  'spec'?: (_netsim_v1_NamespaceSpec | null);
  'status'?: (_netsim_v1_NamespaceStatus | null);
}

export interface Namespace__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_netsim_v1_ObjectMeta__Output);
  'spec'?: (_netsim_v1_NamespaceSpec__Output);
  'status'?: (_netsim_v1_NamespaceStatus__Output);
}
