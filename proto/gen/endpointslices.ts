import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateEndpointSliceRequest as _netsim_v1_CreateEndpointSliceRequest, CreateEndpointSliceRequest__Output as _netsim_v1_CreateEndpointSliceRequest__Output } from './netsim/v1/CreateEndpointSliceRequest.js';
import type { DeleteEndpointSliceRequest as _netsim_v1_DeleteEndpointSliceRequest, DeleteEndpointSliceRequest__Output as _netsim_v1_DeleteEndpointSliceRequest__Output } from './netsim/v1/DeleteEndpointSliceRequest.js';
import type { Endpoint as _netsim_v1_Endpoint, Endpoint__Output as _netsim_v1_Endpoint__Output } from './netsim/v1/Endpoint.js';
import type { EndpointConditions as _netsim_v1_EndpointConditions, EndpointConditions__Output as _netsim_v1_EndpointConditions__Output } from './netsim/v1/EndpointConditions.js';
import type { EndpointPort as _netsim_v1_EndpointPort, EndpointPort__Output as _netsim_v1_EndpointPort__Output } from './netsim/v1/EndpointPort.js';
import type { EndpointSlice as _netsim_v1_EndpointSlice, EndpointSlice__Output as _netsim_v1_EndpointSlice__Output } from './netsim/v1/EndpointSlice.js';
import type { EndpointSlicesClient as _netsim_v1_EndpointSlicesClient, EndpointSlicesDefinition as _netsim_v1_EndpointSlicesDefinition } from './netsim/v1/EndpointSlices.js';
import type { Event as _netsim_v1_Event, Event__Output as _netsim_v1_Event__Output } from './netsim/v1/Event.js';
import type { EventSource as _netsim_v1_EventSource, EventSource__Output as _netsim_v1_EventSource__Output } from './netsim/v1/EventSource.js';
import type { EventsClient as _netsim_v1_EventsClient, EventsDefinition as _netsim_v1_EventsDefinition } from './netsim/v1/Events.js';
import type { GetEndpointSliceRequest as _netsim_v1_GetEndpointSliceRequest, GetEndpointSliceRequest__Output as _netsim_v1_GetEndpointSliceRequest__Output } from './netsim/v1/GetEndpointSliceRequest.js';
import type { IntOrString as _netsim_v1_IntOrString, IntOrString__Output as _netsim_v1_IntOrString__Output } from './netsim/v1/IntOrString.js';
import type { LabelSelector as _netsim_v1_LabelSelector, LabelSelector__Output as _netsim_v1_LabelSelector__Output } from './netsim/v1/LabelSelector.js';
import type { LabelSelectorRequirement as _netsim_v1_LabelSelectorRequirement, LabelSelectorRequirement__Output as _netsim_v1_LabelSelectorRequirement__Output } from './netsim/v1/LabelSelectorRequirement.js';
import type { ListEndpointSlicesRequest as _netsim_v1_ListEndpointSlicesRequest, ListEndpointSlicesRequest__Output as _netsim_v1_ListEndpointSlicesRequest__Output } from './netsim/v1/ListEndpointSlicesRequest.js';
import type { ListEndpointSlicesResponse as _netsim_v1_ListEndpointSlicesResponse, ListEndpointSlicesResponse__Output as _netsim_v1_ListEndpointSlicesResponse__Output } from './netsim/v1/ListEndpointSlicesResponse.js';
import type { ListEventsRequest as _netsim_v1_ListEventsRequest, ListEventsRequest__Output as _netsim_v1_ListEventsRequest__Output } from './netsim/v1/ListEventsRequest.js';
import type { ListEventsResponse as _netsim_v1_ListEventsResponse, ListEventsResponse__Output as _netsim_v1_ListEventsResponse__Output } from './netsim/v1/ListEventsResponse.js';
import type { ObjectMeta as _netsim_v1_ObjectMeta, ObjectMeta__Output as _netsim_v1_ObjectMeta__Output } from './netsim/v1/ObjectMeta.js';
import type { ObjectReference as _netsim_v1_ObjectReference, ObjectReference__Output as _netsim_v1_ObjectReference__Output } from './netsim/v1/ObjectReference.js';
import type { OwnerReference as _netsim_v1_OwnerReference, OwnerReference__Output as _netsim_v1_OwnerReference__Output } from './netsim/v1/OwnerReference.js';
import type { UpdateEndpointSliceRequest as _netsim_v1_UpdateEndpointSliceRequest, UpdateEndpointSliceRequest__Output as _netsim_v1_UpdateEndpointSliceRequest__Output } from './netsim/v1/UpdateEndpointSliceRequest.js';
import type { WatchEndpointSlicesRequest as _netsim_v1_WatchEndpointSlicesRequest, WatchEndpointSlicesRequest__Output as _netsim_v1_WatchEndpointSlicesRequest__Output } from './netsim/v1/WatchEndpointSlicesRequest.js';
import type { WatchEndpointSlicesResponse as _netsim_v1_WatchEndpointSlicesResponse, WatchEndpointSlicesResponse__Output as _netsim_v1_WatchEndpointSlicesResponse__Output } from './netsim/v1/WatchEndpointSlicesResponse.js';
import type { WatchEventsRequest as _netsim_v1_WatchEventsRequest, WatchEventsRequest__Output as _netsim_v1_WatchEventsRequest__Output } from './netsim/v1/WatchEventsRequest.js';
import type { WatchEventsResponse as _netsim_v1_WatchEventsResponse, WatchEventsResponse__Output as _netsim_v1_WatchEventsResponse__Output } from './netsim/v1/WatchEventsResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  netsim: {
    v1: {
      CreateEndpointSliceRequest: MessageTypeDefinition<_netsim_v1_CreateEndpointSliceRequest, _netsim_v1_CreateEndpointSliceRequest__Output>
      DeleteEndpointSliceRequest: MessageTypeDefinition<_netsim_v1_DeleteEndpointSliceRequest, _netsim_v1_DeleteEndpointSliceRequest__Output>
      Endpoint: MessageTypeDefinition<_netsim_v1_Endpoint, _netsim_v1_Endpoint__Output>
      EndpointConditions: MessageTypeDefinition<_netsim_v1_EndpointConditions, _netsim_v1_EndpointConditions__Output>
      EndpointPort: MessageTypeDefinition<_netsim_v1_EndpointPort, _netsim_v1_EndpointPort__Output>
      EndpointSlice: MessageTypeDefinition<_netsim_v1_EndpointSlice, _netsim_v1_EndpointSlice__Output>
      EndpointSlices: SubtypeConstructor<typeof grpc.Client, _netsim_v1_EndpointSlicesClient> & { service: _netsim_v1_EndpointSlicesDefinition }
      Event: MessageTypeDefinition<_netsim_v1_Event, _netsim_v1_Event__Output>
      EventSource: MessageTypeDefinition<_netsim_v1_EventSource, _netsim_v1_EventSource__Output>
      Events: SubtypeConstructor<typeof grpc.Client, _netsim_v1_EventsClient> & { service: _netsim_v1_EventsDefinition }
      GetEndpointSliceRequest: MessageTypeDefinition<_netsim_v1_GetEndpointSliceRequest, _netsim_v1_GetEndpointSliceRequest__Output>
      IntOrString: MessageTypeDefinition<_netsim_v1_IntOrString, _netsim_v1_IntOrString__Output>
      LabelSelector: MessageTypeDefinition<_netsim_v1_LabelSelector, _netsim_v1_LabelSelector__Output>
      LabelSelectorRequirement: MessageTypeDefinition<_netsim_v1_LabelSelectorRequirement, _netsim_v1_LabelSelectorRequirement__Output>
      ListEndpointSlicesRequest: MessageTypeDefinition<_netsim_v1_ListEndpointSlicesRequest, _netsim_v1_ListEndpointSlicesRequest__Output>
      ListEndpointSlicesResponse: MessageTypeDefinition<_netsim_v1_ListEndpointSlicesResponse, _netsim_v1_ListEndpointSlicesResponse__Output>
      ListEventsRequest: MessageTypeDefinition<_netsim_v1_ListEventsRequest, _netsim_v1_ListEventsRequest__Output>
      ListEventsResponse: MessageTypeDefinition<_netsim_v1_ListEventsResponse, _netsim_v1_ListEventsResponse__Output>
      ObjectMeta: MessageTypeDefinition<_netsim_v1_ObjectMeta, _netsim_v1_ObjectMeta__Output>
      ObjectReference: MessageTypeDefinition<_netsim_v1_ObjectReference, _netsim_v1_ObjectReference__Output>
      OwnerReference: MessageTypeDefinition<_netsim_v1_OwnerReference, _netsim_v1_OwnerReference__Output>
      UpdateEndpointSliceRequest: MessageTypeDefinition<_netsim_v1_UpdateEndpointSliceRequest, _netsim_v1_UpdateEndpointSliceRequest__Output>
      WatchEndpointSlicesRequest: MessageTypeDefinition<_netsim_v1_WatchEndpointSlicesRequest, _netsim_v1_WatchEndpointSlicesRequest__Output>
      WatchEndpointSlicesResponse: MessageTypeDefinition<_netsim_v1_WatchEndpointSlicesResponse, _netsim_v1_WatchEndpointSlicesResponse__Output>
      WatchEventType: EnumTypeDefinition
      WatchEventsRequest: MessageTypeDefinition<_netsim_v1_WatchEventsRequest, _netsim_v1_WatchEventsRequest__Output>
      WatchEventsResponse: MessageTypeDefinition<_netsim_v1_WatchEventsResponse, _netsim_v1_WatchEventsResponse__Output>
    }
  }
}

