// Original file: netsim/v1/network.proto

import type { TracerouteHop as _netsim_v1_TracerouteHop, TracerouteHop__Output as _netsim_v1_TracerouteHop__Output } from '../../netsim/v1/TracerouteHop.js';

export interface TracerouteResponse {
  'source_address'?: (string);
  'destination_address'?: (string);
  'hops'?: (_netsim_v1_TracerouteHop)[];
  'reached'?: (boolean);
}

export interface TracerouteResponse__Output {
  'source_address'?: (string);
  'destination_address'?: (string);
  'hops'?: (_netsim_v1_TracerouteHop__Output)[];
  'reached'?: (boolean);
}
