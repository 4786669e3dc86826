// Original file: netsim/v1/endpointslices.proto


export interface EndpointConditions {
  'ready'?: (boolean);
  'serving'?: (boolean);
  'terminating'?: (boolean);
  '_ready'?: "ready";
  '_serving'?: "serving";
  '_terminating'?: "terminating";
}

export interface EndpointConditions__Output {
  'ready'?: (boolean);
  'serving'?: (boolean);
  'terminating'?: (boolean);
}
