// Original file: netsim/v1/network.proto


export interface PingReply {
  'seq'?: (number);
  'outcome'?: (string);
  'from'?: (string);
  'ttl'?: (number);
  'rtt_ms'?: (number | string);
  'bytes'?: (number);
  'error'?: (string);
  'source_address'?: (string);
  'destination_address'?: (string);
}

export interface PingReply__Output {
  'seq'?: (number);
  'outcome'?: (string);
  'from'?: (string);
  'ttl'?: (number);
  'rtt_ms'?: (number);
  'bytes'?: (number);
  'error'?: (string);
  'source_address'?: (string);
  'destination_address'?: (string);
}
