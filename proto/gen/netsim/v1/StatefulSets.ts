// Original file: netsim/v1/workloads.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateStatefulSetRequest as _netsim_v1_CreateStatefulSetRequest, CreateStatefulSetRequest__Output as _netsim_v1_CreateStatefulSetRequest__Output } from '../../netsim/v1/CreateStatefulSetRequest.js';
import type { DeleteStatefulSetRequest as _netsim_v1_DeleteStatefulSetRequest, DeleteStatefulSetRequest__Output as _netsim_v1_DeleteStatefulSetRequest__Output } from '../../netsim/v1/DeleteStatefulSetRequest.js';
import type { GetStatefulSetRequest as _netsim_v1_GetStatefulSetRequest, GetStatefulSetRequest__Output as _netsim_v1_GetStatefulSetRequest__Output } from '../../netsim/v1/GetStatefulSetRequest.js';
import type { ListStatefulSetsRequest as _netsim_v1_ListStatefulSetsRequest, ListStatefulSetsRequest__Output as _netsim_v1_ListStatefulSetsRequest__Output } from '../../netsim/v1/ListStatefulSetsRequest.js';
import type { ListStatefulSetsResponse as _netsim_v1_ListStatefulSetsResponse, ListStatefulSetsResponse__Output as _netsim_v1_ListStatefulSetsResponse__Output } from '../../netsim/v1/ListStatefulSetsResponse.js';
import type { StatefulSet as _netsim_v1_StatefulSet, StatefulSet__Output as _netsim_v1_StatefulSet__Output } from '../../netsim/v1/StatefulSet.js';
import type { UpdateStatefulSetRequest as _netsim_v1_UpdateStatefulSetRequest, UpdateStatefulSetRequest__Output as _netsim_v1_UpdateStatefulSetRequest__Output } from '../../netsim/v1/UpdateStatefulSetRequest.js';
import type { WatchStatefulSetsRequest as _netsim_v1_WatchStatefulSetsRequest, WatchStatefulSetsRequest__Output as _netsim_v1_WatchStatefulSetsRequest__Output } from '../../netsim/v1/WatchStatefulSetsRequest.js';
import type { WatchStatefulSetsResponse as _netsim_v1_WatchStatefulSetsResponse, WatchStatefulSetsResponse__Output as _netsim_v1_WatchStatefulSetsResponse__Output } from '../../netsim/v1/WatchStatefulSetsResponse.js';

