// Original file: netsim/v1/network.proto


export interface PortForwardResponse {
  'pod'?: (string);
  'pod_port'?: (number);
  'connection'?: (number);
  'data'?: (Buffer | Uint8Array | string);
  'closed'?: (boolean);
  'error'?: (string);
}

export interface PortForwardResponse__Output {
  'pod'?: (string);
  'pod_port'?: (number);
  'connection'?: (number);
  'data'?: (Buffer);
  'closed'?: (boolean);
  'error'?: (string);
}
