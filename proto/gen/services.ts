import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { ClientIPConfig as _netsim_v1_ClientIPConfig, ClientIPConfig__Output as _netsim_v1_ClientIPConfig__Output } from './netsim/v1/ClientIPConfig.js';
import type { CreateServiceRequest as _netsim_v1_CreateServiceRequest, CreateServiceRequest__Output as _netsim_v1_CreateServiceRequest__Output } from './netsim/v1/CreateServiceRequest.js';
import type { DeleteServiceRequest as _netsim_v1_DeleteServiceRequest, DeleteServiceRequest__Output as _netsim_v1_DeleteServiceRequest__Output } from './netsim/v1/DeleteServiceRequest.js';
import type { GetServiceRequest as _netsim_v1_GetServiceRequest, GetServiceRequest__Output as _netsim_v1_GetServiceRequest__Output } from './netsim/v1/GetServiceRequest.js';
import type { IntOrString as _netsim_v1_IntOrString, IntOrString__Output as _netsim_v1_IntOrString__Output } from './netsim/v1/IntOrString.js';
import type { LabelSelector as _netsim_v1_LabelSelector, LabelSelector__Output as _netsim_v1_LabelSelector__Output } from './netsim/v1/LabelSelector.js';
import type { LabelSelectorRequirement as _netsim_v1_LabelSelectorRequirement, LabelSelectorRequirement__Output as _netsim_v1_LabelSelectorRequirement__Output } from './netsim/v1/LabelSelectorRequirement.js';
import type { ListServicesRequest as _netsim_v1_ListServicesRequest, ListServicesRequest__Output as _netsim_v1_ListServicesRequest__Output } from './netsim/v1/ListServicesRequest.js';
import type { ListServicesResponse as _netsim_v1_ListServicesResponse, ListServicesResponse__Output as _netsim_v1_ListServicesResponse__Output } from './netsim/v1/ListServicesResponse.js';
import type { LoadBalancerIngress as _netsim_v1_LoadBalancerIngress, LoadBalancerIngress__Output as _netsim_v1_LoadBalancerIngress__Output } from './netsim/v1/LoadBalancerIngress.js';
import type { LoadBalancerStatus as _netsim_v1_LoadBalancerStatus, LoadBalancerStatus__Output as _netsim_v1_LoadBalancerStatus__Output } from './netsim/v1/LoadBalancerStatus.js';
import type { ObjectMeta as _netsim_v1_ObjectMeta, ObjectMeta__Output as _netsim_v1_ObjectMeta__Output } from './netsim/v1/ObjectMeta.js';
import type { OwnerReference as _netsim_v1_OwnerReference, OwnerReference__Output as _netsim_v1_OwnerReference__Output } from './netsim/v1/OwnerReference.js';
import type { Service as _netsim_v1_Service, Service__Output as _netsim_v1_Service__Output } from './netsim/v1/Service.js';
import type { ServicePort as _netsim_v1_ServicePort, ServicePort__Output as _netsim_v1_ServicePort__Output } from './netsim/v1/ServicePort.js';
import type { ServiceSpec as _netsim_v1_ServiceSpec, ServiceSpec__Output as _netsim_v1_ServiceSpec__Output } from './netsim/v1/ServiceSpec.js';
import type { ServiceStatus as _netsim_v1_ServiceStatus, ServiceStatus__Output as _netsim_v1_ServiceStatus__Output } from './netsim/v1/ServiceStatus.js';
import type { ServicesClient as _netsim_v1_ServicesClient, ServicesDefinition as _netsim_v1_ServicesDefinition } from './netsim/v1/Services.js';
import type { SessionAffinityConfig as _netsim_v1_SessionAffinityConfig, SessionAffinityConfig__Output as _netsim_v1_SessionAffinityConfig__Output } from './netsim/v1/SessionAffinityConfig.js';
import type { UpdateServiceRequest as _netsim_v1_UpdateServiceRequest, UpdateServiceRequest__Output as _netsim_v1_UpdateServiceRequest__Output } from './netsim/v1/UpdateServiceRequest.js';
import type { WatchServicesRequest as _netsim_v1_WatchServicesRequest, WatchServicesRequest__Output as _netsim_v1_WatchServicesRequest__Output } from './netsim/v1/WatchServicesRequest.js';
import type { WatchServicesResponse as _netsim_v1_WatchServicesResponse, WatchServicesResponse__Output as _netsim_v1_WatchServicesResponse__Output } from './netsim/v1/WatchServicesResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  netsim: {
    v1: {
      ClientIPConfig: MessageTypeDefinition<_netsim_v1_ClientIPConfig, _netsim_v1_ClientIPConfig__Output>
      CreateServiceRequest: MessageTypeDefinition<_netsim_v1_CreateServiceRequest, _netsim_v1_CreateServiceRequest__Output>
      DeleteServiceRequest: MessageTypeDefinition<_netsim_v1_DeleteServiceRequest, _netsim_v1_DeleteServiceRequest__Output>
      GetServiceRequest: MessageTypeDefinition<_netsim_v1_GetServiceRequest, _netsim_v1_GetServiceRequest__Output>
      IntOrString: MessageTypeDefinition<_netsim_v1_IntOrString, _netsim_v1_IntOrString__Output>
      LabelSelector: MessageTypeDefinition<_netsim_v1_LabelSelector, _netsim_v1_LabelSelector__Output>
      LabelSelectorRequirement: MessageTypeDefinition<_netsim_v1_LabelSelectorRequirement, _netsim_v1_LabelSelectorRequirement__Output>
      ListServicesRequest: MessageTypeDefinition<_netsim_v1_ListServicesRequest, _netsim_v1_ListServicesRequest__Output>
      ListServicesResponse: MessageTypeDefinition<_netsim_v1_ListServicesResponse, _netsim_v1_ListServicesResponse__Output>
      LoadBalancerIngress: MessageTypeDefinition<_netsim_v1_LoadBalancerIngress, _netsim_v1_LoadBalancerIngress__Output>
      LoadBalancerStatus: MessageTypeDefinition<_netsim_v1_LoadBalancerStatus, _netsim_v1_LoadBalancerStatus__Output>
      ObjectMeta: MessageTypeDefinition<_netsim_v1_ObjectMeta, _netsim_v1_ObjectMeta__Output>
      OwnerReference: MessageTypeDefinition<_netsim_v1_OwnerReference, _netsim_v1_OwnerReference__Output>
      Service: MessageTypeDefinition<_netsim_v1_Service, _netsim_v1_Service__Output>
      ServicePort: MessageTypeDefinition<_netsim_v1_ServicePort, _netsim_v1_ServicePort__Output>
      ServiceSpec: MessageTypeDefinition<_netsim_v1_ServiceSpec, _netsim_v1_ServiceSpec__Output>
      ServiceStatus: MessageTypeDefinition<_netsim_v1_ServiceStatus, _netsim_v1_ServiceStatus__Output>
      Services: SubtypeConstructor<typeof grpc.Client, _netsim_v1_ServicesClient> & { service: _netsim_v1_ServicesDefinition }
      SessionAffinityConfig: MessageTypeDefinition<_netsim_v1_SessionAffinityConfig, _netsim_v1_SessionAffinityConfig__Output>
      UpdateServiceRequest: MessageTypeDefinition<_netsim_v1_UpdateServiceRequest, _netsim_v1_UpdateServiceRequest__Output>
      WatchEventType: EnumTypeDefinition
      WatchServicesRequest: MessageTypeDefinition<_netsim_v1_WatchServicesRequest, _netsim_v1_WatchServicesRequest__Output>
      WatchServicesResponse: MessageTypeDefinition<_netsim_v1_WatchServicesResponse, _netsim_v1_WatchServicesResponse__Output>
    }
  }
}

