// Original file: netsim/v1/network.proto

import type { DropReason as _netsim_v1_DropReason, DropReason__Output as _netsim_v1_DropReason__Output } from '../../netsim/v1/DropReason.js';
import type { Long } from '@grpc/proto-loader';

export interface TraceStep {
  'namespace'?: (string);
  'in_interface'?: (string);
  'action'?: (string);
  'route'?: (string);
  'out_interface'?: (string);
  'next'?: (string);
  'reason'?: (_netsim_v1_DropReason);
  'generated'?: (string);
  'at_ns'?: (number | string | Long);
  'nat'?: (string);
}

export interface TraceStep__Output {
  'namespace'?: (string);
  'in_interface'?: (string);
  'action'?: (string);
  'route'?: (string);
  'out_interface'?: (string);
  'next'?: (string);
  'reason'?: (_netsim_v1_DropReason__Output);
  'generated'?: (string);
  'at_ns'?: (string);
  'nat'?: (string);
}
