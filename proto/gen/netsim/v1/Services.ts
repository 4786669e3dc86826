// Original file: netsim/v1/services.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateServiceRequest as _netsim_v1_CreateServiceRequest, CreateServiceRequest__Output as _netsim_v1_CreateServiceRequest__Output } from '../../netsim/v1/CreateServiceRequest.js';
import type { DeleteServiceRequest as _netsim_v1_DeleteServiceRequest, DeleteServiceRequest__Output as _netsim_v1_DeleteServiceRequest__Output } from '../../netsim/v1/DeleteServiceRequest.js';
import type { GetServiceRequest as _netsim_v1_GetServiceRequest, GetServiceRequest__Output as _netsim_v1_GetServiceRequest__Output } from '../../netsim/v1/GetServiceRequest.js';
import type { ListServicesRequest as _netsim_v1_ListServicesRequest, ListServicesRequest__Output as _netsim_v1_ListServicesRequest__Output } from '../../netsim/v1/ListServicesRequest.js';
import type { ListServicesResponse as _netsim_v1_ListServicesResponse, ListServicesResponse__Output as _netsim_v1_ListServicesResponse__Output } from '../../netsim/v1/ListServicesResponse.js';
import type { Service as _netsim_v1_Service, Service__Output as _netsim_v1_Service__Output } from '../../netsim/v1/Service.js';
import type { UpdateServiceRequest as _netsim_v1_UpdateServiceRequest, UpdateServiceRequest__Output as _netsim_v1_UpdateServiceRequest__Output } from '../../netsim/v1/UpdateServiceRequest.js';
import type { WatchServicesRequest as _netsim_v1_WatchServicesRequest, WatchServicesRequest__Output as _netsim_v1_WatchServicesRequest__Output } from '../../netsim/v1/WatchServicesRequest.js';
import type { WatchServicesResponse as _netsim_v1_WatchServicesResponse, WatchServicesResponse__Output as _netsim_v1_WatchServicesResponse__Output } from '../../netsim/v1/WatchServicesResponse.js';

