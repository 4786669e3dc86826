// The daemon's gRPC server: netsim services, grpc.health.v1.Health, server reflection (v1 and
// v1alpha), loopback-only binding and graceful shutdown. Imports @grpc/*, grpc-health-check,
// ipaddr.js, node:fs/net/path and proto/load.ts; never the cluster.
import * as grpc from '@grpc/grpc-js';
import { loadSync, type PackageDefinition } from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation, protoPath as healthProtoPath, type ServingStatus } from 'grpc-health-check';
import ipaddr from 'ipaddr.js';
import { lstat, unlink } from 'node:fs/promises';
import { connect } from 'node:net';
import { dirname } from 'node:path';
import { loadNetsimPackageDefinition } from '../../proto/load.js';
import type { ClusterHandlers } from '../../proto/gen/netsim/v1/Cluster.js';
import type { DeploymentsHandlers } from '../../proto/gen/netsim/v1/Deployments.js';
import type { EventsHandlers } from '../../proto/gen/netsim/v1/Events.js';
import type { ManifestsHandlers } from '../../proto/gen/netsim/v1/Manifests.js';
import type { NamespacesHandlers } from '../../proto/gen/netsim/v1/Namespaces.js';
import type { NodesHandlers } from '../../proto/gen/netsim/v1/Nodes.js';
import type { PodsHandlers } from '../../proto/gen/netsim/v1/Pods.js';
import type { StatefulSetsHandlers } from '../../proto/gen/netsim/v1/StatefulSets.js';
import type { ServicesHandlers } from '../../proto/gen/netsim/v1/Services.js';
import type { EndpointSlicesHandlers } from '../../proto/gen/netsim/v1/EndpointSlices.js';

/** Implementations by service (netsim.v1.<key>); a missing method answers UNIMPLEMENTED. */
export interface NetsimHandlers {
  Cluster?: Partial<ClusterHandlers>;
  Deployments?: Partial<DeploymentsHandlers>;
  Events?: Partial<EventsHandlers>;
  Manifests?: Partial<ManifestsHandlers>;
  Namespaces?: Partial<NamespacesHandlers>;
  Nodes?: Partial<NodesHandlers>;
  Pods?: Partial<PodsHandlers>;
  StatefulSets?: Partial<StatefulSetsHandlers>;
  Services?: Partial<ServicesHandlers>;
  EndpointSlices?: Partial<EndpointSlicesHandlers>;
}

export interface RpcServerOptions {
  /** Merged over SERVER_OPTIONS. */
  serverOptions?: grpc.ServerOptions;
}

/**
 * 4 MiB requests (grpc's default, stated); 100 streams per connection (watches are streams);
 * a keepalive ping after 60 s of silence finds dead watch clients; idle connections close
 * after 10 min (clients reconnect on their own).
 */
export const SERVER_OPTIONS: grpc.ServerOptions = {
  'grpc.max_receive_message_length': 4 * 1024 * 1024,
  'grpc.max_concurrent_streams': 100,
  'grpc.keepalive_time_ms': 60_000,
  'grpc.keepalive_timeout_ms': 20_000,
  'grpc.max_connection_idle_ms': 600_000,
};

const health = new WeakMap<grpc.Server, { impl: HealthImplementation; services: string[] }>();

/** A server with `handlers`, Health (every service NOT_SERVING until setServing) and reflection. */
export function createRpcServer(handlers: NetsimHandlers, opts: RpcServerOptions = {}): grpc.Server {
  const server = new grpc.Server({ ...SERVER_OPTIONS, ...opts.serverOptions });
  const def = loadNetsimPackageDefinition();
  const services = [''];
  for (const [name, impl] of Object.entries(handlers) as [string, grpc.UntypedServiceImplementation | undefined][]) {
    if (!impl) continue;
    server.addService(def[`netsim.v1.${name}`] as grpc.ServiceDefinition, impl);
    services.push(`netsim.v1.${name}`);
  }
  const impl = new HealthImplementation(Object.fromEntries(services.map((s) => [s, 'NOT_SERVING' as ServingStatus])));
  impl.addToServer(server);
  health.set(server, { impl, services });
  new ReflectionService(reflectionDefinition(def)).addToServer(server);
  return server;
}

