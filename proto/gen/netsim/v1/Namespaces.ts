// Original file: netsim/v1/namespaces.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateNamespaceRequest as _netsim_v1_CreateNamespaceRequest, CreateNamespaceRequest__Output as _netsim_v1_CreateNamespaceRequest__Output } from '../../netsim/v1/CreateNamespaceRequest.js';
import type { DeleteNamespaceRequest as _netsim_v1_DeleteNamespaceRequest, DeleteNamespaceRequest__Output as _netsim_v1_DeleteNamespaceRequest__Output } from '../../netsim/v1/DeleteNamespaceRequest.js';
import type { GetNamespaceRequest as _netsim_v1_GetNamespaceRequest, GetNamespaceRequest__Output as _netsim_v1_GetNamespaceRequest__Output } from '../../netsim/v1/GetNamespaceRequest.js';
import type { ListNamespacesRequest as _netsim_v1_ListNamespacesRequest, ListNamespacesRequest__Output as _netsim_v1_ListNamespacesRequest__Output } from '../../netsim/v1/ListNamespacesRequest.js';
import type { ListNamespacesResponse as _netsim_v1_ListNamespacesResponse, ListNamespacesResponse__Output as _netsim_v1_ListNamespacesResponse__Output } from '../../netsim/v1/ListNamespacesResponse.js';
import type { Namespace as _netsim_v1_Namespace, Namespace__Output as _netsim_v1_Namespace__Output } from '../../netsim/v1/Namespace.js';
import type { UpdateNamespaceRequest as _netsim_v1_UpdateNamespaceRequest, UpdateNamespaceRequest__Output as _netsim_v1_UpdateNamespaceRequest__Output } from '../../netsim/v1/UpdateNamespaceRequest.js';
import type { WatchNamespacesRequest as _netsim_v1_WatchNamespacesRequest, WatchNamespacesRequest__Output as _netsim_v1_WatchNamespacesRequest__Output } from '../../netsim/v1/WatchNamespacesRequest.js';
import type { WatchNamespacesResponse as _netsim_v1_WatchNamespacesResponse, WatchNamespacesResponse__Output as _netsim_v1_WatchNamespacesResponse__Output } from '../../netsim/v1/WatchNamespacesResponse.js';

