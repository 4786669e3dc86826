// Original file: netsim/v1/pods.proto

import type { EnvVarSource as _netsim_v1_EnvVarSource, EnvVarSource__Output as _netsim_v1_EnvVarSource__Output } from '../../netsim/v1/EnvVarSource.js';

export interface EnvVar {
  'name'?: (string);
  'value'?: (string);
  'valueFrom'?: (_netsim_v1_EnvVarSource | null);
  '_name'?: "name";
  '_value'?: "value";
}

export interface EnvVar__Output {
  'name'?: (string);
  'value'?: (string);
  'valueFrom'?: (_netsim_v1_EnvVarSource__Output);
}
