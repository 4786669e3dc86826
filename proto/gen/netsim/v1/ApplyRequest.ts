// Original file: netsim/v1/manifests.proto


export interface ApplyRequest {
  'body'?: (string);
  'source'?: (string);
  'namespace'?: (string);
  'dry_run'?: (boolean);
}

export interface ApplyRequest__Output {
  'body'?: (string);
  'source'?: (string);
  'namespace'?: (string);
  'dry_run'?: (boolean);
}
