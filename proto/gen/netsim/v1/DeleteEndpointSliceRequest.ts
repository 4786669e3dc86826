// Original file: netsim/v1/endpointslices.proto


export interface DeleteEndpointSliceRequest {
  'namespace'?: (string);
  'name'?: (string);
  'resource_version'?: (string);
  '_resource_version'?: "resource_version";
}

export interface DeleteEndpointSliceRequest__Output {
  'namespace'?: (string);
  'name'?: (string);
  'resource_version'?: (string);
}
