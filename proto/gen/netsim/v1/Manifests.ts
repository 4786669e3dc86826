// Original file: netsim/v1/manifests.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ApplyRequest as _netsim_v1_ApplyRequest, ApplyRequest__Output as _netsim_v1_ApplyRequest__Output } from '../../netsim/v1/ApplyRequest.js';
import type { ApplyResponse as _netsim_v1_ApplyResponse, ApplyResponse__Output as _netsim_v1_ApplyResponse__Output } from '../../netsim/v1/ApplyResponse.js';

export interface ManifestsClient extends grpc.Client {
  Apply(argument: _netsim_v1_ApplyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ApplyResponse__Output>): grpc.ClientUnaryCall;
  Apply(argument: _netsim_v1_ApplyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ApplyResponse__Output>): grpc.ClientUnaryCall;
  Apply(argument: _netsim_v1_ApplyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ApplyResponse__Output>): grpc.ClientUnaryCall;
  Apply(argument: _netsim_v1_ApplyRequest, callback: grpc.requestCallback<_netsim_v1_ApplyResponse__Output>): grpc.ClientUnaryCall;
  apply(argument: _netsim_v1_ApplyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ApplyResponse__Output>): grpc.ClientUnaryCall;
  apply(argument: _netsim_v1_ApplyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ApplyResponse__Output>): grpc.ClientUnaryCall;
  apply(argument: _netsim_v1_ApplyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ApplyResponse__Output>): grpc.ClientUnaryCall;
  apply(argument: _netsim_v1_ApplyRequest, callback: grpc.requestCallback<_netsim_v1_ApplyResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface ManifestsHandlers extends grpc.UntypedServiceImplementation {
  Apply: grpc.handleUnaryCall<_netsim_v1_ApplyRequest__Output, _netsim_v1_ApplyResponse>;
  
}

export interface ManifestsDefinition extends grpc.ServiceDefinition {
  Apply: MethodDefinition<_netsim_v1_ApplyRequest, _netsim_v1_ApplyResponse, _netsim_v1_ApplyRequest__Output, _netsim_v1_ApplyResponse__Output>
}
