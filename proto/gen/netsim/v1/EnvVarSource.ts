// Original file: netsim/v1/pods.proto

import type { ObjectFieldSelector as _netsim_v1_ObjectFieldSelector, ObjectFieldSelector__Output as _netsim_v1_ObjectFieldSelector__Output } from '../../netsim/v1/ObjectFieldSelector.js';

export interface EnvVarSource {
  'fieldRef'?: (_netsim_v1_ObjectFieldSelector | null);
}

export interface EnvVarSource__Output {
  'fieldRef'?: (_netsim_v1_ObjectFieldSelector__Output);
}
