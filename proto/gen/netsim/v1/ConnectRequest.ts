// Original file: netsim/v1/network.proto


export interface ConnectRequest {
  'namespace'?: (string);
  'source'?: (string);
  'destination'?: (string);
  'port'?: (number);
  'protocol'?: (string);
  'request'?: (Buffer | Uint8Array | string);
  'connect_timeout_ms'?: (number);
  'total_timeout_ms'?: (number);
}

export interface ConnectRequest__Output {
  'namespace'?: (string);
  'source'?: (string);
  'destination'?: (string);
  'port'?: (number);
  'protocol'?: (string);
  'request'?: (Buffer);
  'connect_timeout_ms'?: (number);
  'total_timeout_ms'?: (number);
}
