// Original file: netsim/v1/pods.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreatePodRequest as _netsim_v1_CreatePodRequest, CreatePodRequest__Output as _netsim_v1_CreatePodRequest__Output } from '../../netsim/v1/CreatePodRequest.js';
import type { DeletePodRequest as _netsim_v1_DeletePodRequest, DeletePodRequest__Output as _netsim_v1_DeletePodRequest__Output } from '../../netsim/v1/DeletePodRequest.js';
import type { ExecRequest as _netsim_v1_ExecRequest, ExecRequest__Output as _netsim_v1_ExecRequest__Output } from '../../netsim/v1/ExecRequest.js';
import type { ExecResponse as _netsim_v1_ExecResponse, ExecResponse__Output as _netsim_v1_ExecResponse__Output } from '../../netsim/v1/ExecResponse.js';
import type { GetPodLogsRequest as _netsim_v1_GetPodLogsRequest, GetPodLogsRequest__Output as _netsim_v1_GetPodLogsRequest__Output } from '../../netsim/v1/GetPodLogsRequest.js';
import type { GetPodLogsResponse as _netsim_v1_GetPodLogsResponse, GetPodLogsResponse__Output as _netsim_v1_GetPodLogsResponse__Output } from '../../netsim/v1/GetPodLogsResponse.js';
import type { GetPodRequest as _netsim_v1_GetPodRequest, GetPodRequest__Output as _netsim_v1_GetPodRequest__Output } from '../../netsim/v1/GetPodRequest.js';
import type { ListPodsRequest as _netsim_v1_ListPodsRequest, ListPodsRequest__Output as _netsim_v1_ListPodsRequest__Output } from '../../netsim/v1/ListPodsRequest.js';
import type { ListPodsResponse as _netsim_v1_ListPodsResponse, ListPodsResponse__Output as _netsim_v1_ListPodsResponse__Output } from '../../netsim/v1/ListPodsResponse.js';
import type { Pod as _netsim_v1_Pod, Pod__Output as _netsim_v1_Pod__Output } from '../../netsim/v1/Pod.js';
import type { UpdatePodRequest as _netsim_v1_UpdatePodRequest, UpdatePodRequest__Output as _netsim_v1_UpdatePodRequest__Output } from '../../netsim/v1/UpdatePodRequest.js';
import type { WatchPodsRequest as _netsim_v1_WatchPodsRequest, WatchPodsRequest__Output as _netsim_v1_WatchPodsRequest__Output } from '../../netsim/v1/WatchPodsRequest.js';
import type { WatchPodsResponse as _netsim_v1_WatchPodsResponse, WatchPodsResponse__Output as _netsim_v1_WatchPodsResponse__Output } from '../../netsim/v1/WatchPodsResponse.js';

