// Original file: netsim/v1/network.proto


export interface PingRequest {
  'namespace'?: (string);
  'source'?: (string);
  'destination'?: (string);
  'family'?: (string);
  'count'?: (number);
  'interval_ms'?: (number);
  'payload_size'?: (number);
  'ttl'?: (number);
  '_payload_size'?: "payload_size";
}

export interface PingRequest__Output {
  'namespace'?: (string);
  'source'?: (string);
  'destination'?: (string);
  'family'?: (string);
  'count'?: (number);
  'interval_ms'?: (number);
  'payload_size'?: (number);
  'ttl'?: (number);
}
