// Original file: netsim/v1/manifests.proto

import type { ApplyResult as _netsim_v1_ApplyResult, ApplyResult__Output as _netsim_v1_ApplyResult__Output } from '../../netsim/v1/ApplyResult.js';

export interface ApplyResponse {
  'results'?: (_netsim_v1_ApplyResult)[];
}

export interface ApplyResponse__Output {
  'results'?: (_netsim_v1_ApplyResult__Output)[];
}
