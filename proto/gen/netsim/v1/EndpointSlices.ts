// Original file: netsim/v1/endpointslices.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateEndpointSliceRequest as _netsim_v1_CreateEndpointSliceRequest, CreateEndpointSliceRequest__Output as _netsim_v1_CreateEndpointSliceRequest__Output } from '../../netsim/v1/CreateEndpointSliceRequest.js';
import type { DeleteEndpointSliceRequest as _netsim_v1_DeleteEndpointSliceRequest, DeleteEndpointSliceRequest__Output as _netsim_v1_DeleteEndpointSliceRequest__Output } from '../../netsim/v1/DeleteEndpointSliceRequest.js';
import type { EndpointSlice as _netsim_v1_EndpointSlice, EndpointSlice__Output as _netsim_v1_EndpointSlice__Output } from '../../netsim/v1/EndpointSlice.js';
import type { GetEndpointSliceRequest as _netsim_v1_GetEndpointSliceRequest, GetEndpointSliceRequest__Output as _netsim_v1_GetEndpointSliceRequest__Output } from '../../netsim/v1/GetEndpointSliceRequest.js';
import type { ListEndpointSlicesRequest as _netsim_v1_ListEndpointSlicesRequest, ListEndpointSlicesRequest__Output as _netsim_v1_ListEndpointSlicesRequest__Output } from '../../netsim/v1/ListEndpointSlicesRequest.js';
import type { ListEndpointSlicesResponse as _netsim_v1_ListEndpointSlicesResponse, ListEndpointSlicesResponse__Output as _netsim_v1_ListEndpointSlicesResponse__Output } from '../../netsim/v1/ListEndpointSlicesResponse.js';
import type { UpdateEndpointSliceRequest as _netsim_v1_UpdateEndpointSliceRequest, UpdateEndpointSliceRequest__Output as _netsim_v1_UpdateEndpointSliceRequest__Output } from '../../netsim/v1/UpdateEndpointSliceRequest.js';
import type { WatchEndpointSlicesRequest as _netsim_v1_WatchEndpointSlicesRequest, WatchEndpointSlicesRequest__Output as _netsim_v1_WatchEndpointSlicesRequest__Output } from '../../netsim/v1/WatchEndpointSlicesRequest.js';
import type { WatchEndpointSlicesResponse as _netsim_v1_WatchEndpointSlicesResponse, WatchEndpointSlicesResponse__Output as _netsim_v1_WatchEndpointSlicesResponse__Output } from '../../netsim/v1/WatchEndpointSlicesResponse.js';

