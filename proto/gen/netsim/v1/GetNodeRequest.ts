// Original file: netsim/v1/nodes.proto


export interface GetNodeRequest {
  'name'?: (string);
}

export interface GetNodeRequest__Output {
  'name'?: (string);
}
