// Original file: netsim/v1/network.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CaptureRequest as _netsim_v1_CaptureRequest, CaptureRequest__Output as _netsim_v1_CaptureRequest__Output } from '../../netsim/v1/CaptureRequest.js';
import type { CaptureResponse as _netsim_v1_CaptureResponse, CaptureResponse__Output as _netsim_v1_CaptureResponse__Output } from '../../netsim/v1/CaptureResponse.js';
import type { ConnectRequest as _netsim_v1_ConnectRequest, ConnectRequest__Output as _netsim_v1_ConnectRequest__Output } from '../../netsim/v1/ConnectRequest.js';
import type { ConnectResponse as _netsim_v1_ConnectResponse, ConnectResponse__Output as _netsim_v1_ConnectResponse__Output } from '../../netsim/v1/ConnectResponse.js';
import type { PingReply as _netsim_v1_PingReply, PingReply__Output as _netsim_v1_PingReply__Output } from '../../netsim/v1/PingReply.js';
import type { PingRequest as _netsim_v1_PingRequest, PingRequest__Output as _netsim_v1_PingRequest__Output } from '../../netsim/v1/PingRequest.js';
import type { PortForwardRequest as _netsim_v1_PortForwardRequest, PortForwardRequest__Output as _netsim_v1_PortForwardRequest__Output } from '../../netsim/v1/PortForwardRequest.js';
import type { PortForwardResponse as _netsim_v1_PortForwardResponse, PortForwardResponse__Output as _netsim_v1_PortForwardResponse__Output } from '../../netsim/v1/PortForwardResponse.js';
import type { TraceRequest as _netsim_v1_TraceRequest, TraceRequest__Output as _netsim_v1_TraceRequest__Output } from '../../netsim/v1/TraceRequest.js';
import type { TraceResponse as _netsim_v1_TraceResponse, TraceResponse__Output as _netsim_v1_TraceResponse__Output } from '../../netsim/v1/TraceResponse.js';
import type { TracerouteRequest as _netsim_v1_TracerouteRequest, TracerouteRequest__Output as _netsim_v1_TracerouteRequest__Output } from '../../netsim/v1/TracerouteRequest.js';
import type { TracerouteResponse as _netsim_v1_TracerouteResponse, TracerouteResponse__Output as _netsim_v1_TracerouteResponse__Output } from '../../netsim/v1/TracerouteResponse.js';

