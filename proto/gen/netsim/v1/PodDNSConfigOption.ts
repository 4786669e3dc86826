// Original file: netsim/v1/pods.proto


export interface PodDNSConfigOption {
  'name'?: (string);
  'value'?: (string);
  '_name'?: "name";
  '_value'?: "value";
}

export interface PodDNSConfigOption__Output {
  'name'?: (string);
  'value'?: (string);
}
