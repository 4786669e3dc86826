// Original file: netsim/v1/network.proto

import type { TraceStep as _netsim_v1_TraceStep, TraceStep__Output as _netsim_v1_TraceStep__Output } from '../../netsim/v1/TraceStep.js';

export interface TraceResponse {
  'source_address'?: (string);
  'destination_address'?: (string);
  'steps'?: (_netsim_v1_TraceStep)[];
  'verdict'?: (string);
}

export interface TraceResponse__Output {
  'source_address'?: (string);
  'destination_address'?: (string);
  'steps'?: (_netsim_v1_TraceStep__Output)[];
  'verdict'?: (string);
}
