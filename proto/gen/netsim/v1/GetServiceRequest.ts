// Original file: netsim/v1/services.proto


export interface GetServiceRequest {
  'namespace'?: (string);
  'name'?: (string);
}

export interface GetServiceRequest__Output {
  'namespace'?: (string);
  'name'?: (string);
}