export interface ServicesClient extends grpc.Client {
  CreateService(argument: _netsim_v1_CreateServiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  CreateService(argument: _netsim_v1_CreateServiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  CreateService(argument: _netsim_v1_CreateServiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  CreateService(argument: _netsim_v1_CreateServiceRequest, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  createService(argument: _netsim_v1_CreateServiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  createService(argument: _netsim_v1_CreateServiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  createService(argument: _netsim_v1_CreateServiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  createService(argument: _netsim_v1_CreateServiceRequest, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  
  DeleteService(argument: _netsim_v1_DeleteServiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  DeleteService(argument: _netsim_v1_DeleteServiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  DeleteService(argument: _netsim_v1_DeleteServiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  DeleteService(argument: _netsim_v1_DeleteServiceRequest, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  deleteService(argument: _netsim_v1_DeleteServiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  deleteService(argument: _netsim_v1_DeleteServiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  deleteService(argument: _netsim_v1_DeleteServiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  deleteService(argument: _netsim_v1_DeleteServiceRequest, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  
  GetService(argument: _netsim_v1_GetServiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  GetService(argument: _netsim_v1_GetServiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  GetService(argument: _netsim_v1_GetServiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  GetService(argument: _netsim_v1_GetServiceRequest, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  getService(argument: _netsim_v1_GetServiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  getService(argument: _netsim_v1_GetServiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  getService(argument: _netsim_v1_GetServiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  getService(argument: _netsim_v1_GetServiceRequest, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  
  ListServices(argument: _netsim_v1_ListServicesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListServicesResponse__Output>): grpc.ClientUnaryCall;
  ListServices(argument: _netsim_v1_ListServicesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ListServicesResponse__Output>): grpc.ClientUnaryCall;
  ListServices(argument: _netsim_v1_ListServicesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListServicesResponse__Output>): grpc.ClientUnaryCall;
  ListServices(argument: _netsim_v1_ListServicesRequest, callback: grpc.requestCallback<_netsim_v1_ListServicesResponse__Output>): grpc.ClientUnaryCall;
  listServices(argument: _netsim_v1_ListServicesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListServicesResponse__Output>): grpc.ClientUnaryCall;
  listServices(argument: _netsim_v1_ListServicesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ListServicesResponse__Output>): grpc.ClientUnaryCall;
  listServices(argument: _netsim_v1_ListServicesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListServicesResponse__Output>): grpc.ClientUnaryCall;
  listServices(argument: _netsim_v1_ListServicesRequest, callback: grpc.requestCallback<_netsim_v1_ListServicesResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateService(argument: _netsim_v1_UpdateServiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  UpdateService(argument: _netsim_v1_UpdateServiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  UpdateService(argument: _netsim_v1_UpdateServiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  UpdateService(argument: _netsim_v1_UpdateServiceRequest, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  updateService(argument: _netsim_v1_UpdateServiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  updateService(argument: _netsim_v1_UpdateServiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  updateService(argument: _netsim_v1_UpdateServiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  updateService(argument: _netsim_v1_UpdateServiceRequest, callback: grpc.requestCallback<_netsim_v1_Service__Output>): grpc.ClientUnaryCall;
  
  WatchServices(argument: _netsim_v1_WatchServicesRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchServicesResponse__Output>;
  WatchServices(argument: _netsim_v1_WatchServicesRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchServicesResponse__Output>;
  watchServices(argument: _netsim_v1_WatchServicesRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchServicesResponse__Output>;
  watchServices(argument: _netsim_v1_WatchServicesRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchServicesResponse__Output>;
  
}

export interface ServicesHandlers extends grpc.UntypedServiceImplementation {
  CreateService: grpc.handleUnaryCall<_netsim_v1_CreateServiceRequest__Output, _netsim_v1_Service>;
  
  DeleteService: grpc.handleUnaryCall<_netsim_v1_DeleteServiceRequest__Output, _netsim_v1_Service>;
  
  GetService: grpc.handleUnaryCall<_netsim_v1_GetServiceRequest__Output, _netsim_v1_Service>;
  
  ListServices: grpc.handleUnaryCall<_netsim_v1_ListServicesRequest__Output, _netsim_v1_ListServicesResponse>;
  
  UpdateService: grpc.handleUnaryCall<_netsim_v1_UpdateServiceRequest__Output, _netsim_v1_Service>;
  
  WatchServices: grpc.handleServerStreamingCall<_netsim_v1_WatchServicesRequest__Output, _netsim_v1_WatchServicesResponse>;
  
}

export interface ServicesDefinition extends grpc.ServiceDefinition {
  CreateService: MethodDefinition<_netsim_v1_CreateServiceRequest, _netsim_v1_Service, _netsim_v1_CreateServiceRequest__Output, _netsim_v1_Service__Output>
  DeleteService: MethodDefinition<_netsim_v1_DeleteServiceRequest, _netsim_v1_Service, _netsim_v1_DeleteServiceRequest__Output, _netsim_v1_Service__Output>
  GetService: MethodDefinition<_netsim_v1_GetServiceRequest, _netsim_v1_Service, _netsim_v1_GetServiceRequest__Output, _netsim_v1_Service__Output>
  ListServices: MethodDefinition<_netsim_v1_ListServicesRequest, _netsim_v1_ListServicesResponse, _netsim_v1_ListServicesRequest__Output, _netsim_v1_ListServicesResponse__Output>
  UpdateService: MethodDefinition<_netsim_v1_UpdateServiceRequest, _netsim_v1_Service, _netsim_v1_UpdateServiceRequest__Output, _netsim_v1_Service__Output>
  WatchServices: MethodDefinition<_netsim_v1_WatchServicesRequest, _netsim_v1_WatchServicesResponse, _netsim_v1_WatchServicesRequest__Output, _netsim_v1_WatchServicesResponse__Output>
}
