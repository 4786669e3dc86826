// Original file: netsim/v1/network.proto


export interface TraceRequest {
  'namespace'?: (string);
  'source'?: (string);
  'destination'?: (string);
  'protocol'?: (string);
  'port'?: (number);
}

export interface TraceRequest__Output {
  'namespace'?: (string);
  'source'?: (string);
  'destination'?: (string);
  'protocol'?: (string);
  'port'?: (number);
}
