import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { CaptureRequest as _netsim_v1_CaptureRequest, CaptureRequest__Output as _netsim_v1_CaptureRequest__Output } from './netsim/v1/CaptureRequest.js';
import type { CaptureResponse as _netsim_v1_CaptureResponse, CaptureResponse__Output as _netsim_v1_CaptureResponse__Output } from './netsim/v1/CaptureResponse.js';
import type { ConnectRequest as _netsim_v1_ConnectRequest, ConnectRequest__Output as _netsim_v1_ConnectRequest__Output } from './netsim/v1/ConnectRequest.js';
import type { ConnectResponse as _netsim_v1_ConnectResponse, ConnectResponse__Output as _netsim_v1_ConnectResponse__Output } from './netsim/v1/ConnectResponse.js';
import type { NetworkClient as _netsim_v1_NetworkClient, NetworkDefinition as _netsim_v1_NetworkDefinition } from './netsim/v1/Network.js';
import type { PingReply as _netsim_v1_PingReply, PingReply__Output as _netsim_v1_PingReply__Output } from './netsim/v1/PingReply.js';
import type { PingRequest as _netsim_v1_PingRequest, PingRequest__Output as _netsim_v1_PingRequest__Output } from './netsim/v1/PingRequest.js';
import type { PortForwardRequest as _netsim_v1_PortForwardRequest, PortForwardRequest__Output as _netsim_v1_PortForwardRequest__Output } from './netsim/v1/PortForwardRequest.js';
import type { PortForwardResponse as _netsim_v1_PortForwardResponse, PortForwardResponse__Output as _netsim_v1_PortForwardResponse__Output } from './netsim/v1/PortForwardResponse.js';
import type { TraceRequest as _netsim_v1_TraceRequest, TraceRequest__Output as _netsim_v1_TraceRequest__Output } from './netsim/v1/TraceRequest.js';
import type { TraceResponse as _netsim_v1_TraceResponse, TraceResponse__Output as _netsim_v1_TraceResponse__Output } from './netsim/v1/TraceResponse.js';
import type { TraceStep as _netsim_v1_TraceStep, TraceStep__Output as _netsim_v1_TraceStep__Output } from './netsim/v1/TraceStep.js';
import type { TracerouteHop as _netsim_v1_TracerouteHop, TracerouteHop__Output as _netsim_v1_TracerouteHop__Output } from './netsim/v1/TracerouteHop.js';
import type { TracerouteProbe as _netsim_v1_TracerouteProbe, TracerouteProbe__Output as _netsim_v1_TracerouteProbe__Output } from './netsim/v1/TracerouteProbe.js';
import type { TracerouteRequest as _netsim_v1_TracerouteRequest, TracerouteRequest__Output as _netsim_v1_TracerouteRequest__Output } from './netsim/v1/TracerouteRequest.js';
import type { TracerouteResponse as _netsim_v1_TracerouteResponse, TracerouteResponse__Output as _netsim_v1_TracerouteResponse__Output } from './netsim/v1/TracerouteResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  netsim: {
    v1: {
      CaptureRequest: MessageTypeDefinition<_netsim_v1_CaptureRequest, _netsim_v1_CaptureRequest__Output>
      CaptureResponse: MessageTypeDefinition<_netsim_v1_CaptureResponse, _netsim_v1_CaptureResponse__Output>
      ConnectRequest: MessageTypeDefinition<_netsim_v1_ConnectRequest, _netsim_v1_ConnectRequest__Output>
      ConnectResponse: MessageTypeDefinition<_netsim_v1_ConnectResponse, _netsim_v1_ConnectResponse__Output>
      DropReason: EnumTypeDefinition
      Network: SubtypeConstructor<typeof grpc.Client, _netsim_v1_NetworkClient> & { service: _netsim_v1_NetworkDefinition }
      PingReply: MessageTypeDefinition<_netsim_v1_PingReply, _netsim_v1_PingReply__Output>
      PingRequest: MessageTypeDefinition<_netsim_v1_PingRequest, _netsim_v1_PingRequest__Output>
      PortForwardRequest: MessageTypeDefinition<_netsim_v1_PortForwardRequest, _netsim_v1_PortForwardRequest__Output>
      PortForwardResponse: MessageTypeDefinition<_netsim_v1_PortForwardResponse, _netsim_v1_PortForwardResponse__Output>
      TraceRequest: MessageTypeDefinition<_netsim_v1_TraceRequest, _netsim_v1_TraceRequest__Output>
      TraceResponse: MessageTypeDefinition<_netsim_v1_TraceResponse, _netsim_v1_TraceResponse__Output>
      TraceStep: MessageTypeDefinition<_netsim_v1_TraceStep, _netsim_v1_TraceStep__Output>
      TracerouteHop: MessageTypeDefinition<_netsim_v1_TracerouteHop, _netsim_v1_TracerouteHop__Output>
      TracerouteProbe: MessageTypeDefinition<_netsim_v1_TracerouteProbe, _netsim_v1_TracerouteProbe__Output>
      TracerouteRequest: MessageTypeDefinition<_netsim_v1_TracerouteRequest, _netsim_v1_TracerouteRequest__Output>
      TracerouteResponse: MessageTypeDefinition<_netsim_v1_TracerouteResponse, _netsim_v1_TracerouteResponse__Output>
    }
  }
}

