// Original file: netsim/v1/endpointslices.proto


export interface EndpointPort {
  'name'?: (string);
  'protocol'?: (string);
  'port'?: (number);
  'appProtocol'?: (string);
  '_name'?: "name";
  '_protocol'?: "protocol";
  '_port'?: "port";
  '_appProtocol'?: "appProtocol";
}

export interface EndpointPort__Output {
  'name'?: (string);
  'protocol'?: (string);
  'port'?: (number);
  'appProtocol'?: (string);
}
