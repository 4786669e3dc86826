import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Any as _google_protobuf_Any, Any__Output as _google_protobuf_Any__Output } from './google/protobuf/Any.js';
import type { Status as _google_rpc_Status, Status__Output as _google_rpc_Status__Output } from './google/rpc/Status.js';
import type { ApplyRequest as _netsim_v1_ApplyRequest, ApplyRequest__Output as _netsim_v1_ApplyRequest__Output } from './netsim/v1/ApplyRequest.js';
import type { ApplyResponse as _netsim_v1_ApplyResponse, ApplyResponse__Output as _netsim_v1_ApplyResponse__Output } from './netsim/v1/ApplyResponse.js';
import type { ApplyResult as _netsim_v1_ApplyResult, ApplyResult__Output as _netsim_v1_ApplyResult__Output } from './netsim/v1/ApplyResult.js';
import type { ManifestsClient as _netsim_v1_ManifestsClient, ManifestsDefinition as _netsim_v1_ManifestsDefinition } from './netsim/v1/Manifests.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      Any: MessageTypeDefinition<_google_protobuf_Any, _google_protobuf_Any__Output>
    }
    rpc: {
      Status: MessageTypeDefinition<_google_rpc_Status, _google_rpc_Status__Output>
    }
  }
  netsim: {
    v1: {
      ApplyRequest: MessageTypeDefinition<_netsim_v1_ApplyRequest, _netsim_v1_ApplyRequest__Output>
      ApplyResponse: MessageTypeDefinition<_netsim_v1_ApplyResponse, _netsim_v1_ApplyResponse__Output>
      ApplyResult: MessageTypeDefinition<_netsim_v1_ApplyResult, _netsim_v1_ApplyResult__Output>
      Manifests: SubtypeConstructor<typeof grpc.Client, _netsim_v1_ManifestsClient> & { service: _netsim_v1_ManifestsDefinition }
    }
  }
}