export interface StatefulSetsClient extends grpc.Client {
  CreateStatefulSet(argument: _netsim_v1_CreateStatefulSetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  CreateStatefulSet(argument: _netsim_v1_CreateStatefulSetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  CreateStatefulSet(argument: _netsim_v1_CreateStatefulSetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  CreateStatefulSet(argument: _netsim_v1_CreateStatefulSetRequest, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  createStatefulSet(argument: _netsim_v1_CreateStatefulSetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  createStatefulSet(argument: _netsim_v1_CreateStatefulSetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  createStatefulSet(argument: _netsim_v1_CreateStatefulSetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  createStatefulSet(argument: _netsim_v1_CreateStatefulSetRequest, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  
  DeleteStatefulSet(argument: _netsim_v1_DeleteStatefulSetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  DeleteStatefulSet(argument: _netsim_v1_DeleteStatefulSetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  DeleteStatefulSet(argument: _netsim_v1_DeleteStatefulSetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  DeleteStatefulSet(argument: _netsim_v1_DeleteStatefulSetRequest, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  deleteStatefulSet(argument: _netsim_v1_DeleteStatefulSetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  deleteStatefulSet(argument: _netsim_v1_DeleteStatefulSetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  deleteStatefulSet(argument: _netsim_v1_DeleteStatefulSetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  deleteStatefulSet(argument: _netsim_v1_DeleteStatefulSetRequest, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  
  GetStatefulSet(argument: _netsim_v1_GetStatefulSetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  GetStatefulSet(argument: _netsim_v1_GetStatefulSetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  GetStatefulSet(argument: _netsim_v1_GetStatefulSetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  GetStatefulSet(argument: _netsim_v1_GetStatefulSetRequest, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  getStatefulSet(argument: _netsim_v1_GetStatefulSetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  getStatefulSet(argument: _netsim_v1_GetStatefulSetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  getStatefulSet(argument: _netsim_v1_GetStatefulSetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  getStatefulSet(argument: _netsim_v1_GetStatefulSetRequest, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  
  ListStatefulSets(argument: _netsim_v1_ListStatefulSetsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListStatefulSetsResponse__Output>): grpc.ClientUnaryCall;
  ListStatefulSets(argument: _netsim_v1_ListStatefulSetsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ListStatefulSetsResponse__Output>): grpc.ClientUnaryCall;
  ListStatefulSets(argument: _netsim_v1_ListStatefulSetsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListStatefulSetsResponse__Output>): grpc.ClientUnaryCall;
  ListStatefulSets(argument: _netsim_v1_ListStatefulSetsRequest, callback: grpc.requestCallback<_netsim_v1_ListStatefulSetsResponse__Output>): grpc.ClientUnaryCall;
  listStatefulSets(argument: _netsim_v1_ListStatefulSetsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListStatefulSetsResponse__Output>): grpc.ClientUnaryCall;
  listStatefulSets(argument: _netsim_v1_ListStatefulSetsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ListStatefulSetsResponse__Output>): grpc.ClientUnaryCall;
  listStatefulSets(argument: _netsim_v1_ListStatefulSetsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListStatefulSetsResponse__Output>): grpc.ClientUnaryCall;
  listStatefulSets(argument: _netsim_v1_ListStatefulSetsRequest, callback: grpc.requestCallback<_netsim_v1_ListStatefulSetsResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateStatefulSet(argument: _netsim_v1_UpdateStatefulSetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  UpdateStatefulSet(argument: _netsim_v1_UpdateStatefulSetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  UpdateStatefulSet(argument: _netsim_v1_UpdateStatefulSetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  UpdateStatefulSet(argument: _netsim_v1_UpdateStatefulSetRequest, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  updateStatefulSet(argument: _netsim_v1_UpdateStatefulSetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  updateStatefulSet(argument: _netsim_v1_UpdateStatefulSetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  updateStatefulSet(argument: _netsim_v1_UpdateStatefulSetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  updateStatefulSet(argument: _netsim_v1_UpdateStatefulSetRequest, callback: grpc.requestCallback<_netsim_v1_StatefulSet__Output>): grpc.ClientUnaryCall;
  
  WatchStatefulSets(argument: _netsim_v1_WatchStatefulSetsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchStatefulSetsResponse__Output>;
  WatchStatefulSets(argument: _netsim_v1_WatchStatefulSetsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchStatefulSetsResponse__Output>;
  watchStatefulSets(argument: _netsim_v1_WatchStatefulSetsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchStatefulSetsResponse__Output>;
  watchStatefulSets(argument: _netsim_v1_WatchStatefulSetsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchStatefulSetsResponse__Output>;
  
}

export interface StatefulSetsHandlers extends grpc.UntypedServiceImplementation {
  CreateStatefulSet: grpc.handleUnaryCall<_netsim_v1_CreateStatefulSetRequest__Output, _netsim_v1_StatefulSet>;
  
  DeleteStatefulSet: grpc.handleUnaryCall<_netsim_v1_DeleteStatefulSetRequest__Output, _netsim_v1_StatefulSet>;
  
  GetStatefulSet: grpc.handleUnaryCall<_netsim_v1_GetStatefulSetRequest__Output, _netsim_v1_StatefulSet>;
  
  ListStatefulSets: grpc.handleUnaryCall<_netsim_v1_ListStatefulSetsRequest__Output, _netsim_v1_ListStatefulSetsResponse>;
  
  UpdateStatefulSet: grpc.handleUnaryCall<_netsim_v1_UpdateStatefulSetRequest__Output, _netsim_v1_StatefulSet>;
  
  WatchStatefulSets: grpc.handleServerStreamingCall<_netsim_v1_WatchStatefulSetsRequest__Output, _netsim_v1_WatchStatefulSetsResponse>;
  
}

export interface StatefulSetsDefinition extends grpc.ServiceDefinition {
  CreateStatefulSet: MethodDefinition<_netsim_v1_CreateStatefulSetRequest, _netsim_v1_StatefulSet, _netsim_v1_CreateStatefulSetRequest__Output, _netsim_v1_StatefulSet__Output>
  DeleteStatefulSet: MethodDefinition<_netsim_v1_DeleteStatefulSetRequest, _netsim_v1_StatefulSet, _netsim_v1_DeleteStatefulSetRequest__Output, _netsim_v1_StatefulSet__Output>
  GetStatefulSet: MethodDefinition<_netsim_v1_GetStatefulSetRequest, _netsim_v1_StatefulSet, _netsim_v1_GetStatefulSetRequest__Output, _netsim_v1_StatefulSet__Output>
  ListStatefulSets: MethodDefinition<_netsim_v1_ListStatefulSetsRequest, _netsim_v1_ListStatefulSetsResponse, _netsim_v1_ListStatefulSetsRequest__Output, _netsim_v1_ListStatefulSetsResponse__Output>
  UpdateStatefulSet: MethodDefinition<_netsim_v1_UpdateStatefulSetRequest, _netsim_v1_StatefulSet, _netsim_v1_UpdateStatefulSetRequest__Output, _netsim_v1_StatefulSet__Output>
  WatchStatefulSets: MethodDefinition<_netsim_v1_WatchStatefulSetsRequest, _netsim_v1_WatchStatefulSetsResponse, _netsim_v1_WatchStatefulSetsRequest__Output, _netsim_v1_WatchStatefulSetsResponse__Output>
}