export interface EndpointSlicesClient extends grpc.Client {
  CreateEndpointSlice(argument: _netsim_v1_CreateEndpointSliceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  CreateEndpointSlice(argument: _netsim_v1_CreateEndpointSliceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  CreateEndpointSlice(argument: _netsim_v1_CreateEndpointSliceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  CreateEndpointSlice(argument: _netsim_v1_CreateEndpointSliceRequest, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  createEndpointSlice(argument: _netsim_v1_CreateEndpointSliceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  createEndpointSlice(argument: _netsim_v1_CreateEndpointSliceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  createEndpointSlice(argument: _netsim_v1_CreateEndpointSliceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  createEndpointSlice(argument: _netsim_v1_CreateEndpointSliceRequest, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  
  DeleteEndpointSlice(argument: _netsim_v1_DeleteEndpointSliceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  DeleteEndpointSlice(argument: _netsim_v1_DeleteEndpointSliceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  DeleteEndpointSlice(argument: _netsim_v1_DeleteEndpointSliceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  DeleteEndpointSlice(argument: _netsim_v1_DeleteEndpointSliceRequest, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  deleteEndpointSlice(argument: _netsim_v1_DeleteEndpointSliceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  deleteEndpointSlice(argument: _netsim_v1_DeleteEndpointSliceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  deleteEndpointSlice(argument: _netsim_v1_DeleteEndpointSliceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  deleteEndpointSlice(argument: _netsim_v1_DeleteEndpointSliceRequest, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  
  GetEndpointSlice(argument: _netsim_v1_GetEndpointSliceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  GetEndpointSlice(argument: _netsim_v1_GetEndpointSliceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  GetEndpointSlice(argument: _netsim_v1_GetEndpointSliceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  GetEndpointSlice(argument: _netsim_v1_GetEndpointSliceRequest, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  getEndpointSlice(argument: _netsim_v1_GetEndpointSliceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  getEndpointSlice(argument: _netsim_v1_GetEndpointSliceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  getEndpointSlice(argument: _netsim_v1_GetEndpointSliceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  getEndpointSlice(argument: _netsim_v1_GetEndpointSliceRequest, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  
  ListEndpointSlices(argument: _netsim_v1_ListEndpointSlicesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListEndpointSlicesResponse__Output>): grpc.ClientUnaryCall;
  ListEndpointSlices(argument: _netsim_v1_ListEndpointSlicesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ListEndpointSlicesResponse__Output>): grpc.ClientUnaryCall;
  ListEndpointSlices(argument: _netsim_v1_ListEndpointSlicesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListEndpointSlicesResponse__Output>): grpc.ClientUnaryCall;
  ListEndpointSlices(argument: _netsim_v1_ListEndpointSlicesRequest, callback: grpc.requestCallback<_netsim_v1_ListEndpointSlicesResponse__Output>): grpc.ClientUnaryCall;
  listEndpointSlices(argument: _netsim_v1_ListEndpointSlicesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListEndpointSlicesResponse__Output>): grpc.ClientUnaryCall;
  listEndpointSlices(argument: _netsim_v1_ListEndpointSlicesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ListEndpointSlicesResponse__Output>): grpc.ClientUnaryCall;
  listEndpointSlices(argument: _netsim_v1_ListEndpointSlicesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListEndpointSlicesResponse__Output>): grpc.ClientUnaryCall;
  listEndpointSlices(argument: _netsim_v1_ListEndpointSlicesRequest, callback: grpc.requestCallback<_netsim_v1_ListEndpointSlicesResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateEndpointSlice(argument: _netsim_v1_UpdateEndpointSliceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  UpdateEndpointSlice(argument: _netsim_v1_UpdateEndpointSliceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  UpdateEndpointSlice(argument: _netsim_v1_UpdateEndpointSliceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  UpdateEndpointSlice(argument: _netsim_v1_UpdateEndpointSliceRequest, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  updateEndpointSlice(argument: _netsim_v1_UpdateEndpointSliceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  updateEndpointSlice(argument: _netsim_v1_UpdateEndpointSliceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  updateEndpointSlice(argument: _netsim_v1_UpdateEndpointSliceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  updateEndpointSlice(argument: _netsim_v1_UpdateEndpointSliceRequest, callback: grpc.requestCallback<_netsim_v1_EndpointSlice__Output>): grpc.ClientUnaryCall;
  
  WatchEndpointSlices(argument: _netsim_v1_WatchEndpointSlicesRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchEndpointSlicesResponse__Output>;
  WatchEndpointSlices(argument: _netsim_v1_WatchEndpointSlicesRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchEndpointSlicesResponse__Output>;
  watchEndpointSlices(argument: _netsim_v1_WatchEndpointSlicesRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchEndpointSlicesResponse__Output>;
  watchEndpointSlices(argument: _netsim_v1_WatchEndpointSlicesRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchEndpointSlicesResponse__Output>;
  
}

export interface EndpointSlicesHandlers extends grpc.UntypedServiceImplementation {
  CreateEndpointSlice: grpc.handleUnaryCall<_netsim_v1_CreateEndpointSliceRequest__Output, _netsim_v1_EndpointSlice>;
  
  DeleteEndpointSlice: grpc.handleUnaryCall<_netsim_v1_DeleteEndpointSliceRequest__Output, _netsim_v1_EndpointSlice>;
  
  GetEndpointSlice: grpc.handleUnaryCall<_netsim_v1_GetEndpointSliceRequest__Output, _netsim_v1_EndpointSlice>;
  
  ListEndpointSlices: grpc.handleUnaryCall<_netsim_v1_ListEndpointSlicesRequest__Output, _netsim_v1_ListEndpointSlicesResponse>;
  
  UpdateEndpointSlice: grpc.handleUnaryCall<_netsim_v1_UpdateEndpointSliceRequest__Output, _netsim_v1_EndpointSlice>;
  
  WatchEndpointSlices: grpc.handleServerStreamingCall<_netsim_v1_WatchEndpointSlicesRequest__Output, _netsim_v1_WatchEndpointSlicesResponse>;
  
}

export interface EndpointSlicesDefinition extends grpc.ServiceDefinition {
  CreateEndpointSlice: MethodDefinition<_netsim_v1_CreateEndpointSliceRequest, _netsim_v1_EndpointSlice, _netsim_v1_CreateEndpointSliceRequest__Output, _netsim_v1_EndpointSlice__Output>
  DeleteEndpointSlice: MethodDefinition<_netsim_v1_DeleteEndpointSliceRequest, _netsim_v1_EndpointSlice, _netsim_v1_DeleteEndpointSliceRequest__Output, _netsim_v1_EndpointSlice__Output>
  GetEndpointSlice: MethodDefinition<_netsim_v1_GetEndpointSliceRequest, _netsim_v1_EndpointSlice, _netsim_v1_GetEndpointSliceRequest__Output, _netsim_v1_EndpointSlice__Output>
  ListEndpointSlices: MethodDefinition<_netsim_v1_ListEndpointSlicesRequest, _netsim_v1_ListEndpointSlicesResponse, _netsim_v1_ListEndpointSlicesRequest__Output, _netsim_v1_ListEndpointSlicesResponse__Output>
  UpdateEndpointSlice: MethodDefinition<_netsim_v1_UpdateEndpointSliceRequest, _netsim_v1_EndpointSlice, _netsim_v1_UpdateEndpointSliceRequest__Output, _netsim_v1_EndpointSlice__Output>
  WatchEndpointSlices: MethodDefinition<_netsim_v1_WatchEndpointSlicesRequest, _netsim_v1_WatchEndpointSlicesResponse, _netsim_v1_WatchEndpointSlicesRequest__Output, _netsim_v1_WatchEndpointSlicesResponse__Output>
}
