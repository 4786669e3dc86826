// Original file: netsim/v1/events.proto

import type { WatchEventType as _netsim_v1_WatchEventType, WatchEventType__Output as _netsim_v1_WatchEventType__Output } from '../../netsim/v1/WatchEventType.js';
import type { Event as _netsim_v1_Event, Event__Output as _netsim_v1_Event__Output } from '../../netsim/v1/Event.js';

export interface WatchEventsResponse {
  'type'?: (_netsim_v1_WatchEventType);
  'object'?: (_netsim_v1_Event | null);
}

export interface WatchEventsResponse__Output {
  'type'?: (_netsim_v1_WatchEventType__Output);
  'object'?: (_netsim_v1_Event__Output);
}
