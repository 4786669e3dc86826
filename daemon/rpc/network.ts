// netsim.v1.Network: thin handlers over the cluster's NetworkApi (ping, traceroute, connect,
// trace) and its captures. A Ping without a count is paced to the wall clock until cancelled.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Cluster } from '../cluster/cluster.js';
import { destinationFamily, NetworkApi } from '../cluster/network-api.js';
import { BadRequestError } from '../domain/errors.js';
import { DropReason } from '../../dataplane/index.js';
import { fnv1a } from '../sim/fnv.js';
import { serverStream, unary, type Send } from './adapt.js';
import { captureStream, type CaptureRequest } from './network-capture.js';
import { portForwardHandler } from './network-port-forward.js';

interface SourceRequest { namespace?: string; source?: string; destination?: string; family?: string }
interface PingRequest extends SourceRequest { count?: number; interval_ms?: number; payload_size?: number; ttl?: number }
interface TracerouteRequest extends SourceRequest { max_hops?: number; queries?: number }
interface ConnectRequest extends SourceRequest { port?: number; protocol?: string; request?: Buffer; connect_timeout_ms?: number; total_timeout_ms?: number }
interface TraceRequest extends SourceRequest { protocol?: string; port?: number }

const DROP_NAMES = Object.fromEntries(Object.entries(DropReason).map(([k, v]) => [k, v === 0 ? 'DROP_REASON_UNSPECIFIED' : `DROP_REASON_${k}`]));
const PACED_BATCH = 1;

/** A stable echo identifier per source and destination (iputils uses its pid; --seed replays need no randomness here). */
const echoIdent = (key: string): number => fnv1a(key) & 0xffff;

function checkTtl(ttl: number | undefined): number {
  if (ttl === undefined || ttl === 0) return 64;
  if (ttl > 255) throw new BadRequestError(`ttl ${ttl} out of range (1-255)`);
  return ttl;
}

async function ping(api: NetworkApi, req: PingRequest, send: Send<object>, signal: AbortSignal): Promise<void> {
  const src = api.source(req.namespace || 'default', req.source ?? '');
  const dst = req.destination ?? '';
  const family = destinationFamily(dst, req.family ?? '');
  const interval = req.interval_ms || 1000;
  const base = { family, dst, intervalMs: interval, payloadSize: req.payload_size ?? 56, ttl: checkTtl(req.ttl), ident: echoIdent(`${req.namespace}/${req.source}>${dst}`) };
  const unbounded = !req.count;
  let seq = 1;
  while (!signal.aborted) {
    const n = unbounded ? PACED_BATCH : req.count!;
    const r = api.ping(src, { ...base, count: n, firstSeq: seq });
    if (!r.ok) throw new BadRequestError('connect: Network is unreachable');
    for (const p of r.probes) {
      await send({ seq: seq++, outcome: p.outcome, from: p.from ?? '', ttl: p.ttl ?? 0, rtt_ms: p.rttMs ?? 0, bytes: p.bytes ?? 0, error: p.error ?? '', source_address: r.src, destination_address: dst });
    }
    if (!unbounded) return;
    await sleep(interval, undefined, { signal }).catch(() => undefined);
  }
}

export function networkService(c: Cluster) {
  const api = new NetworkApi(c);
  return {
    Ping: serverStream((req: PingRequest, send, signal) => ping(api, req, send, signal)),
    Traceroute: unary((req: TracerouteRequest) => {
      const src = api.source(req.namespace || 'default', req.source ?? '');
      const dst = req.destination ?? '';
      const family = destinationFamily(dst, req.family ?? '');
      const r = api.traceroute(src, { family, dst, firstTtl: 1, maxHops: req.max_hops || 30, queries: req.queries || 3, waitMs: 5000, packetLen: family === 'IPv4' ? 60 : 80, basePort: 33434 });
      if (!r.ok) throw new BadRequestError('connect: Network is unreachable');
      return {
        source_address: r.src, destination_address: dst, reached: r.reached,
        hops: r.hops.map((h) => ({ ttl: h.ttl, probes: h.probes.map((p) => ({ from: p.from ?? '', rtt_ms: p.rttMs ?? 0, error: p.error ?? '' })) })),
      };
    }),
    Connect: unary((req: ConnectRequest) => {
      const src = api.source(req.namespace || 'default', req.source ?? '');
      const dst = req.destination ?? '';
      const family = destinationFamily(dst, req.family ?? '');
      const protocol = (req.protocol || 'TCP').toUpperCase();
      if (protocol !== 'TCP' && protocol !== 'UDP') throw new BadRequestError(`protocol must be TCP or UDP, not "${req.protocol}"`);
      if (!req.port || req.port > 65535) throw new BadRequestError('port must be between 1 and 65535');
      const r = api.connect(src, { family, dst, port: req.port, protocol, request: req.request ?? new Uint8Array(0), connectTimeoutMs: req.connect_timeout_ms || 127_000, ...(req.total_timeout_ms ? { totalTimeoutMs: req.total_timeout_ms } : {}) });
      switch (r.outcome) {
        case 'ok': return { outcome: 'ok', source_address: r.src, source_port: r.srcPort, response: Buffer.from(r.response), connect_ms: r.connectMs, total_ms: r.totalMs, elapsed_ms: r.totalMs };
        case 'refused': return { outcome: r.outcome, elapsed_ms: r.elapsedMs };
        case 'timeout': return { outcome: r.outcome, elapsed_ms: r.elapsedMs, detail: r.phase };
        case 'unreachable': return { outcome: r.outcome, elapsed_ms: r.elapsedMs, detail: r.error };
        default: return { outcome: r.outcome };
      }
    }),
    Trace: unary((req: TraceRequest) => {
      const src = api.source(req.namespace || 'default', req.source ?? '');
      const dst = req.destination ?? '';
      destinationFamily(dst, req.family ?? '');
      const protocol = (req.protocol || 'ICMP').toUpperCase();
      if (protocol !== 'ICMP' && protocol !== 'TCP' && protocol !== 'UDP') throw new BadRequestError(`protocol must be icmp, tcp or udp, not "${req.protocol}"`);
      if (protocol !== 'ICMP' && (!req.port || req.port > 65535)) throw new BadRequestError(`--port is required for ${protocol.toLowerCase()}`);
      const r = api.trace(src, { dst, protocol, port: req.port ?? 0 });
      return {
        source_address: r.source, destination_address: r.destination, verdict: r.delivered ? 'DELIVERED' : 'DROPPED',
        steps: r.steps.map((s) => ({ namespace: s.namespace, in_interface: s.inInterface, action: s.action, route: s.route, out_interface: s.outInterface, next: s.next, reason: DROP_NAMES[s.reason || 'NONE'], generated: s.generated, nat: s.nat, at_ns: String(s.atNs) })),
      };
    }),
    Capture: serverStream((req: CaptureRequest, send, signal) => captureStream(c, req, send, signal)),
    PortForward: portForwardHandler(c),
  };
}
