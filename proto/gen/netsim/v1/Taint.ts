// Original file: netsim/v1/nodes.proto


export interface Taint {
  'key'?: (string);
  'value'?: (string);
  'effect'?: (string);
  '_key'?: "key";
  '_value'?: "value";
  '_effect'?: "effect";
}

export interface Taint__Output {
  'key'?: (string);
  'value'?: (string);
  'effect'?: (string);
}
