import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Event as _netsim_v1_Event, Event__Output as _netsim_v1_Event__Output } from './netsim/v1/Event.js';
import type { EventSource as _netsim_v1_EventSource, EventSource__Output as _netsim_v1_EventSource__Output } from './netsim/v1/EventSource.js';
import type { EventsClient as _netsim_v1_EventsClient, EventsDefinition as _netsim_v1_EventsDefinition } from './netsim/v1/Events.js';
import type { IntOrString as _netsim_v1_IntOrString, IntOrString__Output as _netsim_v1_IntOrString__Output } from './netsim/v1/IntOrString.js';
import type { LabelSelector as _netsim_v1_LabelSelector, LabelSelector__Output as _netsim_v1_LabelSelector__Output } from './netsim/v1/LabelSelector.js';
import type { LabelSelectorRequirement as _netsim_v1_LabelSelectorRequirement, LabelSelectorRequirement__Output as _netsim_v1_LabelSelectorRequirement__Output } from './netsim/v1/LabelSelectorRequirement.js';
import type { ListEventsRequest as _netsim_v1_ListEventsRequest, ListEventsRequest__Output as _netsim_v1_ListEventsRequest__Output } from './netsim/v1/ListEventsRequest.js';
import type { ListEventsResponse as _netsim_v1_ListEventsResponse, ListEventsResponse__Output as _netsim_v1_ListEventsResponse__Output } from './netsim/v1/ListEventsResponse.js';
import type { ObjectMeta as _netsim_v1_ObjectMeta, ObjectMeta__Output as _netsim_v1_ObjectMeta__Output } from './netsim/v1/ObjectMeta.js';
import type { ObjectReference as _netsim_v1_ObjectReference, ObjectReference__Output as _netsim_v1_ObjectReference__Output } from './netsim/v1/ObjectReference.js';
import type { OwnerReference as _netsim_v1_OwnerReference, OwnerReference__Output as _netsim_v1_OwnerReference__Output } from './netsim/v1/OwnerReference.js';
import type { WatchEventsRequest as _netsim_v1_WatchEventsRequest, WatchEventsRequest__Output as _netsim_v1_WatchEventsRequest__Output } from './netsim/v1/WatchEventsRequest.js';
import type { WatchEventsResponse as _netsim_v1_WatchEventsResponse, WatchEventsResponse__Output as _netsim_v1_WatchEventsResponse__Output } from './netsim/v1/WatchEventsResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  netsim: {
    v1: {
      Event: MessageTypeDefinition<_netsim_v1_Event, _netsim_v1_Event__Output>
      EventSource: MessageTypeDefinition<_netsim_v1_EventSource, _netsim_v1_EventSource__Output>
      Events: SubtypeConstructor<typeof grpc.Client, _netsim_v1_EventsClient> & { service: _netsim_v1_EventsDefinition }
      IntOrString: MessageTypeDefinition<_netsim_v1_IntOrString, _netsim_v1_IntOrString__Output>
      LabelSelector: MessageTypeDefinition<_netsim_v1_LabelSelector, _netsim_v1_LabelSelector__Output>
      LabelSelectorRequirement: MessageTypeDefinition<_netsim_v1_LabelSelectorRequirement, _netsim_v1_LabelSelectorRequirement__Output>
      ListEventsRequest: MessageTypeDefinition<_netsim_v1_ListEventsRequest, _netsim_v1_ListEventsRequest__Output>
      ListEventsResponse: MessageTypeDefinition<_netsim_v1_ListEventsResponse, _netsim_v1_ListEventsResponse__Output>
      ObjectMeta: MessageTypeDefinition<_netsim_v1_ObjectMeta, _netsim_v1_ObjectMeta__Output>
      ObjectReference: MessageTypeDefinition<_netsim_v1_ObjectReference, _netsim_v1_ObjectReference__Output>
      OwnerReference: MessageTypeDefinition<_netsim_v1_OwnerReference, _netsim_v1_OwnerReference__Output>
      WatchEventType: EnumTypeDefinition
      WatchEventsRequest: MessageTypeDefinition<_netsim_v1_WatchEventsRequest, _netsim_v1_WatchEventsRequest__Output>
      WatchEventsResponse: MessageTypeDefinition<_netsim_v1_WatchEventsResponse, _netsim_v1_WatchEventsResponse__Output>
    }
  }
}

