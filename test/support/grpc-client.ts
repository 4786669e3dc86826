// Test-only typed gRPC access to a running netsimd: one channel per daemon address shared by
// every netsim.v1 service client (proto/load.ts), promise-returning unary calls, health checks
// and raw-bytes unary calls for fuzzing. Imports @grpc/*, grpc-health-check and proto/ only.
import * as grpc from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import { join } from 'node:path';
import { loadNetsimPackageDefinition, loadNetsimProto } from '../../proto/load.js';
import type { ClusterClient } from '../../proto/gen/netsim/v1/Cluster.js';
import type { DeploymentsClient } from '../../proto/gen/netsim/v1/Deployments.js';
import type { EventsClient } from '../../proto/gen/netsim/v1/Events.js';
import type { ManifestsClient } from '../../proto/gen/netsim/v1/Manifests.js';
import type { NamespacesClient } from '../../proto/gen/netsim/v1/Namespaces.js';
import type { NodesClient } from '../../proto/gen/netsim/v1/Nodes.js';
import type { PodsClient } from '../../proto/gen/netsim/v1/Pods.js';
import type { StatefulSetsClient } from '../../proto/gen/netsim/v1/StatefulSets.js';
import type { ServicesClient } from '../../proto/gen/netsim/v1/Services.js';
import type { EndpointSlicesClient } from '../../proto/gen/netsim/v1/EndpointSlices.js';
import type { NetworkClient } from '../../proto/gen/netsim/v1/Network.js';

/** The generated client of each netsim.v1 service. */
export interface NetsimServiceClients {
  Cluster: ClusterClient; Deployments: DeploymentsClient; Events: EventsClient; Manifests: ManifestsClient;
  Namespaces: NamespacesClient; Nodes: NodesClient; Pods: PodsClient; StatefulSets: StatefulSetsClient;
  Services: ServicesClient; EndpointSlices: EndpointSlicesClient; Network: NetworkClient;
}
export type ServiceName = keyof NetsimServiceClients;

// An overloaded method type matches a conditional type through its last overload, which for
// generated unary methods is `(argument, callback)`; streaming methods do not match.
type UnaryShape<F> = F extends (argument: infer Req, callback: grpc.requestCallback<infer Res>) => grpc.ClientUnaryCall ? [Req, Res] : never;
export type UnaryMethod<S extends ServiceName> = {
  [M in keyof NetsimServiceClients[S]]: UnaryShape<NetsimServiceClients[S][M]> extends never ? never : M
}[keyof NetsimServiceClients[S]] & string;
export type RequestOf<S extends ServiceName, M extends UnaryMethod<S>> = UnaryShape<NetsimServiceClients[S][M]>[0];
export type ResponseOf<S extends ServiceName, M extends UnaryMethod<S>> = UnaryShape<NetsimServiceClients[S][M]>[1];

/** How a call ended: the response, or the grpc error (code, details, metadata). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: grpc.ServiceError };

/** A raw call's end: status code and details, and the response bytes when OK. */
export interface RawOutcome { code: grpc.status; details: string; response?: Buffer }

/** `unix:///HOME/netsimd.sock`, where netsimd listens for a home. */
export function socketTarget(home: string): string {
  return `unix://${join(home, 'netsimd.sock')}`;
}

type AnyClient = grpc.Client & Record<string, (...args: unknown[]) => unknown>;
type Callback<T> = (err: grpc.ServiceError | null, res?: T) => void;

const HealthClient = grpc.makeGenericClientConstructor(healthService, 'Health');
const RawClient = grpc.makeGenericClientConstructor({}, 'Raw');
const identity = (b: Buffer) => b;

export class NetsimTestClient {
  private readonly channelOwner: grpc.Client;
  private readonly clients = new Map<string, AnyClient>();

  constructor(readonly target: string, private readonly timeoutMs = 20_000) {
    this.channelOwner = new RawClient(target, grpc.credentials.createInsecure());
  }

  /** A client for `home`'s socket. */
  static forHome(home: string, timeoutMs?: number): NetsimTestClient {
    return new NetsimTestClient(socketTarget(home), timeoutMs);
  }

  /** The generated client of `service`, on this object's one channel (close this object, not it). */
  service<S extends ServiceName>(name: S): NetsimServiceClients[S] {
    let c = this.clients.get(name);
    if (!c) {
      const Ctor = (loadNetsimProto().netsim.v1 as unknown as Record<string, grpc.ServiceClientConstructor>)[name];
      c = new Ctor(this.target, grpc.credentials.createInsecure(), { channelOverride: this.channelOwner.getChannel() }) as unknown as AnyClient;
      this.clients.set(name, c);
    }
    return c as unknown as NetsimServiceClients[S];
  }

