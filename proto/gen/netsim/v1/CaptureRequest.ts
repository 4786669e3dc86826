// Original file: netsim/v1/network.proto


export interface CaptureRequest {
  'namespace'?: (string);
  'target'?: (string);
  'interface'?: (string);
  'filter'?: (string);
  'count'?: (number);
  'format'?: (string);
  'absolute_seq'?: (boolean);
}

export interface CaptureRequest__Output {
  'namespace'?: (string);
  'target'?: (string);
  'interface'?: (string);
  'filter'?: (string);
  'count'?: (number);
  'format'?: (string);
  'absolute_seq'?: (boolean);
}
