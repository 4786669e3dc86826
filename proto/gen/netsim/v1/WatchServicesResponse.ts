// Original file: netsim/v1/services.proto

import type { WatchEventType as _netsim_v1_WatchEventType, WatchEventType__Output as _netsim_v1_WatchEventType__Output } from '../../netsim/v1/WatchEventType.js';
import type { Service as _netsim_v1_Service, Service__Output as _netsim_v1_Service__Output } from '../../netsim/v1/Service.js';

export interface WatchServicesResponse {
  'type'?: (_netsim_v1_WatchEventType);
  'object'?: (_netsim_v1_Service | null);
}

export interface WatchServicesResponse__Output {
  'type'?: (_netsim_v1_WatchEventType__Output);
  'object'?: (_netsim_v1_Service__Output);
}