  /** One unary call; rejects with the grpc.ServiceError. */
  call<S extends ServiceName, M extends UnaryMethod<S>>(service: S, method: M, request: RequestOf<S, M>, timeoutMs = this.timeoutMs): Promise<ResponseOf<S, M>> {
    const c = this.service(service) as unknown as AnyClient;
    return new Promise((resolve, reject) => {
      const cb: Callback<ResponseOf<S, M>> = (err, res) => (err ? reject(err) : resolve(res as ResponseOf<S, M>));
      c[method].call(c, request, { deadline: Date.now() + timeoutMs }, cb);
    });
  }

  /** Like call() but never rejects with a grpc error: the Outcome says how it ended. */
  settle<S extends ServiceName, M extends UnaryMethod<S>>(service: S, method: M, request: RequestOf<S, M>, timeoutMs?: number): Promise<Outcome<ResponseOf<S, M>>> {
    return this.call(service, method, request, timeoutMs).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => {
        if (isServiceError(error)) return { ok: false as const, error };
        throw error;
      });
  }

  /** grpc.health.v1 Check of `service` ('' = the server): SERVING, NOT_SERVING ... */
  health(service = '', timeoutMs = 5_000): Promise<string> {
    const h = new HealthClient(this.target, grpc.credentials.createInsecure(), { channelOverride: this.channelOwner.getChannel() }) as unknown as AnyClient;
    return new Promise((resolve, reject) => {
      const cb: Callback<{ status: string }> = (err, res) => (err ? reject(err) : resolve(res!.status));
      h.Check.call(h, { service }, { deadline: Date.now() + timeoutMs }, cb);
    });
  }

  /** Sends `body` as the request of unary method `path` (/netsim.v1.Pods/CreatePod) unparsed. */
  raw(path: string, body: Buffer, timeoutMs = this.timeoutMs): Promise<RawOutcome> {
    return new Promise((resolve) => {
      this.channelOwner.makeUnaryRequest<Buffer, Buffer>(path, identity, identity, body, { deadline: Date.now() + timeoutMs }, (err, res) => {
        if (err) resolve({ code: err.code, details: err.details });
        else resolve({ code: grpc.status.OK, details: '', response: res });
      });
    });
  }

  close(): void {
    for (const c of this.clients.values()) c.close();
    this.clients.clear();
    this.channelOwner.close();
  }
}

export function isServiceError(e: unknown): e is grpc.ServiceError {
  return e instanceof Error && typeof (e as grpc.ServiceError).code === 'number' && 'metadata' in e;
}

/** One unary method of the netsim API, as the server sees it. */
export interface UnaryMethodInfo {
  service: ServiceName;
  method: string;
  /** /netsim.v1.Pods/CreatePod */
  path: string;
  /** netsim.v1.CreatePodRequest */
  requestType: string;
  serialize(request: object): Buffer;
  /** Throws when the bytes are not a valid encoding of requestType. */
  deserialize(bytes: Buffer): object;
}

/** Every unary method of every netsim.v1 service, in service then method order. */
export function unaryMethods(): UnaryMethodInfo[] {
  const def = loadNetsimPackageDefinition();
  const out: UnaryMethodInfo[] = [];
  for (const [full, d] of Object.entries(def).sort(([a], [b]) => a.localeCompare(b))) {
    if (!full.startsWith('netsim.v1.') || 'format' in d) continue;
    for (const [method, m] of Object.entries(d as Record<string, grpc.MethodDefinition<object, object> & { requestType: { type: { name: string } } }>)) {
      if (m.requestStream || m.responseStream) continue;
      out.push({
        service: full.slice('netsim.v1.'.length) as ServiceName, method, path: m.path,
        requestType: requestTypeName(full, m.requestType.type.name),
        serialize: (r) => m.requestSerialize(r), deserialize: (b) => m.requestDeserialize(b),
      });
    }
  }
  return out;
}

// proto-loader gives a method's request type as a fresh descriptor naming only the short
// name; netsim's requests live in the service's own package.
function requestTypeName(serviceFullName: string, shortName: string): string {
  const name = `${serviceFullName.slice(0, serviceFullName.lastIndexOf('.'))}.${shortName}`;
  if (!(name in loadNetsimPackageDefinition())) throw new Error(`unaryMethods: no message ${name}`);
  return name;
}