function reflectionDefinition(def: PackageDefinition): PackageDefinition {
  const healthDef = loadSync('health/v1/health.proto', { includeDirs: [dirname(dirname(dirname(healthProtoPath)))] });
  return { ...def, ...healthDef };
}

/** Sets the health status of the server ('') and of every registered netsim service. */
export function setServing(server: grpc.Server, serving = true): void {
  const h = health.get(server);
  if (!h) throw new Error('setServing: not a server made by createRpcServer');
  for (const s of h.services) h.impl.setStatus(s, serving ? 'SERVING' : 'NOT_SERVING');
}

/**
 * Listens on the Unix socket `path`. A stale socket file (nobody accepting) is removed;
 * a live one, or a path too long for sun_path, is an Error that says so.
 */
export async function bindUnix(server: grpc.Server, path: string): Promise<void> {
  if (Buffer.byteLength(path) > 107) throw new Error(`socket path is too long (${Buffer.byteLength(path)} bytes, the limit is 107): ${path}`);
  await removeStaleSocket(path);
  await bind(server, `unix:${path}`);
}

async function removeStaleSocket(path: string): Promise<void> {
  const st = await lstat(path).catch((e: NodeJS.ErrnoException) => { if (e.code === 'ENOENT') return undefined; throw e; });
  if (!st) return;
  if (!st.isSocket()) throw new Error(`${path} exists and is not a socket`);
  const live = await new Promise<boolean>((resolve) => {
    const s = connect(path);
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
  });
  if (live) throw new Error(`another process is already listening on ${path}`);
  await unlink(path);
}

/**
 * Listens on TCP `HOST:PORT` (`[::1]:0` for IPv6; port 0 picks one) and returns the bound
 * port. Refuses hosts outside 127.0.0.0/8, ::1 and localhost: there is no TLS or token yet.
 */
export async function bindTcp(server: grpc.Server, address: string): Promise<number> {
  const { host, port } = parseHostPort(address);
  if (!isLoopbackHost(host)) {
    throw new Error(`refusing to listen on ${address}: ${host || 'every interface'} is not a loopback address, and netsimd `
      + 'serves TCP only on 127.0.0.0/8, ::1 or localhost until TLS and token authentication exist');
  }
  return bind(server, `${host.includes(':') ? `[${host}]` : host}:${port}`);
}

function bind(server: grpc.Server, target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(target, grpc.ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(port)));
  });
}

/** `HOST:PORT` or `[V6]:PORT` split; throws an Error naming the expected form. */
export function parseHostPort(address: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]*)\]|([^:[\]]*)):(\d{1,5})$/.exec(address);
  const port = m ? Number(m[3]) : NaN;
  if (!m || port > 65535) throw new Error(`invalid listen address "${address}": want HOST:PORT, e.g. 127.0.0.1:50051 or [::1]:50051`);
  return { host: m[1] ?? m[2], port };
}

/** localhost, dotted-quad 127.0.0.0/8, ::1 (and IPv4-mapped 127.x); nothing lenient. */
export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost') return true;
  if (ipaddr.IPv4.isValidFourPartDecimal(host)) return ipaddr.IPv4.parse(host).range() === 'loopback';
  if (!host.includes(':') || !ipaddr.IPv6.isValid(host)) return false;
  const v6 = ipaddr.IPv6.parse(host);
  return v6.isIPv4MappedAddress() ? v6.toIPv4Address().range() === 'loopback' : v6.range() === 'loopback';
}

/** Stops accepting calls, lets running ones finish for up to `deadlineMs`, then cancels them. */
export function shutdown(server: grpc.Server, deadlineMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => { server.forceShutdown(); resolve(); }, deadlineMs);
    server.tryShutdown(() => { clearTimeout(timer); resolve(); });
  });
}
