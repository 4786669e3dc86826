// Original file: netsim/v1/pods.proto

import type { Long } from '@grpc/proto-loader';

export interface Toleration {
  'key'?: (string);
  'operator'?: (string);
  'value'?: (string);
  'effect'?: (string);
  'tolerationSeconds'?: (number | string | Long);
  '_key'?: "key";
  '_operator'?: "operator";
  '_value'?: "value";
  '_effect'?: "effect";
  '_tolerationSeconds'?: "tolerationSeconds";
}

export interface Toleration__Output {
  'key'?: (string);
  'operator'?: (string);
  'value'?: (string);
  'effect'?: (string);
  'tolerationSeconds'?: (string);
}
