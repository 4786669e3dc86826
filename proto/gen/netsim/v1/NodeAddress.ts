// Original file: netsim/v1/nodes.proto


export interface NodeAddress {
  'type'?: (string);
  'address'?: (string);
  '_type'?: "type";
  '_address'?: "address";
}

export interface NodeAddress__Output {
  'type'?: (string);
  'address'?: (string);
}
