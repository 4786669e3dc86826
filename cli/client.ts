// The CLI's gRPC client: finds the daemon (--address, $NETSIM_ADDRESS, else the socket in the
// home), calls unary and server-streaming methods by service and method name with a deadline.
// The CLI reaches the daemon only through this.
import * as grpc from '@grpc/grpc-js';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { loadNetsimProto } from '../proto/load.js';

export interface ClientTarget { address: string; home: string }

/** --home, else $NETSIM_HOME, else ~/.netsim (as the daemon resolves it). */
export function resolveHomeDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.NETSIM_HOME || join(homedir(), '.netsim');
}

/** --address, else $NETSIM_ADDRESS, else unix://HOME/netsimd.sock. */
export function resolveTarget(flags: { address?: string; home?: string }, env: NodeJS.ProcessEnv = process.env): ClientTarget {
  const home = resolveHomeDir(flags.home, env);
  const address = flags.address || env.NETSIM_ADDRESS || `unix://${join(home, 'netsimd.sock')}`;
  return { address, home };
}

type AnyClient = grpc.Client & Record<string, (...args: unknown[]) => unknown>;

export class NetsimClient {
  private readonly clients = new Map<string, AnyClient>();
  private readonly pkg = loadNetsimProto() as unknown as { netsim: { v1: Record<string, grpc.ServiceClientConstructor> } };

  constructor(readonly address: string, private readonly timeoutMs = 30_000) {}

  private client(service: string): AnyClient {
    let c = this.clients.get(service);
    if (!c) {
      const Ctor = this.pkg.netsim.v1[service];
      if (!Ctor) throw new Error(`unknown service netsim.v1.${service}`);
      c = new Ctor(this.address, grpc.credentials.createInsecure(), { 'grpc.max_receive_message_length': 64 * 1024 * 1024 }) as unknown as AnyClient;
      this.clients.set(service, c);
    }
    return c;
  }

  /** One unary call. Rejects with the grpc ServiceError (code, details, metadata). */
  unary<Res = Record<string, unknown>>(service: string, method: string, request: object, timeoutMs = this.timeoutMs): Promise<Res> {
    const c = this.client(service);
    const fn = c[method];
    if (typeof fn !== 'function') return Promise.reject(new Error(`unknown method netsim.v1.${service}/${method}`));
    return new Promise((resolve, reject) => {
      fn.call(c, request, { deadline: Date.now() + timeoutMs }, (err: grpc.ServiceError | null, res: Res) => (err ? reject(err) : resolve(res)));
    });
  }

  /** A server stream: `onMessage` for each message; resolves at the end of the stream. */
  stream<Msg = Record<string, unknown>>(service: string, method: string, request: object, onMessage: (m: Msg) => void,
    opts: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<void> {
    const c = this.client(service);
    const fn = c[method];
    if (typeof fn !== 'function') return Promise.reject(new Error(`unknown method netsim.v1.${service}/${method}`));
    return new Promise((resolve, reject) => {
      const callOpts = opts.timeoutMs ? { deadline: Date.now() + opts.timeoutMs } : {};
      const call = fn.call(c, request, callOpts) as grpc.ClientReadableStream<Msg>;
      opts.signal?.addEventListener('abort', () => call.cancel());
      call.on('data', onMessage);
      call.on('error', (e: grpc.ServiceError) => (e.code === grpc.status.CANCELLED && opts.signal?.aborted ? resolve() : reject(e)));
      call.on('end', () => resolve());
    });
  }

  /** A bidirectional stream (Network.PortForward); no deadline: it lives until either side ends it. */
  duplex<Req, Res>(service: string, method: string): grpc.ClientDuplexStream<Req, Res> {
    const c = this.client(service);
    const fn = c[method];
    if (typeof fn !== 'function') throw new Error(`unknown method netsim.v1.${service}/${method}`);
    return fn.call(c) as grpc.ClientDuplexStream<Req, Res>;
  }

  /** grpc.health.v1 Check over the same channel: the daemon's overall status. */
  health(timeoutMs = 2_000): Promise<string> {
    const HealthCtor = grpc.makeGenericClientConstructor({
      Check: {
        path: '/grpc.health.v1.Health/Check', requestStream: false, responseStream: false,
        requestSerialize: (r: { service: string }) => encodeHealthRequest(r.service),
        requestDeserialize: (b: Buffer) => b,
        responseSerialize: (r: Buffer) => r,
        responseDeserialize: (b: Buffer) => decodeHealthStatus(b),
      },
    }, 'Health');
    const h = new HealthCtor(this.address, grpc.credentials.createInsecure()) as unknown as AnyClient;
    return new Promise((resolve, reject) => {
      (h.Check as (...a: unknown[]) => void).call(h, { service: '' }, { deadline: Date.now() + timeoutMs }, (err: grpc.ServiceError | null, status: string) => {
        h.close();
        if (err) reject(err); else resolve(status);
      });
    });
  }

  close(): void {
    for (const c of this.clients.values()) c.close();
    this.clients.clear();
  }
}

// grpc.health.v1.HealthCheckRequest { string service = 1; }
function encodeHealthRequest(service: string): Buffer {
  const s = Buffer.from(service, 'utf8');
  return s.length ? Buffer.concat([Buffer.from([0x0a, s.length]), s]) : Buffer.alloc(0);
}

// HealthCheckResponse { ServingStatus status = 1; }
function decodeHealthStatus(b: Buffer): string {
  const names = ['UNKNOWN', 'SERVING', 'NOT_SERVING', 'SERVICE_UNKNOWN'];
  return b.length >= 2 && b[0] === 0x08 ? names[b[1]] ?? 'UNKNOWN' : 'UNKNOWN';
}
