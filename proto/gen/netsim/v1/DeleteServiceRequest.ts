// Original file: netsim/v1/services.proto


export interface DeleteServiceRequest {
  'namespace'?: (string);
  'name'?: (string);
  'resource_version'?: (string);
  '_resource_version'?: "resource_version";
}

export interface DeleteServiceRequest__Output {
  'namespace'?: (string);
  'name'?: (string);
  'resource_version'?: (string);
}
