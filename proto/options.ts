// The ONE proto-loader options object (daemon, CLI, tests and `npm run gen` agree on it) and
// where the .proto files live. Imports only node:fs, node:path, node:url and proto-loader types.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Options } from '@grpc/proto-loader';

/**
 * `<package root>/proto`, found by walking up from this module to the first directory that
 * has a package.json and proto/netsim/v1: from source (proto/options.ts under tsx) and from
 * the build (dist/proto/options.js, which has no .proto files next to it) alike.
 */
export const PROTO_DIR: string = findProtoDir(dirname(fileURLToPath(import.meta.url)));

/** The walk behind PROTO_DIR, from `start` upwards. Throws when no parent qualifies. */
export function findProtoDir(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'proto', 'netsim', 'v1'))) return join(dir, 'proto');
    if (dirname(dir) === dir) throw new Error(`netsim: no proto/netsim/v1 in any parent of ${start}`);
  }
}

/**
 * keepCase: fields keep Kubernetes' JSON names (podIPs, not pod_i_ps). longs: String, so
 * int64 never loses precision on the wire (proto/to-plain.ts turns Kubernetes' int64 fields
 * back into numbers). enums: String (WatchEventType 'ADDED'). defaults: false, so an unset
 * field stays absent and an `optional` zero (restartCount: 0) is present.
 * oneofs: false, unlike grpc-node's examples: with true, protobufjs adds a virtual
 * `_restartCount: 'restartCount'` key for every proto3 `optional` field (a synthetic oneof),
 * which would leak into every JSON and YAML rendering. Test a real oneof field for undefined.
 * `npm run gen` passes the same flags to proto-loader-gen-types.
 */
export const PROTO_LOADER_OPTIONS: Options = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: false,
  oneofs: false,
  includeDirs: [PROTO_DIR],
};
