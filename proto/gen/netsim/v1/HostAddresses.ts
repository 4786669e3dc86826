// Original file: netsim/v1/cluster.proto


export interface HostAddresses {
  'addresses'?: (string)[];
}

export interface HostAddresses__Output {
  'addresses'?: (string)[];
}
