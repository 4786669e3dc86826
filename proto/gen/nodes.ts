import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateNodeRequest as _netsim_v1_CreateNodeRequest, CreateNodeRequest__Output as _netsim_v1_CreateNodeRequest__Output } from './netsim/v1/CreateNodeRequest.js';
import type { DeleteNodeRequest as _netsim_v1_DeleteNodeRequest, DeleteNodeRequest__Output as _netsim_v1_DeleteNodeRequest__Output } from './netsim/v1/DeleteNodeRequest.js';
import type { ExecRequest as _netsim_v1_ExecRequest, ExecRequest__Output as _netsim_v1_ExecRequest__Output } from './netsim/v1/ExecRequest.js';
import type { ExecResponse as _netsim_v1_ExecResponse, ExecResponse__Output as _netsim_v1_ExecResponse__Output } from './netsim/v1/ExecResponse.js';
import type { GetNodeRequest as _netsim_v1_GetNodeRequest, GetNodeRequest__Output as _netsim_v1_GetNodeRequest__Output } from './netsim/v1/GetNodeRequest.js';
import type { IntOrString as _netsim_v1_IntOrString, IntOrString__Output as _netsim_v1_IntOrString__Output } from './netsim/v1/IntOrString.js';
import type { LabelSelector as _netsim_v1_LabelSelector, LabelSelector__Output as _netsim_v1_LabelSelector__Output } from './netsim/v1/LabelSelector.js';
import type { LabelSelectorRequirement as _netsim_v1_LabelSelectorRequirement, LabelSelectorRequirement__Output as _netsim_v1_LabelSelectorRequirement__Output } from './netsim/v1/LabelSelectorRequirement.js';
import type { ListNodesRequest as _netsim_v1_ListNodesRequest, ListNodesRequest__Output as _netsim_v1_ListNodesRequest__Output } from './netsim/v1/ListNodesRequest.js';
import type { ListNodesResponse as _netsim_v1_ListNodesResponse, ListNodesResponse__Output as _netsim_v1_ListNodesResponse__Output } from './netsim/v1/ListNodesResponse.js';
import type { Node as _netsim_v1_Node, Node__Output as _netsim_v1_Node__Output } from './netsim/v1/Node.js';
import type { NodeAddress as _netsim_v1_NodeAddress, NodeAddress__Output as _netsim_v1_NodeAddress__Output } from './netsim/v1/NodeAddress.js';
import type { NodeCondition as _netsim_v1_NodeCondition, NodeCondition__Output as _netsim_v1_NodeCondition__Output } from './netsim/v1/NodeCondition.js';
import type { NodeSpec as _netsim_v1_NodeSpec, NodeSpec__Output as _netsim_v1_NodeSpec__Output } from './netsim/v1/NodeSpec.js';
import type { NodeStatus as _netsim_v1_NodeStatus, NodeStatus__Output as _netsim_v1_NodeStatus__Output } from './netsim/v1/NodeStatus.js';
import type { NodeSystemInfo as _netsim_v1_NodeSystemInfo, NodeSystemInfo__Output as _netsim_v1_NodeSystemInfo__Output } from './netsim/v1/NodeSystemInfo.js';
import type { NodesClient as _netsim_v1_NodesClient, NodesDefinition as _netsim_v1_NodesDefinition } from './netsim/v1/Nodes.js';
import type { ObjectMeta as _netsim_v1_ObjectMeta, ObjectMeta__Output as _netsim_v1_ObjectMeta__Output } from './netsim/v1/ObjectMeta.js';
import type { OwnerReference as _netsim_v1_OwnerReference, OwnerReference__Output as _netsim_v1_OwnerReference__Output } from './netsim/v1/OwnerReference.js';
import type { Taint as _netsim_v1_Taint, Taint__Output as _netsim_v1_Taint__Output } from './netsim/v1/Taint.js';
import type { UpdateNodeRequest as _netsim_v1_UpdateNodeRequest, UpdateNodeRequest__Output as _netsim_v1_UpdateNodeRequest__Output } from './netsim/v1/UpdateNodeRequest.js';
import type { WatchNodesRequest as _netsim_v1_WatchNodesRequest, WatchNodesRequest__Output as _netsim_v1_WatchNodesRequest__Output } from './netsim/v1/WatchNodesRequest.js';
import type { WatchNodesResponse as _netsim_v1_WatchNodesResponse, WatchNodesResponse__Output as _netsim_v1_WatchNodesResponse__Output } from './netsim/v1/WatchNodesResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  netsim: {
    v1: {
      CreateNodeRequest: MessageTypeDefinition<_netsim_v1_CreateNodeRequest, _netsim_v1_CreateNodeRequest__Output>
      DeleteNodeRequest: MessageTypeDefinition<_netsim_v1_DeleteNodeRequest, _netsim_v1_DeleteNodeRequest__Output>
      ExecRequest: MessageTypeDefinition<_netsim_v1_ExecRequest, _netsim_v1_ExecRequest__Output>
      ExecResponse: MessageTypeDefinition<_netsim_v1_ExecResponse, _netsim_v1_ExecResponse__Output>
      GetNodeRequest: MessageTypeDefinition<_netsim_v1_GetNodeRequest, _netsim_v1_GetNodeRequest__Output>
      IntOrString: MessageTypeDefinition<_netsim_v1_IntOrString, _netsim_v1_IntOrString__Output>
      LabelSelector: MessageTypeDefinition<_netsim_v1_LabelSelector, _netsim_v1_LabelSelector__Output>
      LabelSelectorRequirement: MessageTypeDefinition<_netsim_v1_LabelSelectorRequirement, _netsim_v1_LabelSelectorRequirement__Output>
      ListNodesRequest: MessageTypeDefinition<_netsim_v1_ListNodesRequest, _netsim_v1_ListNodesRequest__Output>
      ListNodesResponse: MessageTypeDefinition<_netsim_v1_ListNodesResponse, _netsim_v1_ListNodesResponse__Output>
      Node: MessageTypeDefinition<_netsim_v1_Node, _netsim_v1_Node__Output>
      NodeAddress: MessageTypeDefinition<_netsim_v1_NodeAddress, _netsim_v1_NodeAddress__Output>
      NodeCondition: MessageTypeDefinition<_netsim_v1_NodeCondition, _netsim_v1_NodeCondition__Output>
      NodeSpec: MessageTypeDefinition<_netsim_v1_NodeSpec, _netsim_v1_NodeSpec__Output>
      NodeStatus: MessageTypeDefinition<_netsim_v1_NodeStatus, _netsim_v1_NodeStatus__Output>
      NodeSystemInfo: MessageTypeDefinition<_netsim_v1_NodeSystemInfo, _netsim_v1_NodeSystemInfo__Output>
      Nodes: SubtypeConstructor<typeof grpc.Client, _netsim_v1_NodesClient> & { service: _netsim_v1_NodesDefinition }
      ObjectMeta: MessageTypeDefinition<_netsim_v1_ObjectMeta, _netsim_v1_ObjectMeta__Output>
      OwnerReference: MessageTypeDefinition<_netsim_v1_OwnerReference, _netsim_v1_OwnerReference__Output>
      Taint: MessageTypeDefinition<_netsim_v1_Taint, _netsim_v1_Taint__Output>
      UpdateNodeRequest: MessageTypeDefinition<_netsim_v1_UpdateNodeRequest, _netsim_v1_UpdateNodeRequest__Output>
      WatchEventType: EnumTypeDefinition
      WatchNodesRequest: MessageTypeDefinition<_netsim_v1_WatchNodesRequest, _netsim_v1_WatchNodesRequest__Output>
      WatchNodesResponse: MessageTypeDefinition<_netsim_v1_WatchNodesResponse, _netsim_v1_WatchNodesResponse__Output>
    }
  }
}

