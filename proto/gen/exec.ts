import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ExecRequest as _netsim_v1_ExecRequest, ExecRequest__Output as _netsim_v1_ExecRequest__Output } from './netsim/v1/ExecRequest.js';
import type { ExecResponse as _netsim_v1_ExecResponse, ExecResponse__Output as _netsim_v1_ExecResponse__Output } from './netsim/v1/ExecResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  netsim: {
    v1: {
      ExecRequest: MessageTypeDefinition<_netsim_v1_ExecRequest, _netsim_v1_ExecRequest__Output>
      ExecResponse: MessageTypeDefinition<_netsim_v1_ExecResponse, _netsim_v1_ExecResponse__Output>
    }
  }
}