export interface PodsClient extends grpc.Client {
  CreatePod(argument: _netsim_v1_CreatePodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  CreatePod(argument: _netsim_v1_CreatePodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  CreatePod(argument: _netsim_v1_CreatePodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  CreatePod(argument: _netsim_v1_CreatePodRequest, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  createPod(argument: _netsim_v1_CreatePodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  createPod(argument: _netsim_v1_CreatePodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  createPod(argument: _netsim_v1_CreatePodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  createPod(argument: _netsim_v1_CreatePodRequest, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  
  DeletePod(argument: _netsim_v1_DeletePodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  DeletePod(argument: _netsim_v1_DeletePodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  DeletePod(argument: _netsim_v1_DeletePodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  DeletePod(argument: _netsim_v1_DeletePodRequest, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  deletePod(argument: _netsim_v1_DeletePodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  deletePod(argument: _netsim_v1_DeletePodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  deletePod(argument: _netsim_v1_DeletePodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  deletePod(argument: _netsim_v1_DeletePodRequest, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  
  Exec(argument: _netsim_v1_ExecRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_ExecResponse__Output>;
  Exec(argument: _netsim_v1_ExecRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_ExecResponse__Output>;
  exec(argument: _netsim_v1_ExecRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_ExecResponse__Output>;
  exec(argument: _netsim_v1_ExecRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_ExecResponse__Output>;
  
  GetPod(argument: _netsim_v1_GetPodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  GetPod(argument: _netsim_v1_GetPodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  GetPod(argument: _netsim_v1_GetPodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  GetPod(argument: _netsim_v1_GetPodRequest, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  getPod(argument: _netsim_v1_GetPodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  getPod(argument: _netsim_v1_GetPodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  getPod(argument: _netsim_v1_GetPodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  getPod(argument: _netsim_v1_GetPodRequest, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  
  GetPodLogs(argument: _netsim_v1_GetPodLogsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_GetPodLogsResponse__Output>): grpc.ClientUnaryCall;
  GetPodLogs(argument: _netsim_v1_GetPodLogsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_GetPodLogsResponse__Output>): grpc.ClientUnaryCall;
  GetPodLogs(argument: _netsim_v1_GetPodLogsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_GetPodLogsResponse__Output>): grpc.ClientUnaryCall;
  GetPodLogs(argument: _netsim_v1_GetPodLogsRequest, callback: grpc.requestCallback<_netsim_v1_GetPodLogsResponse__Output>): grpc.ClientUnaryCall;
  getPodLogs(argument: _netsim_v1_GetPodLogsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_GetPodLogsResponse__Output>): grpc.ClientUnaryCall;
  getPodLogs(argument: _netsim_v1_GetPodLogsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_GetPodLogsResponse__Output>): grpc.ClientUnaryCall;
  getPodLogs(argument: _netsim_v1_GetPodLogsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_GetPodLogsResponse__Output>): grpc.ClientUnaryCall;
  getPodLogs(argument: _netsim_v1_GetPodLogsRequest, callback: grpc.requestCallback<_netsim_v1_GetPodLogsResponse__Output>): grpc.ClientUnaryCall;
  
  ListPods(argument: _netsim_v1_ListPodsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListPodsResponse__Output>): grpc.ClientUnaryCall;
  ListPods(argument: _netsim_v1_ListPodsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ListPodsResponse__Output>): grpc.ClientUnaryCall;
  ListPods(argument: _netsim_v1_ListPodsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListPodsResponse__Output>): grpc.ClientUnaryCall;
  ListPods(argument: _netsim_v1_ListPodsRequest, callback: grpc.requestCallback<_netsim_v1_ListPodsResponse__Output>): grpc.ClientUnaryCall;
  listPods(argument: _netsim_v1_ListPodsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListPodsResponse__Output>): grpc.ClientUnaryCall;
  listPods(argument: _netsim_v1_ListPodsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ListPodsResponse__Output>): grpc.ClientUnaryCall;
  listPods(argument: _netsim_v1_ListPodsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListPodsResponse__Output>): grpc.ClientUnaryCall;
  listPods(argument: _netsim_v1_ListPodsRequest, callback: grpc.requestCallback<_netsim_v1_ListPodsResponse__Output>): grpc.ClientUnaryCall;
  
  UpdatePod(argument: _netsim_v1_UpdatePodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  UpdatePod(argument: _netsim_v1_UpdatePodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  UpdatePod(argument: _netsim_v1_UpdatePodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  UpdatePod(argument: _netsim_v1_UpdatePodRequest, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  updatePod(argument: _netsim_v1_UpdatePodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  updatePod(argument: _netsim_v1_UpdatePodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  updatePod(argument: _netsim_v1_UpdatePodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  updatePod(argument: _netsim_v1_UpdatePodRequest, callback: grpc.requestCallback<_netsim_v1_Pod__Output>): grpc.ClientUnaryCall;
  
  WatchPods(argument: _netsim_v1_WatchPodsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchPodsResponse__Output>;
  WatchPods(argument: _netsim_v1_WatchPodsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchPodsResponse__Output>;
  watchPods(argument: _netsim_v1_WatchPodsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchPodsResponse__Output>;
  watchPods(argument: _netsim_v1_WatchPodsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchPodsResponse__Output>;
  
}

export interface PodsHandlers extends grpc.UntypedServiceImplementation {
  CreatePod: grpc.handleUnaryCall<_netsim_v1_CreatePodRequest__Output, _netsim_v1_Pod>;
  
  DeletePod: grpc.handleUnaryCall<_netsim_v1_DeletePodRequest__Output, _netsim_v1_Pod>;
  
  Exec: grpc.handleServerStreamingCall<_netsim_v1_ExecRequest__Output, _netsim_v1_ExecResponse>;
  
  GetPod: grpc.handleUnaryCall<_netsim_v1_GetPodRequest__Output, _netsim_v1_Pod>;
  
  GetPodLogs: grpc.handleUnaryCall<_netsim_v1_GetPodLogsRequest__Output, _netsim_v1_GetPodLogsResponse>;
  
  ListPods: grpc.handleUnaryCall<_netsim_v1_ListPodsRequest__Output, _netsim_v1_ListPodsResponse>;
  
  UpdatePod: grpc.handleUnaryCall<_netsim_v1_UpdatePodRequest__Output, _netsim_v1_Pod>;
  
  WatchPods: grpc.handleServerStreamingCall<_netsim_v1_WatchPodsRequest__Output, _netsim_v1_WatchPodsResponse>;
  
}

export interface PodsDefinition extends grpc.ServiceDefinition {
  CreatePod: MethodDefinition<_netsim_v1_CreatePodRequest, _netsim_v1_Pod, _netsim_v1_CreatePodRequest__Output, _netsim_v1_Pod__Output>
  DeletePod: MethodDefinition<_netsim_v1_DeletePodRequest, _netsim_v1_Pod, _netsim_v1_DeletePodRequest__Output, _netsim_v1_Pod__Output>
  Exec: MethodDefinition<_netsim_v1_ExecRequest, _netsim_v1_ExecResponse, _netsim_v1_ExecRequest__Output, _netsim_v1_ExecResponse__Output>
  GetPod: MethodDefinition<_netsim_v1_GetPodRequest, _netsim_v1_Pod, _netsim_v1_GetPodRequest__Output, _netsim_v1_Pod__Output>
  GetPodLogs: MethodDefinition<_netsim_v1_GetPodLogsRequest, _netsim_v1_GetPodLogsResponse, _netsim_v1_GetPodLogsRequest__Output, _netsim_v1_GetPodLogsResponse__Output>
  ListPods: MethodDefinition<_netsim_v1_ListPodsRequest, _netsim_v1_ListPodsResponse, _netsim_v1_ListPodsRequest__Output, _netsim_v1_ListPodsResponse__Output>
  UpdatePod: MethodDefinition<_netsim_v1_UpdatePodRequest, _netsim_v1_Pod, _netsim_v1_UpdatePodRequest__Output, _netsim_v1_Pod__Output>
  WatchPods: MethodDefinition<_netsim_v1_WatchPodsRequest, _netsim_v1_WatchPodsResponse, _netsim_v1_WatchPodsRequest__Output, _netsim_v1_WatchPodsResponse__Output>
}
