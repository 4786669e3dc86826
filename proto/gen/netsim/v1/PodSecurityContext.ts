// Original file: netsim/v1/pods.proto

import type { Long } from '@grpc/proto-loader';

export interface PodSecurityContext {
  'runAsUser'?: (number | string | Long);
  'runAsGroup'?: (number | string | Long);
  'runAsNonRoot'?: (boolean);
  'fsGroup'?: (number | string | Long);
  '_runAsUser'?: "runAsUser";
  '_runAsGroup'?: "runAsGroup";
  '_runAsNonRoot'?: "runAsNonRoot";
  '_fsGroup'?: "fsGroup";
}

export interface PodSecurityContext__Output {
  'runAsUser'?: (string);
  'runAsGroup'?: (string);
  'runAsNonRoot'?: (boolean);
  'fsGroup'?: (string);
}
