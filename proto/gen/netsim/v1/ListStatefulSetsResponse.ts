// Original file: netsim/v1/workloads.proto

import type { StatefulSet as _netsim_v1_StatefulSet, StatefulSet__Output as _netsim_v1_StatefulSet__Output } from '../../netsim/v1/StatefulSet.js';

export interface ListStatefulSetsResponse {
  'items'?: (_netsim_v1_StatefulSet)[];
  'next_page_token'?: (string);
  'resource_version'?: (string);
}

export interface ListStatefulSetsResponse__Output {
  'items'?: (_netsim_v1_StatefulSet__Output)[];
  'next_page_token'?: (string);
  'resource_version'?: (string);
}
