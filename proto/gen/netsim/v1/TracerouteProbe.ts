// Original file: netsim/v1/network.proto


export interface TracerouteProbe {
  'from'?: (string);
  'rtt_ms'?: (number | string);
  'error'?: (string);
}

export interface TracerouteProbe__Output {
  'from'?: (string);
  'rtt_ms'?: (number);
  'error'?: (string);
}
