// Original file: netsim/v1/network.proto

import type { TracerouteProbe as _netsim_v1_TracerouteProbe, TracerouteProbe__Output as _netsim_v1_TracerouteProbe__Output } from '../../netsim/v1/TracerouteProbe.js';

export interface TracerouteHop {
  'ttl'?: (number);
  'probes'?: (_netsim_v1_TracerouteProbe)[];
}

export interface TracerouteHop__Output {
  'ttl'?: (number);
  'probes'?: (_netsim_v1_TracerouteProbe__Output)[];
}
