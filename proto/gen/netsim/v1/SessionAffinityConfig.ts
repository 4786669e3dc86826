// Original file: netsim/v1/services.proto

import type { ClientIPConfig as _netsim_v1_ClientIPConfig, ClientIPConfig__Output as _netsim_v1_ClientIPConfig__Output } from '../../netsim/v1/ClientIPConfig.js';

export interface SessionAffinityConfig {
  'clientIP'?: (_netsim_v1_ClientIPConfig | null);
}

export interface SessionAffinityConfig__Output {
  'clientIP'?: (_netsim_v1_ClientIPConfig__Output);
}
