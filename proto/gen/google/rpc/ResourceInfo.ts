// Original file: google/rpc/error_details.proto


export interface ResourceInfo {
  'resource_type'?: (string);
  'resource_name'?: (string);
  'owner'?: (string);
  'description'?: (string);
}

export interface ResourceInfo__Output {
  'resource_type'?: (string);
  'resource_name'?: (string);
  'owner'?: (string);
  'description'?: (string);
}
