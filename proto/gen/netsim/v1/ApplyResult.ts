// Original file: netsim/v1/manifests.proto

import type { Status as _google_rpc_Status, Status__Output as _google_rpc_Status__Output } from '../../google/rpc/Status.js';

export interface ApplyResult {
  'kind'?: (string);
  'api_version'?: (string);
  'namespace'?: (string);
  'name'?: (string);
  'action'?: (string);
  'error'?: (_google_rpc_Status | null);
}

export interface ApplyResult__Output {
  'kind'?: (string);
  'api_version'?: (string);
  'namespace'?: (string);
  'name'?: (string);
  'action'?: (string);
  'error'?: (_google_rpc_Status__Output);
}