export interface NetworkClient extends grpc.Client {
  Capture(argument: _netsim_v1_CaptureRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_CaptureResponse__Output>;
  Capture(argument: _netsim_v1_CaptureRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_CaptureResponse__Output>;
  capture(argument: _netsim_v1_CaptureRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_CaptureResponse__Output>;
  capture(argument: _netsim_v1_CaptureRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_CaptureResponse__Output>;
  
  Connect(argument: _netsim_v1_ConnectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ConnectResponse__Output>): grpc.ClientUnaryCall;
  Connect(argument: _netsim_v1_ConnectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ConnectResponse__Output>): grpc.ClientUnaryCall;
  Connect(argument: _netsim_v1_ConnectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ConnectResponse__Output>): grpc.ClientUnaryCall;
  Connect(argument: _netsim_v1_ConnectRequest, callback: grpc.requestCallback<_netsim_v1_ConnectResponse__Output>): grpc.ClientUnaryCall;
  connect(argument: _netsim_v1_ConnectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ConnectResponse__Output>): grpc.ClientUnaryCall;
  connect(argument: _netsim_v1_ConnectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_ConnectResponse__Output>): grpc.ClientUnaryCall;
  connect(argument: _netsim_v1_ConnectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_ConnectResponse__Output>): grpc.ClientUnaryCall;
  connect(argument: _netsim_v1_ConnectRequest, callback: grpc.requestCallback<_netsim_v1_ConnectResponse__Output>): grpc.ClientUnaryCall;
  
  Ping(argument: _netsim_v1_PingRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_PingReply__Output>;
  Ping(argument: _netsim_v1_PingRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_PingReply__Output>;
  ping(argument: _netsim_v1_PingRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_PingReply__Output>;
  ping(argument: _netsim_v1_PingRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_netsim_v1_PingReply__Output>;
  
  PortForward(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_netsim_v1_PortForwardRequest, _netsim_v1_PortForwardResponse__Output>;
  PortForward(options?: grpc.CallOptions): grpc.ClientDuplexStream<_netsim_v1_PortForwardRequest, _netsim_v1_PortForwardResponse__Output>;
  portForward(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_netsim_v1_PortForwardRequest, _netsim_v1_PortForwardResponse__Output>;
  portForward(options?: grpc.CallOptions): grpc.ClientDuplexStream<_netsim_v1_PortForwardRequest, _netsim_v1_PortForwardResponse__Output>;
  
  Trace(argument: _netsim_v1_TraceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_TraceResponse__Output>): grpc.ClientUnaryCall;
  Trace(argument: _netsim_v1_TraceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_TraceResponse__Output>): grpc.ClientUnaryCall;
  Trace(argument: _netsim_v1_TraceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_TraceResponse__Output>): grpc.ClientUnaryCall;
  Trace(argument: _netsim_v1_TraceRequest, callback: grpc.requestCallback<_netsim_v1_TraceResponse__Output>): grpc.ClientUnaryCall;
  trace(argument: _netsim_v1_TraceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_TraceResponse__Output>): grpc.ClientUnaryCall;
  trace(argument: _netsim_v1_TraceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_TraceResponse__Output>): grpc.ClientUnaryCall;
  trace(argument: _netsim_v1_TraceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_TraceResponse__Output>): grpc.ClientUnaryCall;
  trace(argument: _netsim_v1_TraceRequest, callback: grpc.requestCallback<_netsim_v1_TraceResponse__Output>): grpc.ClientUnaryCall;
  
  Traceroute(argument: _netsim_v1_TracerouteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_TracerouteResponse__Output>): grpc.ClientUnaryCall;
  Traceroute(argument: _netsim_v1_TracerouteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_TracerouteResponse__Output>): grpc.ClientUnaryCall;
  Traceroute(argument: _netsim_v1_TracerouteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_TracerouteResponse__Output>): grpc.ClientUnaryCall;
  Traceroute(argument: _netsim_v1_TracerouteRequest, callback: grpc.requestCallback<_netsim_v1_TracerouteResponse__Output>): grpc.ClientUnaryCall;
  traceroute(argument: _netsim_v1_TracerouteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_TracerouteResponse__Output>): grpc.ClientUnaryCall;
  traceroute(argument: _netsim_v1_TracerouteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_netsim_v1_TracerouteResponse__Output>): grpc.ClientUnaryCall;
  traceroute(argument: _netsim_v1_TracerouteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_netsim_v1_TracerouteResponse__Output>): grpc.ClientUnaryCall;
  traceroute(argument: _netsim_v1_TracerouteRequest, callback: grpc.requestCallback<_netsim_v1_TracerouteResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface NetworkHandlers extends grpc.UntypedServiceImplementation {
  Capture: grpc.handleServerStreamingCall<_netsim_v1_CaptureRequest__Output, _netsim_v1_CaptureResponse>;
  
  Connect: grpc.handleUnaryCall<_netsim_v1_ConnectRequest__Output, _netsim_v1_ConnectResponse>;
  
  Ping: grpc.handleServerStreamingCall<_netsim_v1_PingRequest__Output, _netsim_v1_PingReply>;
  
  PortForward: grpc.handleBidiStreamingCall<_netsim_v1_PortForwardRequest__Output, _netsim_v1_PortForwardResponse>;
  
  Trace: grpc.handleUnaryCall<_netsim_v1_TraceRequest__Output, _netsim_v1_TraceResponse>;
  
  Traceroute: grpc.handleUnaryCall<_netsim_v1_TracerouteRequest__Output, _netsim_v1_TracerouteResponse>;
  
}

export interface NetworkDefinition extends grpc.ServiceDefinition {
  Capture: MethodDefinition<_netsim_v1_CaptureRequest, _netsim_v1_CaptureResponse, _netsim_v1_CaptureRequest__Output, _netsim_v1_CaptureResponse__Output>
  Connect: MethodDefinition<_netsim_v1_ConnectRequest, _netsim_v1_ConnectResponse, _netsim_v1_ConnectRequest__Output, _netsim_v1_ConnectResponse__Output>
  Ping: MethodDefinition<_netsim_v1_PingRequest, _netsim_v1_PingReply, _netsim_v1_PingRequest__Output, _netsim_v1_PingReply__Output>
  PortForward: MethodDefinition<_netsim_v1_PortForwardRequest, _netsim_v1_PortForwardResponse, _netsim_v1_PortForwardRequest__Output, _netsim_v1_PortForwardResponse__Output>
  Trace: MethodDefinition<_netsim_v1_TraceRequest, _netsim_v1_TraceResponse, _netsim_v1_TraceRequest__Output, _netsim_v1_TraceResponse__Output>
  Traceroute: MethodDefinition<_netsim_v1_TracerouteRequest, _netsim_v1_TracerouteResponse, _netsim_v1_TracerouteRequest__Output, _netsim_v1_TracerouteResponse__Output>
}
