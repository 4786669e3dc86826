// Original file: netsim/v1/workloads.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateDeploymentRequest as _netsim_v1_CreateDeploymentRequest, CreateDeploymentRequest__Output as _netsim_v1_CreateDeploymentRequest__Output } from '../../netsim/v1/CreateDeploymentRequest.js';
import type { DeleteDeploymentRequest as _netsim_v1_DeleteDeploymentRequest, DeleteDeploymentRequest__Output as _netsim_v1_DeleteDeploymentRequest__Output } from '../../netsim/v1/DeleteDeploymentRequest.js';
import type { Deployment as _netsim_v1_Deployment, Deployment__Output as _netsim_v1_Deployment__Output } from '../../netsim/v1/Deployment.js';
import type { GetDeploymentRequest as _netsim_v1_GetDeploymentRequest, GetDeploymentRequest__Output as _netsim_v1_GetDeploymentRequest__Output } from '../../netsim/v1/GetDeploymentRequest.js';
import type { ListDeploymentsRequest as _netsim_v1_ListDeploymentsRequest, ListDeploymentsRequest__Output as _netsim_v1_ListDeploymentsRequest__Output } from '../../netsim/v1/ListDeploymentsRequest.js';
import type { ListDeploymentsResponse as _netsim_v1_ListDeploymentsResponse, ListDeploymentsResponse__Output as _netsim_v1_ListDeploymentsResponse__Output } from '../../netsim/v1/ListDeploymentsResponse.js';
import type { UpdateDeploymentRequest as _netsim_v1_UpdateDeploymentRequest, UpdateDeploymentRequest__Output as _netsim_v1_UpdateDeploymentRequest__Output } from '../../netsim/v1/UpdateDeploymentRequest.js';
import type { WatchDeploymentsRequest as _netsim_v1_WatchDeploymentsRequest, WatchDeploymentsRequest__Output as _netsim_v1_WatchDeploymentsRequest__Output } from '../../netsim/v1/WatchDeploymentsRequest.js';
import type { WatchDeploymentsResponse as _netsim_v1_WatchDeploymentsResponse, WatchDeploymentsResponse__Output as _netsim_v1_WatchDeploymentsResponse__Output } from '../../netsim/v1/WatchDeploymentsResponse.js';

