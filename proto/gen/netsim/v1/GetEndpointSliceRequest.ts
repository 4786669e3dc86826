// Original file: netsim/v1/endpointslices.proto


export interface GetEndpointSliceRequest {
  'namespace'?: (string);
  'name'?: (string);
}

export interface GetEndpointSliceRequest__Output {
  'namespace'?: (string);
  'name'?: (string);
}
