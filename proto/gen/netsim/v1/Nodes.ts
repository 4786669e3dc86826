// Original file: netsim/v1/nodes.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateNodeRequest as _netsim_v1_CreateNodeRequest, CreateNodeRequest__Output as _netsim_v1_CreateNodeRequest__Output } from '../../netsim/v1/CreateNodeRequest.js';
import type { DeleteNodeRequest as _netsim_v1_DeleteNodeRequest, DeleteNodeRequest__Output as _netsim_v1_DeleteNodeRequest__Output } from '../../netsim/v1/DeleteNodeRequest.js';
import type { ExecRequest as _netsim_v1_ExecRequest, ExecRequest__Output as _netsim_v1_ExecRequest__Output } from '../../netsim/v1/ExecRequest.js';
import type { ExecResponse as _netsim_v1_ExecResponse, ExecResponse__Output as _netsim_v1_ExecResponse__Output } from '../../netsim/v1/ExecResponse.js';
import type { GetNodeRequest as _netsim_v1_GetNodeRequest, GetNodeRequest__Output as _netsim_v1_GetNodeRequest__Output } from '../../netsim/v1/GetNodeRequest.js';
import type { ListNodesRequest as _netsim_v1_ListNodesRequest, ListNodesRequest__Output as _netsim_v1_ListNodesRequest__Output } from '../../netsim/v1/ListNodesRequest.js';
import type { ListNodesResponse as _netsim_v1_ListNodesResponse, ListNodesResponse__Output as _netsim_v1_ListNodesResponse__Output } from '../../netsim/v1/ListNodesResponse.js';
import type { Node as _netsim_v1_Node, Node__Output as _netsim_v1_Node__Output } from '../../netsim/v1/Node.js';
import type { UpdateNodeRequest as _netsim_v1_UpdateNodeRequest, UpdateNodeRequest__Output as _netsim_v1_UpdateNodeRequest__Output } from '../../netsim/v1/UpdateNodeRequest.js';
import type { WatchNodesRequest as _netsim_v1_WatchNodesRequest, WatchNodesRequest__Output as _netsim_v1_WatchNodesRequest__Output } from '../../netsim/v1/WatchNodesRequest.js';
import type { WatchNodesResponse as _netsim_v1_WatchNodesResponse, WatchNodesResponse__Output as _netsim_v1_WatchNodesResponse__Output } from '../../netsim/v1/WatchNodesResponse.js';

