// Original file: netsim/v1/events.proto

import type { Event as _netsim_v1_Event, Event__Output as _netsim_v1_Event__Output } from '../../netsim/v1/Event.js';

export interface ListEventsResponse {
  'items'?: (_netsim_v1_Event)[];
  'next_page_token'?: (string);
  'resource_version'?: (string);
}

export interface ListEventsResponse__Output {
  'items'?: (_netsim_v1_Event__Output)[];
  'next_page_token'?: (string);
  'resource_version'?: (string);
}
