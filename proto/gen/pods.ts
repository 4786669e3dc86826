import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Container as _netsim_v1_Container, Container__Output as _netsim_v1_Container__Output } from './netsim/v1/Container.js';
import type { ContainerPort as _netsim_v1_ContainerPort, ContainerPort__Output as _netsim_v1_ContainerPort__Output } from './netsim/v1/ContainerPort.js';
import type { ContainerState as _netsim_v1_ContainerState, ContainerState__Output as _netsim_v1_ContainerState__Output } from './netsim/v1/ContainerState.js';
import type { ContainerStateRunning as _netsim_v1_ContainerStateRunning, ContainerStateRunning__Output as _netsim_v1_ContainerStateRunning__Output } from './netsim/v1/ContainerStateRunning.js';
import type { ContainerStateTerminated as _netsim_v1_ContainerStateTerminated, ContainerStateTerminated__Output as _netsim_v1_ContainerStateTerminated__Output } from './netsim/v1/ContainerStateTerminated.js';
import type { ContainerStateWaiting as _netsim_v1_ContainerStateWaiting, ContainerStateWaiting__Output as _netsim_v1_ContainerStateWaiting__Output } from './netsim/v1/ContainerStateWaiting.js';
import type { ContainerStatus as _netsim_v1_ContainerStatus, ContainerStatus__Output as _netsim_v1_ContainerStatus__Output } from './netsim/v1/ContainerStatus.js';
import type { CreatePodRequest as _netsim_v1_CreatePodRequest, CreatePodRequest__Output as _netsim_v1_CreatePodRequest__Output } from './netsim/v1/CreatePodRequest.js';
import type { DeletePodRequest as _netsim_v1_DeletePodRequest, DeletePodRequest__Output as _netsim_v1_DeletePodRequest__Output } from './netsim/v1/DeletePodRequest.js';
import type { EnvVar as _netsim_v1_EnvVar, EnvVar__Output as _netsim_v1_EnvVar__Output } from './netsim/v1/EnvVar.js';
import type { EnvVarSource as _netsim_v1_EnvVarSource, EnvVarSource__Output as _netsim_v1_EnvVarSource__Output } from './netsim/v1/EnvVarSource.js';
import type { ExecRequest as _netsim_v1_ExecRequest, ExecRequest__Output as _netsim_v1_ExecRequest__Output } from './netsim/v1/ExecRequest.js';
import type { ExecResponse as _netsim_v1_ExecResponse, ExecResponse__Output as _netsim_v1_ExecResponse__Output } from './netsim/v1/ExecResponse.js';
import type { GetPodLogsRequest as _netsim_v1_GetPodLogsRequest, GetPodLogsRequest__Output as _netsim_v1_GetPodLogsRequest__Output } from './netsim/v1/GetPodLogsRequest.js';
import type { GetPodLogsResponse as _netsim_v1_GetPodLogsResponse, GetPodLogsResponse__Output as _netsim_v1_GetPodLogsResponse__Output } from './netsim/v1/GetPodLogsResponse.js';
import type { GetPodRequest as _netsim_v1_GetPodRequest, GetPodRequest__Output as _netsim_v1_GetPodRequest__Output } from './netsim/v1/GetPodRequest.js';
import type { HostAlias as _netsim_v1_HostAlias, HostAlias__Output as _netsim_v1_HostAlias__Output } from './netsim/v1/HostAlias.js';
import type { HostIP as _netsim_v1_HostIP, HostIP__Output as _netsim_v1_HostIP__Output } from './netsim/v1/HostIP.js';
import type { IntOrString as _netsim_v1_IntOrString, IntOrString__Output as _netsim_v1_IntOrString__Output } from './netsim/v1/IntOrString.js';
import type { LabelSelector as _netsim_v1_LabelSelector, LabelSelector__Output as _netsim_v1_LabelSelector__Output } from './netsim/v1/LabelSelector.js';
import type { LabelSelectorRequirement as _netsim_v1_LabelSelectorRequirement, LabelSelectorRequirement__Output as _netsim_v1_LabelSelectorRequirement__Output } from './netsim/v1/LabelSelectorRequirement.js';
import type { ListPodsRequest as _netsim_v1_ListPodsRequest, ListPodsRequest__Output as _netsim_v1_ListPodsRequest__Output } from './netsim/v1/ListPodsRequest.js';
import type { ListPodsResponse as _netsim_v1_ListPodsResponse, ListPodsResponse__Output as _netsim_v1_ListPodsResponse__Output } from './netsim/v1/ListPodsResponse.js';
import type { ObjectFieldSelector as _netsim_v1_ObjectFieldSelector, ObjectFieldSelector__Output as _netsim_v1_ObjectFieldSelector__Output } from './netsim/v1/ObjectFieldSelector.js';
import type { ObjectMeta as _netsim_v1_ObjectMeta, ObjectMeta__Output as _netsim_v1_ObjectMeta__Output } from './netsim/v1/ObjectMeta.js';
import type { OwnerReference as _netsim_v1_OwnerReference, OwnerReference__Output as _netsim_v1_OwnerReference__Output } from './netsim/v1/OwnerReference.js';
import type { Pod as _netsim_v1_Pod, Pod__Output as _netsim_v1_Pod__Output } from './netsim/v1/Pod.js';
import type { PodCondition as _netsim_v1_PodCondition, PodCondition__Output as _netsim_v1_PodCondition__Output } from './netsim/v1/PodCondition.js';
import type { PodDNSConfig as _netsim_v1_PodDNSConfig, PodDNSConfig__Output as _netsim_v1_PodDNSConfig__Output } from './netsim/v1/PodDNSConfig.js';
import type { PodDNSConfigOption as _netsim_v1_PodDNSConfigOption, PodDNSConfigOption__Output as _netsim_v1_PodDNSConfigOption__Output } from './netsim/v1/PodDNSConfigOption.js';
import type { PodIP as _netsim_v1_PodIP, PodIP__Output as _netsim_v1_PodIP__Output } from './netsim/v1/PodIP.js';
import type { PodSecurityContext as _netsim_v1_PodSecurityContext, PodSecurityContext__Output as _netsim_v1_PodSecurityContext__Output } from './netsim/v1/PodSecurityContext.js';
import type { PodSpec as _netsim_v1_PodSpec, PodSpec__Output as _netsim_v1_PodSpec__Output } from './netsim/v1/PodSpec.js';
import type { PodStatus as _netsim_v1_PodStatus, PodStatus__Output as _netsim_v1_PodStatus__Output } from './netsim/v1/PodStatus.js';
import type { PodsClient as _netsim_v1_PodsClient, PodsDefinition as _netsim_v1_PodsDefinition } from './netsim/v1/Pods.js';
import type { ResourceRequirements as _netsim_v1_ResourceRequirements, ResourceRequirements__Output as _netsim_v1_ResourceRequirements__Output } from './netsim/v1/ResourceRequirements.js';
import type { Toleration as _netsim_v1_Toleration, Toleration__Output as _netsim_v1_Toleration__Output } from './netsim/v1/Toleration.js';
import type { UpdatePodRequest as _netsim_v1_UpdatePodRequest, UpdatePodRequest__Output as _netsim_v1_UpdatePodRequest__Output } from './netsim/v1/UpdatePodRequest.js';
import type { WatchPodsRequest as _netsim_v1_WatchPodsRequest, WatchPodsRequest__Output as _netsim_v1_WatchPodsRequest__Output } from './netsim/v1/WatchPodsRequest.js';
import type { WatchPodsResponse as _netsim_v1_WatchPodsResponse, WatchPodsResponse__Output as _netsim_v1_WatchPodsResponse__Output } from './netsim/v1/WatchPodsResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  netsim: {
    v1: {
      Container: MessageTypeDefinition<_netsim_v1_Container, _netsim_v1_Container__Output>
      ContainerPort: MessageTypeDefinition<_netsim_v1_ContainerPort, _netsim_v1_ContainerPort__Output>
      ContainerState: MessageTypeDefinition<_netsim_v1_ContainerState, _netsim_v1_ContainerState__Output>
      ContainerStateRunning: MessageTypeDefinition<_netsim_v1_ContainerStateRunning, _netsim_v1_ContainerStateRunning__Output>
      ContainerStateTerminated: MessageTypeDefinition<_netsim_v1_ContainerStateTerminated, _netsim_v1_ContainerStateTerminated__Output>
      ContainerStateWaiting: MessageTypeDefinition<_netsim_v1_ContainerStateWaiting, _netsim_v1_ContainerStateWaiting__Output>
      ContainerStatus: MessageTypeDefinition<_netsim_v1_ContainerStatus, _netsim_v1_ContainerStatus__Output>
      CreatePodRequest: MessageTypeDefinition<_netsim_v1_CreatePodRequest, _netsim_v1_CreatePodRequest__Output>
      DeletePodRequest: MessageTypeDefinition<_netsim_v1_DeletePodRequest, _netsim_v1_DeletePodRequest__Output>
      EnvVar: MessageTypeDefinition<_netsim_v1_EnvVar, _netsim_v1_EnvVar__Output>
      EnvVarSource: MessageTypeDefinition<_netsim_v1_EnvVarSource, _netsim_v1_EnvVarSource__Output>
      ExecRequest: MessageTypeDefinition<_netsim_v1_ExecRequest, _netsim_v1_ExecRequest__Output>
      ExecResponse: MessageTypeDefinition<_netsim_v1_ExecResponse, _netsim_v1_ExecResponse__Output>
      GetPodLogsRequest: MessageTypeDefinition<_netsim_v1_GetPodLogsRequest, _netsim_v1_GetPodLogsRequest__Output>
      GetPodLogsResponse: MessageTypeDefinition<_netsim_v1_GetPodLogsResponse, _netsim_v1_GetPodLogsResponse__Output>
      GetPodRequest: MessageTypeDefinition<_netsim_v1_GetPodRequest, _netsim_v1_GetPodRequest__Output>
      HostAlias: MessageTypeDefinition<_netsim_v1_HostAlias, _netsim_v1_HostAlias__Output>
      HostIP: MessageTypeDefinition<_netsim_v1_HostIP, _netsim_v1_HostIP__Output>
      IntOrString: MessageTypeDefinition<_netsim_v1_IntOrString, _netsim_v1_IntOrString__Output>
      LabelSelector: MessageTypeDefinition<_netsim_v1_LabelSelector, _netsim_v1_LabelSelector__Output>
      LabelSelectorRequirement: MessageTypeDefinition<_netsim_v1_LabelSelectorRequirement, _netsim_v1_LabelSelectorRequirement__Output>
      ListPodsRequest: MessageTypeDefinition<_netsim_v1_ListPodsRequest, _netsim_v1_ListPodsRequest__Output>
      ListPodsResponse: MessageTypeDefinition<_netsim_v1_ListPodsResponse, _netsim_v1_ListPodsResponse__Output>
      ObjectFieldSelector: MessageTypeDefinition<_netsim_v1_ObjectFieldSelector, _netsim_v1_ObjectFieldSelector__Output>
      ObjectMeta: MessageTypeDefinition<_netsim_v1_ObjectMeta, _netsim_v1_ObjectMeta__Output>
      OwnerReference: MessageTypeDefinition<_netsim_v1_OwnerReference, _netsim_v1_OwnerReference__Output>
      Pod: MessageTypeDefinition<_netsim_v1_Pod, _netsim_v1_Pod__Output>
      PodCondition: MessageTypeDefinition<_netsim_v1_PodCondition, _netsim_v1_PodCondition__Output>
      PodDNSConfig: MessageTypeDefinition<_netsim_v1_PodDNSConfig, _netsim_v1_PodDNSConfig__Output>
      PodDNSConfigOption: MessageTypeDefinition<_netsim_v1_PodDNSConfigOption, _netsim_v1_PodDNSConfigOption__Output>
      PodIP: MessageTypeDefinition<_netsim_v1_PodIP, _netsim_v1_PodIP__Output>
      PodSecurityContext: MessageTypeDefinition<_netsim_v1_PodSecurityContext, _netsim_v1_PodSecurityContext__Output>
      PodSpec: MessageTypeDefinition<_netsim_v1_PodSpec, _netsim_v1_PodSpec__Output>
      PodStatus: MessageTypeDefinition<_netsim_v1_PodStatus, _netsim_v1_PodStatus__Output>
      Pods: SubtypeConstructor<typeof grpc.Client, _netsim_v1_PodsClient> & { service: _netsim_v1_PodsDefinition }
      ResourceRequirements: MessageTypeDefinition<_netsim_v1_ResourceRequirements, _netsim_v1_ResourceRequirements__Output>
      Toleration: MessageTypeDefinition<_netsim_v1_Toleration, _netsim_v1_Toleration__Output>
      UpdatePodRequest: MessageTypeDefinition<_netsim_v1_UpdatePodRequest, _netsim_v1_UpdatePodRequest__Output>
      WatchEventType: EnumTypeDefinition
      WatchPodsRequest: MessageTypeDefinition<_netsim_v1_WatchPodsRequest, _netsim_v1_WatchPodsRequest__Output>
      WatchPodsResponse: MessageTypeDefinition<_netsim_v1_WatchPodsResponse, _netsim_v1_WatchPodsResponse__Output>
    }
  }
}

