// Original file: netsim/v1/cluster.proto

import type { HostAddresses as _netsim_v1_HostAddresses, HostAddresses__Output as _netsim_v1_HostAddresses__Output } from '../../netsim/v1/HostAddresses.js';

export interface ClusterDNS {
  'ttl'?: (number);
  'externalHosts'?: ({[key: string]: _netsim_v1_HostAddresses});
  '_ttl'?: "ttl";
}

export interface ClusterDNS__Output {
  'ttl'?: (number);
  'externalHosts'?: ({[key: string]: _netsim_v1_HostAddresses__Output});
}
