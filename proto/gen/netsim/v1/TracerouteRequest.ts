// Original file: netsim/v1/network.proto


export interface TracerouteRequest {
  'namespace'?: (string);
  'source'?: (string);
  'destination'?: (string);
  'family'?: (string);
  'max_hops'?: (number);
  'queries'?: (number);
}

export interface TracerouteRequest__Output {
  'namespace'?: (string);
  'source'?: (string);
  'destination'?: (string);
  'family'?: (string);
  'max_hops'?: (number);
  'queries'?: (number);
}
