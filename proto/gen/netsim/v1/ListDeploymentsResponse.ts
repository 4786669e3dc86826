// Original file: netsim/v1/workloads.proto

import type { Deployment as _netsim_v1_Deployment, Deployment__Output as _netsim_v1_Deployment__Output } from '../../netsim/v1/Deployment.js';

export interface ListDeploymentsResponse {
  'items'?: (_netsim_v1_Deployment)[];
  'next_page_token'?: (string);
  'resource_version'?: (string);
}

export interface ListDeploymentsResponse__Output {
  'items'?: (_netsim_v1_Deployment__Output)[];
  'next_page_token'?: (string);
  'resource_version'?: (string);
}