export interface NamespacesClient extends grpc.Client {
  CreateNamespace(argument: _netsim_v1_CreateNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  CreateNamespace(argument: _netsim_v1_CreateNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  CreateNamespace(argument: _netsim_v1_CreateNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  CreateNamespace(argument: _netsim_v1_CreateNamespaceRequest, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  createNamespace(argument: _netsim_v1_CreateNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  createNamespace(argument: _netsim_v1_CreateNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  createNamespace(argument: _netsim_v1_CreateNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  createNamespace(argument: _netsim_v1_CreateNamespaceRequest, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  
  DeleteNamespace(argument: _netsim_v1_DeleteNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  DeleteNamespace(argument: _netsim_v1_DeleteNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  DeleteNamespace(argument: _netsim_v1_DeleteNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  DeleteNamespace(argument: _netsim_v1_DeleteNamespaceRequest, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  deleteNamespace(argument: _netsim_v1_DeleteNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  deleteNamespace(argument: _netsim_v1_DeleteNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  deleteNamespace(argument: _netsim_v1_DeleteNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  deleteNamespace(argument: _netsim_v1_DeleteNamespaceRequest, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  
  GetNamespace(argument: _netsim_v1_GetNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  GetNamespace(argument: _netsim_v1_GetNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  GetNamespace(argument: _netsim_v1_GetNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  GetNamespace(argument: _netsim_v1_GetNamespaceRequest, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  getNamespace(argument: _netsim_v1_GetNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  getNamespace(argument: _netsim_v1_GetNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  getNamespace(argument: _netsim_v1_GetNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  getNamespace(argument: _netsim_v1_GetNamespaceRequest, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  
  ListNamespaces(argument: _netsim_v1_ListNamespacesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaces(argument: _netsim_v1_ListNamespacesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaces(argument: _netsim_v1_ListNamespacesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaces(argument: _netsim_v1_ListNamespacesRequest, callback: grpc.requestCallback<_netsim_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _netsim_v1_ListNamespacesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _netsim_v1_ListNamespacesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _netsim_v1_ListNamespacesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _netsim_v1_ListNamespacesRequest, callback: grpc.requestCallback<_netsim_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateNamespace(argument: _netsim_v1_UpdateNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  UpdateNamespace(argument: _netsim_v1_UpdateNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  UpdateNamespace(argument: _netsim_v1_UpdateNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  UpdateNamespace(argument: _netsim_v1_UpdateNamespaceRequest, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  updateNamespace(argument: _netsim_v1_UpdateNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  updateNamespace(argument: _netsim_v1_UpdateNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  updateNamespace(argument: _netsim_v1_UpdateNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  updateNamespace(argument: _netsim_v1_UpdateNamespaceRequest, callback: grpc.requestCallback<_netsim_v1_Namespace__Output>): grpc.ClientUnaryCall;
  
  WatchNamespaces(argument: _netsim_v1_WatchNamespacesRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchNamespacesResponse__Output>;
  WatchNamespaces(argument: _netsim_v1_WatchNamespacesRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchNamespacesResponse__Output>;
  watchNamespaces(argument: _netsim_v1_WatchNamespacesRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchNamespacesResponse__Output>;
  watchNamespaces(argument: _netsim_v1_WatchNamespacesRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchNamespacesResponse__Output>;
  
}

export interface NamespacesHandlers extends grpc.UntypedServiceImplementation {
  CreateNamespace: grpc.handleUnaryCall<_netsim_v1_CreateNamespaceRequest__Output, _netsim_v1_Namespace>;
  
  DeleteNamespace: grpc.handleUnaryCall<_netsim_v1_DeleteNamespaceRequest__Output, _netsim_v1_Namespace>;
  
  GetNamespace: grpc.handleUnaryCall<_netsim_v1_GetNamespaceRequest__Output, _netsim_v1_Namespace>;
  
  ListNamespaces: grpc.handleUnaryCall<_netsim_v1_ListNamespacesRequest__Output, _netsim_v1_ListNamespacesResponse>;
  
  UpdateNamespace: grpc.handleUnaryCall<_netsim_v1_UpdateNamespaceRequest__Output, _netsim_v1_Namespace>;
  
  WatchNamespaces: grpc.handleServerStreamingCall<_netsim_v1_WatchNamespacesRequest__Output, _netsim_v1_WatchNamespacesResponse>;
  
}

export interface NamespacesDefinition extends grpc.ServiceDefinition {
  CreateNamespace: MethodDefinition<_netsim_v1_CreateNamespaceRequest, _netsim_v1_Namespace, _netsim_v1_CreateNamespaceRequest__Output, _netsim_v1_Namespace__Output>
  DeleteNamespace: MethodDefinition<_netsim_v1_DeleteNamespaceRequest, _netsim_v1_Namespace, _netsim_v1_DeleteNamespaceRequest__Output, _netsim_v1_Namespace__Output>
  GetNamespace: MethodDefinition<_netsim_v1_GetNamespaceRequest, _netsim_v1_Namespace, _netsim_v1_GetNamespaceRequest__Output, _netsim_v1_Namespace__Output>
  ListNamespaces: MethodDefinition<_netsim_v1_ListNamespacesRequest, _netsim_v1_ListNamespacesResponse, _netsim_v1_ListNamespacesRequest__Output, _netsim_v1_ListNamespacesResponse__Output>
  UpdateNamespace: MethodDefinition<_netsim_v1_UpdateNamespaceRequest, _netsim_v1_Namespace, _netsim_v1_UpdateNamespaceRequest__Output, _netsim_v1_Namespace__Output>
  WatchNamespaces: MethodDefinition<_netsim_v1_WatchNamespacesRequest, _netsim_v1_WatchNamespacesResponse, _netsim_v1_WatchNamespacesRequest__Output, _netsim_v1_WatchNamespacesResponse__Output>
}
