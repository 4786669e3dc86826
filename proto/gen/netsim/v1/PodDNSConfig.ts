// Original file: netsim/v1/pods.proto

import type { PodDNSConfigOption as _netsim_v1_PodDNSConfigOption, PodDNSConfigOption__Output as _netsim_v1_PodDNSConfigOption__Output } from '../../netsim/v1/PodDNSConfigOption.js';

export interface PodDNSConfig {
  'nameservers'?: (string)[];
  'searches'?: (string)[];
  'options'?: (_netsim_v1_PodDNSConfigOption)[];
}

export interface PodDNSConfig__Output {
  'nameservers'?: (string)[];
  'searches'?: (string)[];
  'options'?: (_netsim_v1_PodDNSConfigOption__Output)[];
}
