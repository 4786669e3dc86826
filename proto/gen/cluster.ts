import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ClusterClient as _netsim_v1_ClusterClient, ClusterDefinition as _netsim_v1_ClusterDefinition } from './netsim/v1/Cluster.js';
import type { ClusterConfig as _netsim_v1_ClusterConfig, ClusterConfig__Output as _netsim_v1_ClusterConfig__Output } from './netsim/v1/ClusterConfig.js';
import type { ClusterDNS as _netsim_v1_ClusterDNS, ClusterDNS__Output as _netsim_v1_ClusterDNS__Output } from './netsim/v1/ClusterDNS.js';
import type { ClusterNetworking as _netsim_v1_ClusterNetworking, ClusterNetworking__Output as _netsim_v1_ClusterNetworking__Output } from './netsim/v1/ClusterNetworking.js';
import type { ClusterNode as _netsim_v1_ClusterNode, ClusterNode__Output as _netsim_v1_ClusterNode__Output } from './netsim/v1/ClusterNode.js';
import type { GetClusterInfoRequest as _netsim_v1_GetClusterInfoRequest, GetClusterInfoRequest__Output as _netsim_v1_GetClusterInfoRequest__Output } from './netsim/v1/GetClusterInfoRequest.js';
import type { GetClusterInfoResponse as _netsim_v1_GetClusterInfoResponse, GetClusterInfoResponse__Output as _netsim_v1_GetClusterInfoResponse__Output } from './netsim/v1/GetClusterInfoResponse.js';
import type { HostAddresses as _netsim_v1_HostAddresses, HostAddresses__Output as _netsim_v1_HostAddresses__Output } from './netsim/v1/HostAddresses.js';
import type { Listeners as _netsim_v1_Listeners, Listeners__Output as _netsim_v1_Listeners__Output } from './netsim/v1/Listeners.js';
import type { ObjectCounts as _netsim_v1_ObjectCounts, ObjectCounts__Output as _netsim_v1_ObjectCounts__Output } from './netsim/v1/ObjectCounts.js';
import type { ShutdownRequest as _netsim_v1_ShutdownRequest, ShutdownRequest__Output as _netsim_v1_ShutdownRequest__Output } from './netsim/v1/ShutdownRequest.js';
import type { ShutdownResponse as _netsim_v1_ShutdownResponse, ShutdownResponse__Output as _netsim_v1_ShutdownResponse__Output } from './netsim/v1/ShutdownResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  netsim: {
    v1: {
      Cluster: SubtypeConstructor<typeof grpc.Client, _netsim_v1_ClusterClient> & { service: _netsim_v1_ClusterDefinition }
      ClusterConfig: MessageTypeDefinition<_netsim_v1_ClusterConfig, _netsim_v1_ClusterConfig__Output>
      ClusterDNS: MessageTypeDefinition<_netsim_v1_ClusterDNS, _netsim_v1_ClusterDNS__Output>
      ClusterNetworking: MessageTypeDefinition<_netsim_v1_ClusterNetworking, _netsim_v1_ClusterNetworking__Output>
      ClusterNode: MessageTypeDefinition<_netsim_v1_ClusterNode, _netsim_v1_ClusterNode__Output>
      GetClusterInfoRequest: MessageTypeDefinition<_netsim_v1_GetClusterInfoRequest, _netsim_v1_GetClusterInfoRequest__Output>
      GetClusterInfoResponse: MessageTypeDefinition<_netsim_v1_GetClusterInfoResponse, _netsim_v1_GetClusterInfoResponse__Output>
      HostAddresses: MessageTypeDefinition<_netsim_v1_HostAddresses, _netsim_v1_HostAddresses__Output>
      Listeners: MessageTypeDefinition<_netsim_v1_Listeners, _netsim_v1_Listeners__Output>
      ObjectCounts: MessageTypeDefinition<_netsim_v1_ObjectCounts, _netsim_v1_ObjectCounts__Output>
      ShutdownRequest: MessageTypeDefinition<_netsim_v1_ShutdownRequest, _netsim_v1_ShutdownRequest__Output>
      ShutdownResponse: MessageTypeDefinition<_netsim_v1_ShutdownResponse, _netsim_v1_ShutdownResponse__Output>
    }
  }
}

