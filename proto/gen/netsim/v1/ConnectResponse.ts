// Original file: netsim/v1/network.proto


export interface ConnectResponse {
  'outcome'?: (string);
  'source_address'?: (string);
  'source_port'?: (number);
  'response'?: (Buffer | Uint8Array | string);
  'connect_ms'?: (number | string);
  'total_ms'?: (number | string);
  'elapsed_ms'?: (number | string);
  'detail'?: (string);
}

export interface ConnectResponse__Output {
  'outcome'?: (string);
  'source_address'?: (string);
  'source_port'?: (number);
  'response'?: (Buffer);
  'connect_ms'?: (number);
  'total_ms'?: (number);
  'elapsed_ms'?: (number);
  'detail'?: (string);
}
