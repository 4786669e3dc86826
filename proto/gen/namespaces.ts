import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateNamespaceRequest as _netsim_v1_CreateNamespaceRequest, CreateNamespaceRequest__Output as _netsim_v1_CreateNamespaceRequest__Output } from './netsim/v1/CreateNamespaceRequest.js';
import type { DeleteNamespaceRequest as _netsim_v1_DeleteNamespaceRequest, DeleteNamespaceRequest__Output as _netsim_v1_DeleteNamespaceRequest__Output } from './netsim/v1/DeleteNamespaceRequest.js';
import type { GetNamespaceRequest as _netsim_v1_GetNamespaceRequest, GetNamespaceRequest__Output as _netsim_v1_GetNamespaceRequest__Output } from './netsim/v1/GetNamespaceRequest.js';
import type { IntOrString as _netsim_v1_IntOrString, IntOrString__Output as _netsim_v1_IntOrString__Output } from './netsim/v1/IntOrString.js';
import type { LabelSelector as _netsim_v1_LabelSelector, LabelSelector__Output as _netsim_v1_LabelSelector__Output } from './netsim/v1/LabelSelector.js';
import type { LabelSelectorRequirement as _netsim_v1_LabelSelectorRequirement, LabelSelectorRequirement__Output as _netsim_v1_LabelSelectorRequirement__Output } from './netsim/v1/LabelSelectorRequirement.js';
import type { ListNamespacesRequest as _netsim_v1_ListNamespacesRequest, ListNamespacesRequest__Output as _netsim_v1_ListNamespacesRequest__Output } from './netsim/v1/ListNamespacesRequest.js';
import type { ListNamespacesResponse as _netsim_v1_ListNamespacesResponse, ListNamespacesResponse__Output as _netsim_v1_ListNamespacesResponse__Output } from './netsim/v1/ListNamespacesResponse.js';
import type { Namespace as _netsim_v1_Namespace, Namespace__Output as _netsim_v1_Namespace__Output } from './netsim/v1/Namespace.js';
import type { NamespaceSpec as _netsim_v1_NamespaceSpec, NamespaceSpec__Output as _netsim_v1_NamespaceSpec__Output } from './netsim/v1/NamespaceSpec.js';
import type { NamespaceStatus as _netsim_v1_NamespaceStatus, NamespaceStatus__Output as _netsim_v1_NamespaceStatus__Output } from './netsim/v1/NamespaceStatus.js';
import type { NamespacesClient as _netsim_v1_NamespacesClient, NamespacesDefinition as _netsim_v1_NamespacesDefinition } from './netsim/v1/Namespaces.js';
import type { ObjectMeta as _netsim_v1_ObjectMeta, ObjectMeta__Output as _netsim_v1_ObjectMeta__Output } from './netsim/v1/ObjectMeta.js';
import type { OwnerReference as _netsim_v1_OwnerReference, OwnerReference__Output as _netsim_v1_OwnerReference__Output } from './netsim/v1/OwnerReference.js';
import type { UpdateNamespaceRequest as _netsim_v1_UpdateNamespaceRequest, UpdateNamespaceRequest__Output as _netsim_v1_UpdateNamespaceRequest__Output } from './netsim/v1/UpdateNamespaceRequest.js';
import type { WatchNamespacesRequest as _netsim_v1_WatchNamespacesRequest, WatchNamespacesRequest__Output as _netsim_v1_WatchNamespacesRequest__Output } from './netsim/v1/WatchNamespacesRequest.js';
import type { WatchNamespacesResponse as _netsim_v1_WatchNamespacesResponse, WatchNamespacesResponse__Output as _netsim_v1_WatchNamespacesResponse__Output } from './netsim/v1/WatchNamespacesResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  netsim: {
    v1: {
      CreateNamespaceRequest: MessageTypeDefinition<_netsim_v1_CreateNamespaceRequest, _netsim_v1_CreateNamespaceRequest__Output>
      DeleteNamespaceRequest: MessageTypeDefinition<_netsim_v1_DeleteNamespaceRequest, _netsim_v1_DeleteNamespaceRequest__Output>
      GetNamespaceRequest: MessageTypeDefinition<_netsim_v1_GetNamespaceRequest, _netsim_v1_GetNamespaceRequest__Output>
      IntOrString: MessageTypeDefinition<_netsim_v1_IntOrString, _netsim_v1_IntOrString__Output>
      LabelSelector: MessageTypeDefinition<_netsim_v1_LabelSelector, _netsim_v1_LabelSelector__Output>
      LabelSelectorRequirement: MessageTypeDefinition<_netsim_v1_LabelSelectorRequirement, _netsim_v1_LabelSelectorRequirement__Output>
      ListNamespacesRequest: MessageTypeDefinition<_netsim_v1_ListNamespacesRequest, _netsim_v1_ListNamespacesRequest__Output>
      ListNamespacesResponse: MessageTypeDefinition<_netsim_v1_ListNamespacesResponse, _netsim_v1_ListNamespacesResponse__Output>
      Namespace: MessageTypeDefinition<_netsim_v1_Namespace, _netsim_v1_Namespace__Output>
      NamespaceSpec: MessageTypeDefinition<_netsim_v1_NamespaceSpec, _netsim_v1_NamespaceSpec__Output>
      NamespaceStatus: MessageTypeDefinition<_netsim_v1_NamespaceStatus, _netsim_v1_NamespaceStatus__Output>
      Namespaces: SubtypeConstructor<typeof grpc.Client, _netsim_v1_NamespacesClient> & { service: _netsim_v1_NamespacesDefinition }
      ObjectMeta: MessageTypeDefinition<_netsim_v1_ObjectMeta, _netsim_v1_ObjectMeta__Output>
      OwnerReference: MessageTypeDefinition<_netsim_v1_OwnerReference, _netsim_v1_OwnerReference__Output>
      UpdateNamespaceRequest: MessageTypeDefinition<_netsim_v1_UpdateNamespaceRequest, _netsim_v1_UpdateNamespaceRequest__Output>
      WatchEventType: EnumTypeDefinition
      WatchNamespacesRequest: MessageTypeDefinition<_netsim_v1_WatchNamespacesRequest, _netsim_v1_WatchNamespacesRequest__Output>
      WatchNamespacesResponse: MessageTypeDefinition<_netsim_v1_WatchNamespacesResponse, _netsim_v1_WatchNamespacesResponse__Output>
    }
  }
}