export interface DeploymentsClient extends grpc.Client {
  CreateDeployment(argument: _netsim_v1_CreateDeploymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  CreateDeployment(argument: _netsim_v1_CreateDeploymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  CreateDeployment(argument: _netsim_v1_CreateDeploymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  CreateDeployment(argument: _netsim_v1_CreateDeploymentRequest, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  createDeployment(argument: _netsim_v1_CreateDeploymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  createDeployment(argument: _netsim_v1_CreateDeploymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  createDeployment(argument: _netsim_v1_CreateDeploymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  createDeployment(argument: _netsim_v1_CreateDeploymentRequest, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  
  DeleteDeployment(argument: _netsim_v1_DeleteDeploymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  DeleteDeployment(argument: _netsim_v1_DeleteDeploymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  DeleteDeployment(argument: _netsim_v1_DeleteDeploymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  DeleteDeployment(argument: _netsim_v1_DeleteDeploymentRequest, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  deleteDeployment(argument: _netsim_v1_DeleteDeploymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  deleteDeployment(argument: _netsim_v1_DeleteDeploymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  deleteDeployment(argument: _netsim_v1_DeleteDeploymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  deleteDeployment(argument: _netsim_v1_DeleteDeploymentRequest, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  
  GetDeployment(argument: _netsim_v1_GetDeploymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  GetDeployment(argument: _netsim_v1_GetDeploymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  GetDeployment(argument: _netsim_v1_GetDeploymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  GetDeployment(argument: _netsim_v1_GetDeploymentRequest, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  getDeployment(argument: _netsim_v1_GetDeploymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  getDeployment(argument: _netsim_v1_GetDeploymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  getDeployment(argument: _netsim_v1_GetDeploymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  getDeployment(argument: _netsim_v1_GetDeploymentRequest, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  
  ListDeployments(argument: _netsim_v1_ListDeploymentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListDeploymentsResponse__Output>): grpc.ClientUnaryCall;
  ListDeployments(argument: _netsim_v1_ListDeploymentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ListDeploymentsResponse__Output>): grpc.ClientUnaryCall;
  ListDeployments(argument: _netsim_v1_ListDeploymentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListDeploymentsResponse__Output>): grpc.ClientUnaryCall;
  ListDeployments(argument: _netsim_v1_ListDeploymentsRequest, callback: grpc.requestCallback<_netsim_v1_ListDeploymentsResponse__Output>): grpc.ClientUnaryCall;
  listDeployments(argument: _netsim_v1_ListDeploymentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListDeploymentsResponse__Output>): grpc.ClientUnaryCall;
  listDeployments(argument: _netsim_v1_ListDeploymentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ListDeploymentsResponse__Output>): grpc.ClientUnaryCall;
  listDeployments(argument: _netsim_v1_ListDeploymentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListDeploymentsResponse__Output>): grpc.ClientUnaryCall;
  listDeployments(argument: _netsim_v1_ListDeploymentsRequest, callback: grpc.requestCallback<_netsim_v1_ListDeploymentsResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateDeployment(argument: _netsim_v1_UpdateDeploymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  UpdateDeployment(argument: _netsim_v1_UpdateDeploymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  UpdateDeployment(argument: _netsim_v1_UpdateDeploymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  UpdateDeployment(argument: _netsim_v1_UpdateDeploymentRequest, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  updateDeployment(argument: _netsim_v1_UpdateDeploymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  updateDeployment(argument: _netsim_v1_UpdateDeploymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  updateDeployment(argument: _netsim_v1_UpdateDeploymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  updateDeployment(argument: _netsim_v1_UpdateDeploymentRequest, callback: grpc.requestCallback<_netsim_v1_Deployment__Output>): grpc.ClientUnaryCall;
  
  WatchDeployments(argument: _netsim_v1_WatchDeploymentsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchDeploymentsResponse__Output>;
  WatchDeployments(argument: _netsim_v1_WatchDeploymentsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchDeploymentsResponse__Output>;
  watchDeployments(argument: _netsim_v1_WatchDeploymentsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchDeploymentsResponse__Output>;
  watchDeployments(argument: _netsim_v1_WatchDeploymentsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchDeploymentsResponse__Output>;
  
}

export interface DeploymentsHandlers extends grpc.UntypedServiceImplementation {
  CreateDeployment: grpc.handleUnaryCall<_netsim_v1_CreateDeploymentRequest__Output, _netsim_v1_Deployment>;
  
  DeleteDeployment: grpc.handleUnaryCall<_netsim_v1_DeleteDeploymentRequest__Output, _netsim_v1_Deployment>;
  
  GetDeployment: grpc.handleUnaryCall<_netsim_v1_GetDeploymentRequest__Output, _netsim_v1_Deployment>;
  
  ListDeployments: grpc.handleUnaryCall<_netsim_v1_ListDeploymentsRequest__Output, _netsim_v1_ListDeploymentsResponse>;
  
  UpdateDeployment: grpc.handleUnaryCall<_netsim_v1_UpdateDeploymentRequest__Output, _netsim_v1_Deployment>;
  
  WatchDeployments: grpc.handleServerStreamingCall<_netsim_v1_WatchDeploymentsRequest__Output, _netsim_v1_WatchDeploymentsResponse>;
  
}

export interface DeploymentsDefinition extends grpc.ServiceDefinition {
  CreateDeployment: MethodDefinition<_netsim_v1_CreateDeploymentRequest, _netsim_v1_Deployment, _netsim_v1_CreateDeploymentRequest__Output, _netsim_v1_Deployment__Output>
  DeleteDeployment: MethodDefinition<_netsim_v1_DeleteDeploymentRequest, _netsim_v1_Deployment, _netsim_v1_DeleteDeploymentRequest__Output, _netsim_v1_Deployment__Output>
  GetDeployment: MethodDefinition<_netsim_v1_GetDeploymentRequest, _netsim_v1_Deployment, _netsim_v1_GetDeploymentRequest__Output, _netsim_v1_Deployment__Output>
  ListDeployments: MethodDefinition<_netsim_v1_ListDeploymentsRequest, _netsim_v1_ListDeploymentsResponse, _netsim_v1_ListDeploymentsRequest__Output, _netsim_v1_ListDeploymentsResponse__Output>
  UpdateDeployment: MethodDefinition<_netsim_v1_UpdateDeploymentRequest, _netsim_v1_Deployment, _netsim_v1_UpdateDeploymentRequest__Output, _netsim_v1_Deployment__Output>
  WatchDeployments: MethodDefinition<_netsim_v1_WatchDeploymentsRequest, _netsim_v1_WatchDeploymentsResponse, _netsim_v1_WatchDeploymentsRequest__Output, _netsim_v1_WatchDeploymentsResponse__Output>
}
