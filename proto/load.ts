// Loads netsim's .proto files once, with the one options object, for the daemon, the CLI and
// tests: the typed grpc package object, the package definition (reflection) and message
// definitions by full name. Imports only @grpc/*, node:fs, node:path and proto/.
import * as grpc from '@grpc/grpc-js';
import { loadSync, type MessageTypeDefinition, type PackageDefinition } from '@grpc/proto-loader';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROTO_DIR, PROTO_LOADER_OPTIONS } from './options.js';
import type { ProtoGrpcType as ClusterProto } from './gen/cluster.js';
import type { ProtoGrpcType as ErrorDetailsProto } from './gen/error_details.js';
import type { ProtoGrpcType as ErrorsProto } from './gen/errors.js';
import type { ProtoGrpcType as EventsProto } from './gen/events.js';
import type { ProtoGrpcType as ManifestsProto } from './gen/manifests.js';
import type { ProtoGrpcType as NamespacesProto } from './gen/namespaces.js';
import type { ProtoGrpcType as NetworkProto } from './gen/network.js';
import type { ProtoGrpcType as NodesProto } from './gen/nodes.js';
import type { ProtoGrpcType as PodsProto } from './gen/pods.js';
import type { ProtoGrpcType as WorkloadsProto } from './gen/workloads.js';

/** The loaded package: `netsim.v1.Pods` is a client constructor, `netsim.v1.Pod` a message. */
export type NetsimGrpc = ClusterProto & ErrorDetailsProto & ErrorsProto & EventsProto & ManifestsProto
  & NamespacesProto & NetworkProto & NodesProto & PodsProto & WorkloadsProto;

/** The error detail messages (google.rpc.ErrorInfo ...), loaded next to netsim's own files. */
const EXTRA_FILES = ['google/rpc/error_details.proto'];

/** Paths relative to PROTO_DIR: every netsim/v1/*.proto (new files join without a code change). */
export function netsimProtoFiles(): string[] {
  const own = readdirSync(join(PROTO_DIR, 'netsim', 'v1')).filter((f) => f.endsWith('.proto')).sort();
  return [...own.map((f) => `netsim/v1/${f}`), ...EXTRA_FILES];
}

let definition: PackageDefinition | undefined;
let grpcObject: NetsimGrpc | undefined;

/** The package definition of every netsim file (cached); what server reflection serves. */
export function loadNetsimPackageDefinition(): PackageDefinition {
  definition ??= loadSync(netsimProtoFiles(), PROTO_LOADER_OPTIONS);
  return definition;
}

/** The grpc package object (cached): clients and service definitions under `netsim.v1`. */
export function loadNetsimProto(): NetsimGrpc {
  grpcObject ??= grpc.loadPackageDefinition(loadNetsimPackageDefinition()) as unknown as NetsimGrpc;
  return grpcObject;
}

/** A message's definition (descriptor, serialize, deserialize). Throws for an unknown name. */
export function messageDefinition<In extends object = object, Out extends object = object>(
  fullName: string,
): MessageTypeDefinition<In, Out> {
  const def = loadNetsimPackageDefinition()[fullName];
  if (!def || !('format' in def) || def.format !== 'Protocol Buffer 3 DescriptorProto') {
    throw new Error(`netsim: no message ${fullName} in the loaded protos`);
  }
  return def as unknown as MessageTypeDefinition<In, Out>;
}
