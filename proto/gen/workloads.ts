import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Container as _netsim_v1_Container, Container__Output as _netsim_v1_Container__Output } from './netsim/v1/Container.js';
import type { ContainerPort as _netsim_v1_ContainerPort, ContainerPort__Output as _netsim_v1_ContainerPort__Output } from './netsim/v1/ContainerPort.js';
import type { ContainerState as _netsim_v1_ContainerState, ContainerState__Output as _netsim_v1_ContainerState__Output } from './netsim/v1/ContainerState.js';
import type { ContainerStateRunning as _netsim_v1_ContainerStateRunning, ContainerStateRunning__Output as _netsim_v1_ContainerStateRunning__Output } from './netsim/v1/ContainerStateRunning.js';
import type { ContainerStateTerminated as _netsim_v1_ContainerStateTerminated, ContainerStateTerminated__Output as _netsim_v1_ContainerStateTerminated__Output } from './netsim/v1/ContainerStateTerminated.js';
import type { ContainerStateWaiting as _netsim_v1_ContainerStateWaiting, ContainerStateWaiting__Output as _netsim_v1_ContainerStateWaiting__Output } from './netsim/v1/ContainerStateWaiting.js';
import type { ContainerStatus as _netsim_v1_ContainerStatus, ContainerStatus__Output as _netsim_v1_ContainerStatus__Output } from './netsim/v1/ContainerStatus.js';
import type { CreateDeploymentRequest as _netsim_v1_CreateDeploymentRequest, CreateDeploymentRequest__Output as _netsim_v1_CreateDeploymentRequest__Output } from './netsim/v1/CreateDeploymentRequest.js';
import type { CreatePodRequest as _netsim_v1_CreatePodRequest, CreatePodRequest__Output as _netsim_v1_CreatePodRequest__Output } from './netsim/v1/CreatePodRequest.js';
import type { CreateStatefulSetRequest as _netsim_v1_CreateStatefulSetRequest, CreateStatefulSetRequest__Output as _netsim_v1_CreateStatefulSetRequest__Output } from './netsim/v1/CreateStatefulSetRequest.js';
import type { DeleteDeploymentRequest as _netsim_v1_DeleteDeploymentRequest, DeleteDeploymentRequest__Output as _netsim_v1_DeleteDeploymentRequest__Output } from './netsim/v1/DeleteDeploymentRequest.js';
import type { DeletePodRequest as _netsim_v1_DeletePodRequest, DeletePodRequest__Output as _netsim_v1_DeletePodRequest__Output } from './netsim/v1/DeletePodRequest.js';
import type { DeleteStatefulSetRequest as _netsim_v1_DeleteStatefulSetRequest, DeleteStatefulSetRequest__Output as _netsim_v1_DeleteStatefulSetRequest__Output } from './netsim/v1/DeleteStatefulSetRequest.js';
import type { Deployment as _netsim_v1_Deployment, Deployment__Output as _netsim_v1_Deployment__Output } from './netsim/v1/Deployment.js';
import type { DeploymentSpec as _netsim_v1_DeploymentSpec, DeploymentSpec__Output as _netsim_v1_DeploymentSpec__Output } from './netsim/v1/DeploymentSpec.js';
import type { DeploymentStrategy as _netsim_v1_DeploymentStrategy, DeploymentStrategy__Output as _netsim_v1_DeploymentStrategy__Output } from './netsim/v1/DeploymentStrategy.js';
import type { DeploymentsClient as _netsim_v1_DeploymentsClient, DeploymentsDefinition as _netsim_v1_DeploymentsDefinition } from './netsim/v1/Deployments.js';
import type { EnvVar as _netsim_v1_EnvVar, EnvVar__Output as _netsim_v1_EnvVar__Output } from './netsim/v1/EnvVar.js';
import type { EnvVarSource as _netsim_v1_EnvVarSource, EnvVarSource__Output as _netsim_v1_EnvVarSource__Output } from './netsim/v1/EnvVarSource.js';
import type { ExecRequest as _netsim_v1_ExecRequest, ExecRequest__Output as _netsim_v1_ExecRequest__Output } from './netsim/v1/ExecRequest.js';
import type { ExecResponse as _netsim_v1_ExecResponse, ExecResponse__Output as _netsim_v1_ExecResponse__Output } from './netsim/v1/ExecResponse.js';
import type { GetDeploymentRequest as _netsim_v1_GetDeploymentRequest, GetDeploymentRequest__Output as _netsim_v1_GetDeploymentRequest__Output } from './netsim/v1/GetDeploymentRequest.js';
import type { GetPodLogsRequest as _netsim_v1_GetPodLogsRequest, GetPodLogsRequest__Output as _netsim_v1_GetPodLogsRequest__Output } from './netsim/v1/GetPodLogsRequest.js';
import type { GetPodLogsResponse as _netsim_v1_GetPodLogsResponse, GetPodLogsResponse__Output as _netsim_v1_GetPodLogsResponse__Output } from './netsim/v1/GetPodLogsResponse.js';
import type { GetPodRequest as _netsim_v1_GetPodRequest, GetPodRequest__Output as _netsim_v1_GetPodRequest__Output } from './netsim/v1/GetPodRequest.js';
import type { GetStatefulSetRequest as _netsim_v1_GetStatefulSetRequest, GetStatefulSetRequest__Output as _netsim_v1_GetStatefulSetRequest__Output } from './netsim/v1/GetStatefulSetRequest.js';
import type { HostAlias as _netsim_v1_HostAlias, HostAlias__Output as _netsim_v1_HostAlias__Output } from './netsim/v1/HostAlias.js';
import type { HostIP as _netsim_v1_HostIP, HostIP__Output as _netsim_v1_HostIP__Output } from './netsim/v1/HostIP.js';
import type { IntOrString as _netsim_v1_IntOrString, IntOrString__Output as _netsim_v1_IntOrString__Output } from './netsim/v1/IntOrString.js';
import type { LabelSelector as _netsim_v1_LabelSelector, LabelSelector__Output as _netsim_v1_LabelSelector__Output } from './netsim/v1/LabelSelector.js';
import type { LabelSelectorRequirement as _netsim_v1_LabelSelectorRequirement, LabelSelectorRequirement__Output as _netsim_v1_LabelSelectorRequirement__Output } from './netsim/v1/LabelSelectorRequirement.js';
import type { ListDeploymentsRequest as _netsim_v1_ListDeploymentsRequest, ListDeploymentsRequest__Output as _netsim_v1_ListDeploymentsRequest__Output } from './netsim/v1/ListDeploymentsRequest.js';
import type { ListDeploymentsResponse as _netsim_v1_ListDeploymentsResponse, ListDeploymentsResponse__Output as _netsim_v1_ListDeploymentsResponse__Output } from './netsim/v1/ListDeploymentsResponse.js';
import type { ListPodsRequest as _netsim_v1_ListPodsRequest, ListPodsRequest__Output as _netsim_v1_ListPodsRequest__Output } from './netsim/v1/ListPodsRequest.js';
import type { ListPodsResponse as _netsim_v1_ListPodsResponse, ListPodsResponse__Output as _netsim_v1_ListPodsResponse__Output } from './netsim/v1/ListPodsResponse.js';
import type { ListStatefulSetsRequest as _netsim_v1_ListStatefulSetsRequest, ListStatefulSetsRequest__Output as _netsim_v1_ListStatefulSetsRequest__Output } from './netsim/v1/ListStatefulSetsRequest.js';
import type { ListStatefulSetsResponse as _netsim_v1_ListStatefulSetsResponse, ListStatefulSetsResponse__Output as _netsim_v1_ListStatefulSetsResponse__Output } from './netsim/v1/ListStatefulSetsResponse.js';
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
import type { PodTemplateSpec as _netsim_v1_PodTemplateSpec, PodTemplateSpec__Output as _netsim_v1_PodTemplateSpec__Output } from './netsim/v1/PodTemplateSpec.js';
import type { PodsClient as _netsim_v1_PodsClient, PodsDefinition as _netsim_v1_PodsDefinition } from './netsim/v1/Pods.js';
import type { ResourceRequirements as _netsim_v1_ResourceRequirements, ResourceRequirements__Output as _netsim_v1_ResourceRequirements__Output } from './netsim/v1/ResourceRequirements.js';
import type { RollingUpdateDeployment as _netsim_v1_RollingUpdateDeployment, RollingUpdateDeployment__Output as _netsim_v1_RollingUpdateDeployment__Output } from './netsim/v1/RollingUpdateDeployment.js';
import type { RollingUpdateStatefulSetStrategy as _netsim_v1_RollingUpdateStatefulSetStrategy, RollingUpdateStatefulSetStrategy__Output as _netsim_v1_RollingUpdateStatefulSetStrategy__Output } from './netsim/v1/RollingUpdateStatefulSetStrategy.js';
import type { StatefulSet as _netsim_v1_StatefulSet, StatefulSet__Output as _netsim_v1_StatefulSet__Output } from './netsim/v1/StatefulSet.js';
import type { StatefulSetPersistentVolumeClaimRetentionPolicy as _netsim_v1_StatefulSetPersistentVolumeClaimRetentionPolicy, StatefulSetPersistentVolumeClaimRetentionPolicy__Output as _netsim_v1_StatefulSetPersistentVolumeClaimRetentionPolicy__Output } from './netsim/v1/StatefulSetPersistentVolumeClaimRetentionPolicy.js';
import type { StatefulSetSpec as _netsim_v1_StatefulSetSpec, StatefulSetSpec__Output as _netsim_v1_StatefulSetSpec__Output } from './netsim/v1/StatefulSetSpec.js';
import type { StatefulSetUpdateStrategy as _netsim_v1_StatefulSetUpdateStrategy, StatefulSetUpdateStrategy__Output as _netsim_v1_StatefulSetUpdateStrategy__Output } from './netsim/v1/StatefulSetUpdateStrategy.js';
import type { StatefulSetsClient as _netsim_v1_StatefulSetsClient, StatefulSetsDefinition as _netsim_v1_StatefulSetsDefinition } from './netsim/v1/StatefulSets.js';
import type { Toleration as _netsim_v1_Toleration, Toleration__Output as _netsim_v1_Toleration__Output } from './netsim/v1/Toleration.js';
import type { UpdateDeploymentRequest as _netsim_v1_UpdateDeploymentRequest, UpdateDeploymentRequest__Output as _netsim_v1_UpdateDeploymentRequest__Output } from './netsim/v1/UpdateDeploymentRequest.js';
import type { UpdatePodRequest as _netsim_v1_UpdatePodRequest, UpdatePodRequest__Output as _netsim_v1_UpdatePodRequest__Output } from './netsim/v1/UpdatePodRequest.js';
import type { UpdateStatefulSetRequest as _netsim_v1_UpdateStatefulSetRequest, UpdateStatefulSetRequest__Output as _netsim_v1_UpdateStatefulSetRequest__Output } from './netsim/v1/UpdateStatefulSetRequest.js';
import type { WatchDeploymentsRequest as _netsim_v1_WatchDeploymentsRequest, WatchDeploymentsRequest__Output as _netsim_v1_WatchDeploymentsRequest__Output } from './netsim/v1/WatchDeploymentsRequest.js';
import type { WatchDeploymentsResponse as _netsim_v1_WatchDeploymentsResponse, WatchDeploymentsResponse__Output as _netsim_v1_WatchDeploymentsResponse__Output } from './netsim/v1/WatchDeploymentsResponse.js';
import type { WatchPodsRequest as _netsim_v1_WatchPodsRequest, WatchPodsRequest__Output as _netsim_v1_WatchPodsRequest__Output } from './netsim/v1/WatchPodsRequest.js';
import type { WatchPodsResponse as _netsim_v1_WatchPodsResponse, WatchPodsResponse__Output as _netsim_v1_WatchPodsResponse__Output } from './netsim/v1/WatchPodsResponse.js';
import type { WatchStatefulSetsRequest as _netsim_v1_WatchStatefulSetsRequest, WatchStatefulSetsRequest__Output as _netsim_v1_WatchStatefulSetsRequest__Output } from './netsim/v1/WatchStatefulSetsRequest.js';
import type { WatchStatefulSetsResponse as _netsim_v1_WatchStatefulSetsResponse, WatchStatefulSetsResponse__Output as _netsim_v1_WatchStatefulSetsResponse__Output } from './netsim/v1/WatchStatefulSetsResponse.js';
import type { WorkloadCondition as _netsim_v1_WorkloadCondition, WorkloadCondition__Output as _netsim_v1_WorkloadCondition__Output } from './netsim/v1/WorkloadCondition.js';
import type { WorkloadStatus as _netsim_v1_WorkloadStatus, WorkloadStatus__Output as _netsim_v1_WorkloadStatus__Output } from './netsim/v1/WorkloadStatus.js';

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
      CreateDeploymentRequest: MessageTypeDefinition<_netsim_v1_CreateDeploymentRequest, _netsim_v1_CreateDeploymentRequest__Output>
      CreatePodRequest: MessageTypeDefinition<_netsim_v1_CreatePodRequest, _netsim_v1_CreatePodRequest__Output>
      CreateStatefulSetRequest: MessageTypeDefinition<_netsim_v1_CreateStatefulSetRequest, _netsim_v1_CreateStatefulSetRequest__Output>
      DeleteDeploymentRequest: MessageTypeDefinition<_netsim_v1_DeleteDeploymentRequest, _netsim_v1_DeleteDeploymentRequest__Output>
      DeletePodRequest: MessageTypeDefinition<_netsim_v1_DeletePodRequest, _netsim_v1_DeletePodRequest__Output>
      DeleteStatefulSetRequest: MessageTypeDefinition<_netsim_v1_DeleteStatefulSetRequest, _netsim_v1_DeleteStatefulSetRequest__Output>
      Deployment: MessageTypeDefinition<_netsim_v1_Deployment, _netsim_v1_Deployment__Output>
      DeploymentSpec: MessageTypeDefinition<_netsim_v1_DeploymentSpec, _netsim_v1_DeploymentSpec__Output>
      DeploymentStrategy: MessageTypeDefinition<_netsim_v1_DeploymentStrategy, _netsim_v1_DeploymentStrategy__Output>
      Deployments: SubtypeConstructor<typeof grpc.Client, _netsim_v1_DeploymentsClient> & { service: _netsim_v1_DeploymentsDefinition }
      EnvVar: MessageTypeDefinition<_netsim_v1_EnvVar, _netsim_v1_EnvVar__Output>
      EnvVarSource: MessageTypeDefinition<_netsim_v1_EnvVarSource, _netsim_v1_EnvVarSource__Output>
      ExecRequest: MessageTypeDefinition<_netsim_v1_ExecRequest, _netsim_v1_ExecRequest__Output>
      ExecResponse: MessageTypeDefinition<_netsim_v1_ExecResponse, _netsim_v1_ExecResponse__Output>
      GetDeploymentRequest: MessageTypeDefinition<_netsim_v1_GetDeploymentRequest, _netsim_v1_GetDeploymentRequest__Output>
      GetPodLogsRequest: MessageTypeDefinition<_netsim_v1_GetPodLogsRequest, _netsim_v1_GetPodLogsRequest__Output>
      GetPodLogsResponse: MessageTypeDefinition<_netsim_v1_GetPodLogsResponse, _netsim_v1_GetPodLogsResponse__Output>
      GetPodRequest: MessageTypeDefinition<_netsim_v1_GetPodRequest, _netsim_v1_GetPodRequest__Output>
      GetStatefulSetRequest: MessageTypeDefinition<_netsim_v1_GetStatefulSetRequest, _netsim_v1_GetStatefulSetRequest__Output>
      HostAlias: MessageTypeDefinition<_netsim_v1_HostAlias, _netsim_v1_HostAlias__Output>
      HostIP: MessageTypeDefinition<_netsim_v1_HostIP, _netsim_v1_HostIP__Output>
      IntOrString: MessageTypeDefinition<_netsim_v1_IntOrString, _netsim_v1_IntOrString__Output>
      LabelSelector: MessageTypeDefinition<_netsim_v1_LabelSelector, _netsim_v1_LabelSelector__Output>
      LabelSelectorRequirement: MessageTypeDefinition<_netsim_v1_LabelSelectorRequirement, _netsim_v1_LabelSelectorRequirement__Output>
      ListDeploymentsRequest: MessageTypeDefinition<_netsim_v1_ListDeploymentsRequest, _netsim_v1_ListDeploymentsRequest__Output>
      ListDeploymentsResponse: MessageTypeDefinition<_netsim_v1_ListDeploymentsResponse, _netsim_v1_ListDeploymentsResponse__Output>
      ListPodsRequest: MessageTypeDefinition<_netsim_v1_ListPodsRequest, _netsim_v1_ListPodsRequest__Output>
      ListPodsResponse: MessageTypeDefinition<_netsim_v1_ListPodsResponse, _netsim_v1_ListPodsResponse__Output>
      ListStatefulSetsRequest: MessageTypeDefinition<_netsim_v1_ListStatefulSetsRequest, _netsim_v1_ListStatefulSetsRequest__Output>
      ListStatefulSetsResponse: MessageTypeDefinition<_netsim_v1_ListStatefulSetsResponse, _netsim_v1_ListStatefulSetsResponse__Output>
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
      PodTemplateSpec: MessageTypeDefinition<_netsim_v1_PodTemplateSpec, _netsim_v1_PodTemplateSpec__Output>
      Pods: SubtypeConstructor<typeof grpc.Client, _netsim_v1_PodsClient> & { service: _netsim_v1_PodsDefinition }
      ResourceRequirements: MessageTypeDefinition<_netsim_v1_ResourceRequirements, _netsim_v1_ResourceRequirements__Output>
      RollingUpdateDeployment: MessageTypeDefinition<_netsim_v1_RollingUpdateDeployment, _netsim_v1_RollingUpdateDeployment__Output>
      RollingUpdateStatefulSetStrategy: MessageTypeDefinition<_netsim_v1_RollingUpdateStatefulSetStrategy, _netsim_v1_RollingUpdateStatefulSetStrategy__Output>
      StatefulSet: MessageTypeDefinition<_netsim_v1_StatefulSet, _netsim_v1_StatefulSet__Output>
      StatefulSetPersistentVolumeClaimRetentionPolicy: MessageTypeDefinition<_netsim_v1_StatefulSetPersistentVolumeClaimRetentionPolicy, _netsim_v1_StatefulSetPersistentVolumeClaimRetentionPolicy__Output>
      StatefulSetSpec: MessageTypeDefinition<_netsim_v1_StatefulSetSpec, _netsim_v1_StatefulSetSpec__Output>
      StatefulSetUpdateStrategy: MessageTypeDefinition<_netsim_v1_StatefulSetUpdateStrategy, _netsim_v1_StatefulSetUpdateStrategy__Output>
      StatefulSets: SubtypeConstructor<typeof grpc.Client, _netsim_v1_StatefulSetsClient> & { service: _netsim_v1_StatefulSetsDefinition }
      Toleration: MessageTypeDefinition<_netsim_v1_Toleration, _netsim_v1_Toleration__Output>
      UpdateDeploymentRequest: MessageTypeDefinition<_netsim_v1_UpdateDeploymentRequest, _netsim_v1_UpdateDeploymentRequest__Output>
      UpdatePodRequest: MessageTypeDefinition<_netsim_v1_UpdatePodRequest, _netsim_v1_UpdatePodRequest__Output>
      UpdateStatefulSetRequest: MessageTypeDefinition<_netsim_v1_UpdateStatefulSetRequest, _netsim_v1_UpdateStatefulSetRequest__Output>
      WatchDeploymentsRequest: MessageTypeDefinition<_netsim_v1_WatchDeploymentsRequest, _netsim_v1_WatchDeploymentsRequest__Output>
      WatchDeploymentsResponse: MessageTypeDefinition<_netsim_v1_WatchDeploymentsResponse, _netsim_v1_WatchDeploymentsResponse__Output>
      WatchEventType: EnumTypeDefinition
      WatchPodsRequest: MessageTypeDefinition<_netsim_v1_WatchPodsRequest, _netsim_v1_WatchPodsRequest__Output>
      WatchPodsResponse: MessageTypeDefinition<_netsim_v1_WatchPodsResponse, _netsim_v1_WatchPodsResponse__Output>
      WatchStatefulSetsRequest: MessageTypeDefinition<_netsim_v1_WatchStatefulSetsRequest, _netsim_v1_WatchStatefulSetsRequest__Output>
      WatchStatefulSetsResponse: MessageTypeDefinition<_netsim_v1_WatchStatefulSetsResponse, _netsim_v1_WatchStatefulSetsResponse__Output>
      WorkloadCondition: MessageTypeDefinition<_netsim_v1_WorkloadCondition, _netsim_v1_WorkloadCondition__Output>
      WorkloadStatus: MessageTypeDefinition<_netsim_v1_WorkloadStatus, _netsim_v1_WorkloadStatus__Output>
    }
  }
}

