// Original file: netsim/v1/workloads.proto


export interface GetStatefulSetRequest {
  'namespace'?: (string);
  'name'?: (string);
}

export interface GetStatefulSetRequest__Output {
  'namespace'?: (string);
  'name'?: (string);
}
