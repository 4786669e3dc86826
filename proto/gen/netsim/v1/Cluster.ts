// Original file: netsim/v1/cluster.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetClusterInfoRequest as _netsim_v1_GetClusterInfoRequest, GetClusterInfoRequest__Output as _netsim_v1_GetClusterInfoRequest__Output } from '../../netsim/v1/GetClusterInfoRequest.js';
import type { GetClusterInfoResponse as _netsim_v1_GetClusterInfoResponse, GetClusterInfoResponse__Output as _netsim_v1_GetClusterInfoResponse__Output } from '../../netsim/v1/GetClusterInfoResponse.js';
import type { ShutdownRequest as _netsim_v1_ShutdownRequest, ShutdownRequest__Output as _netsim_v1_ShutdownRequest__Output } from '../../netsim/v1/ShutdownRequest.js';
import type { ShutdownResponse as _netsim_v1_ShutdownResponse, ShutdownResponse__Output as _netsim_v1_ShutdownResponse__Output } from '../../netsim/v1/ShutdownResponse.js';

export interface ClusterClient extends grpc.Client {
  GetClusterInfo(argument: _netsim_v1_GetClusterInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_GetClusterInfoResponse__Output>): grpc.ClientUnaryCall;
  GetClusterInfo(argument: _netsim_v1_GetClusterInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_GetClusterInfoResponse__Output>): grpc.ClientUnaryCall;
  GetClusterInfo(argument: _netsim_v1_GetClusterInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_GetClusterInfoResponse__Output>): grpc.ClientUnaryCall;
  GetClusterInfo(argument: _netsim_v1_GetClusterInfoRequest, callback: grpc.requestCallback<_netsim_v1_GetClusterInfoResponse__Output>): grpc.ClientUnaryCall;
  getClusterInfo(argument: _netsim_v1_GetClusterInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_GetClusterInfoResponse__Output>): grpc.ClientUnaryCall;
  getClusterInfo(argument: _netsim_v1_GetClusterInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_GetClusterInfoResponse__Output>): grpc.ClientUnaryCall;
  getClusterInfo(argument: _netsim_v1_GetClusterInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_GetClusterInfoResponse__Output>): grpc.ClientUnaryCall;
  getClusterInfo(argument: _netsim_v1_GetClusterInfoRequest, callback: grpc.requestCallback<_netsim_v1_GetClusterInfoResponse__Output>): grpc.ClientUnaryCall;
  
  Shutdown(argument: _netsim_v1_ShutdownRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ShutdownResponse__Output>): grpc.ClientUnaryCall;
  Shutdown(argument: _netsim_v1_ShutdownRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ShutdownResponse__Output>): grpc.ClientUnaryCall;
  Shutdown(argument: _netsim_v1_ShutdownRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ShutdownResponse__Output>): grpc.ClientUnaryCall;
  Shutdown(argument: _netsim_v1_ShutdownRequest, callback: grpc.requestCallback<_netsim_v1_ShutdownResponse__Output>): grpc.ClientUnaryCall;
  shutdown(argument: _netsim_v1_ShutdownRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ShutdownResponse__Output>): grpc.ClientUnaryCall;
  shutdown(argument: _netsim_v1_ShutdownRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ShutdownResponse__Output>): grpc.ClientUnaryCall;
  shutdown(argument: _netsim_v1_ShutdownRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ShutdownResponse__Output>): grpc.ClientUnaryCall;
  shutdown(argument: _netsim_v1_ShutdownRequest, callback: grpc.requestCallback<_netsim_v1_ShutdownResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface ClusterHandlers extends grpc.UntypedServiceImplementation {
  GetClusterInfo: grpc.handleUnaryCall<_netsim_v1_GetClusterInfoRequest__Output, _netsim_v1_GetClusterInfoResponse>;
  
  Shutdown: grpc.handleUnaryCall<_netsim_v1_ShutdownRequest__Output, _netsim_v1_ShutdownResponse>;
  
}

export interface ClusterDefinition extends grpc.ServiceDefinition {
  GetClusterInfo: MethodDefinition<_netsim_v1_GetClusterInfoRequest, _netsim_v1_GetClusterInfoResponse, _netsim_v1_GetClusterInfoRequest__Output, _netsim_v1_GetClusterInfoResponse__Output>
  Shutdown: MethodDefinition<_netsim_v1_ShutdownRequest, _netsim_v1_ShutdownResponse, _netsim_v1_ShutdownRequest__Output, _netsim_v1_ShutdownResponse__Output>
}
