// Original file: netsim/v1/events.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ListEventsRequest as _netsim_v1_ListEventsRequest, ListEventsRequest__Output as _netsim_v1_ListEventsRequest__Output } from '../../netsim/v1/ListEventsRequest.js';
import type { ListEventsResponse as _netsim_v1_ListEventsResponse, ListEventsResponse__Output as _netsim_v1_ListEventsResponse__Output } from '../../netsim/v1/ListEventsResponse.js';
import type { WatchEventsRequest as _netsim_v1_WatchEventsRequest, WatchEventsRequest__Output as _netsim_v1_WatchEventsRequest__Output } from '../../netsim/v1/WatchEventsRequest.js';
import type { WatchEventsResponse as _netsim_v1_WatchEventsResponse, WatchEventsResponse__Output as _netsim_v1_WatchEventsResponse__Output } from '../../netsim/v1/WatchEventsResponse.js';

export interface EventsClient extends grpc.Client {
  ListEvents(argument: _netsim_v1_ListEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  ListEvents(argument: _netsim_v1_ListEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  ListEvents(argument: _netsim_v1_ListEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  ListEvents(argument: _netsim_v1_ListEventsRequest, callback: grpc.requestCallback<_netsim_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  listEvents(argument: _netsim_v1_ListEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  listEvents(argument: _netsim_v1_ListEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  listEvents(argument: _netsim_v1_ListEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  listEvents(argument: _netsim_v1_ListEventsRequest, callback: grpc.requestCallback<_netsim_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  
  WatchEvents(argument: _netsim_v1_WatchEventsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchEventsResponse__Output>;
  WatchEvents(argument: _netsim_v1_WatchEventsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchEventsResponse__Output>;
  watchEvents(argument: _netsim_v1_WatchEventsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchEventsResponse__Output>;
  watchEvents(argument: _netsim_v1_WatchEventsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_WatchEventsResponse__Output>;
  
}

export interface EventsHandlers extends grpc.UntypedServiceImplementation {
  ListEvents: grpc.handleUnaryCall<_netsim_v1_ListEventsRequest__Output, _netsim_v1_ListEventsResponse>;
  
  WatchEvents: grpc.handleServerStreamingCall<_netsim_v1_WatchEventsRequest__Output, _netsim_v1_WatchEventsResponse>;
  
}

export interface EventsDefinition extends grpc.ServiceDefinition {
  ListEvents: MethodDefinition<_netsim_v1_ListEventsRequest, _netsim_v1_ListEventsResponse, _netsim_v1_ListEventsRequest__Output, _netsim_v1_ListEventsResponse__Output>
  WatchEvents: MethodDefinition<_netsim_v1_WatchEventsRequest, _netsim_v1_WatchEventsResponse, _netsim_v1_WatchEventsRequest__Output, _netsim_v1_WatchEventsResponse__Output>
}