export interface NodesClient extends grpc.Client {
  CreateNode(argument: _netsim_v1_CreateNodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  CreateNode(argument: _netsim_v1_CreateNodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  CreateNode(argument: _netsim_v1_CreateNodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  CreateNode(argument: _netsim_v1_CreateNodeRequest, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  createNode(argument: _netsim_v1_CreateNodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  createNode(argument: _netsim_v1_CreateNodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  createNode(argument: _netsim_v1_CreateNodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  createNode(argument: _netsim_v1_CreateNodeRequest, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  
  DeleteNode(argument: _netsim_v1_DeleteNodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  DeleteNode(argument: _netsim_v1_DeleteNodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  DeleteNode(argument: _netsim_v1_DeleteNodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  DeleteNode(argument: _netsim_v1_DeleteNodeRequest, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  deleteNode(argument: _netsim_v1_DeleteNodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  deleteNode(argument: _netsim_v1_DeleteNodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  deleteNode(argument: _netsim_v1_DeleteNodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  deleteNode(argument: _netsim_v1_DeleteNodeRequest, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  
  Exec(argument: _netsim_v1_ExecRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_ExecResponse__Output>;
  Exec(argument: _netsim_v1_ExecRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_ExecResponse__Output>;
  exec(argument: _netsim_v1_ExecRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_ExecResponse__Output>;
  exec(argument: _netsim_v1_ExecRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_ExecResponse__Output>;
  
  GetNode(argument: _netsim_v1_GetNodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  GetNode(argument: _netsim_v1_GetNodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  GetNode(argument: _netsim_v1_GetNodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  GetNode(argument: _netsim_v1_GetNodeRequest, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  getNode(argument: _netsim_v1_GetNodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  getNode(argument: _netsim_v1_GetNodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  getNode(argument: _netsim_v1_GetNodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  getNode(argument: _netsim_v1_GetNodeRequest, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  
  ListNodes(argument: _netsim_v1_ListNodesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListNodesResponse__Output>): grpc.ClientUnaryCall;
  ListNodes(argument: _netsim_v1_ListNodesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ListNodesResponse__Output>): grpc.ClientUnaryCall;
  ListNodes(argument: _netsim_v1_ListNodesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListNodesResponse__Output>): grpc.ClientUnaryCall;
  ListNodes(argument: _netsim_v1_ListNodesRequest, callback: grpc.requestCallback<_netsim_v1_ListNodesResponse__Output>): grpc.ClientUnaryCall;
  listNodes(argument: _netsim_v1_ListNodesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListNodesResponse__Output>): grpc.ClientUnaryCall;
  listNodes(argument: _netsim_v1_ListNodesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ListNodesResponse__Output>): grpc.ClientUnaryCall;
  listNodes(argument: _netsim_v1_ListNodesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListNodesResponse__Output>): grpc.ClientUnaryCall;
  listNodes(argument: _netsim_v1_ListNodesRequest, callback: grpc.requestCallback<_netsim_v1_ListNodesResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateNode(argument: _netsim_v1_UpdateNodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  UpdateNode(argument: _netsim_v1_UpdateNodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  UpdateNode(argument: _netsim_v1_UpdateNodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  UpdateNode(argument: _netsim_v1_UpdateNodeRequest, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  updateNode(argument: _netsim_v1_UpdateNodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  updateNode(argument: _netsim_v1_UpdateNodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  updateNode(argument: _netsim_v1_UpdateNodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  updateNode(argument: _netsim_v1_UpdateNodeRequest, callback: grpc.requestCallback<_netsim_v1_Node__Output>): grpc.ClientUnaryCall;
  
  WatchNodes(argument: _netsim_v1_WatchNodesRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchNodesResponse__Output>;
  WatchNodes(argument: _netsim_v1_WatchNodesRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchNodesResponse__Output>;
  watchNodes(argument: _netsim_v1_WatchNodesRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchNodesResponse__Output>;
  watchNodes(argument: _netsim_v1_WatchNodesRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchNodesResponse__Output>;
  
}

export interface NodesHandlers extends grpc.UntypedServiceImplementation {
  CreateNode: grpc.handleUnaryCall<_netsim_v1_CreateNodeRequest__Output, _netsim_v1_Node>;
  
  DeleteNode: grpc.handleUnaryCall<_netsim_v1_DeleteNodeRequest__Output, _netsim_v1_Node>;
  
  Exec: grpc.handleServerStreamingCall<_netsim_v1_ExecRequest__Output, _netsim_v1_ExecResponse>;
  
  GetNode: grpc.handleUnaryCall<_netsim_v1_GetNodeRequest__Output, _netsim_v1_Node>;
  
  ListNodes: grpc.handleUnaryCall<_netsim_v1_ListNodesRequest__Output, _netsim_v1_ListNodesResponse>;
  
  UpdateNode: grpc.handleUnaryCall<_netsim_v1_UpdateNodeRequest__Output, _netsim_v1_Node>;
  
  WatchNodes: grpc.handleServerStreamingCall<_netsim_v1_WatchNodesRequest__Output, _netsim_v1_WatchNodesResponse>;
  
}

export interface NodesDefinition extends grpc.ServiceDefinition {
  CreateNode: MethodDefinition<_netsim_v1_CreateNodeRequest, _netsim_v1_Node, _netsim_v1_CreateNodeRequest__Output, _netsim_v1_Node__Output>
  DeleteNode: MethodDefinition<_netsim_v1_DeleteNodeRequest, _netsim_v1_Node, _netsim_v1_DeleteNodeRequest__Output, _netsim_v1_Node__Output>
  Exec: MethodDefinition<_netsim_v1_ExecRequest, _netsim_v1_ExecResponse, _netsim_v1_ExecRequest__Output, _netsim_v1_ExecResponse__Output>
  GetNode: MethodDefinition<_netsim_v1_GetNodeRequest, _netsim_v1_Node, _netsim_v1_GetNodeRequest__Output, _netsim_v1_Node__Output>
  ListNodes: MethodDefinition<_netsim_v1_ListNodesRequest, _netsim_v1_ListNodesResponse, _netsim_v1_ListNodesRequest__Output, _netsim_v1_ListNodesResponse__Output>
  UpdateNode: MethodDefinition<_netsim_v1_UpdateNodeRequest, _netsim_v1_Node, _netsim_v1_UpdateNodeRequest__Output, _netsim_v1_Node__Output>
  WatchNodes: MethodDefinition<_netsim_v1_WatchNodesRequest, _netsim_v1_WatchNodesResponse, _netsim_v1_WatchNodesRequest__Output, _netsim_v1_WatchNodesResponse__Output>
}
