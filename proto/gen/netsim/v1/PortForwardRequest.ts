// Original file: netsim/v1/network.proto


export interface PortForwardRequest {
  'namespace'?: (string);
  'target'?: (string);
  'port'?: (number);
  'connection'?: (number);
  'data'?: (Buffer | Uint8Array | string);
  'close'?: (boolean);
}

export interface PortForwardRequest__Output {
  'namespace'?: (string);
  'target'?: (string);
  'port'?: (number);
  'connection'?: (number);
  'data'?: (Buffer);
  'close'?: (boolean);
}
