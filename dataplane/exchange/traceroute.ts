// A traceroute as the dataplane runs it (traceroute 2.1's default UDP method): for each TTL,
// `queries` UDP probes to consecutive ports from 33434; a time-exceeded names the hop, a
// port-unreachable from the destination ends the trace, other unreachables end it with !H/!N/!X.
import { ipHeaderLength, ipSourceText } from '../wire/ip-packet.js';
import { get16 } from '../wire/bytes.js';
import { familyOf, formatIp, parseIp, type IpFamily } from '../wire/ip.js';
import { icmpErrorKind, type IcmpErrorKind } from './icmp-errors.js';
import { udpPacket } from './probes.js';
import { pickSource } from './route-check.js';
import { walk, type WalkEnv } from './walk.js';

export interface TracerouteSpec {
  family: IpFamily; dst: string; firstTtl: number; maxHops: number; queries: number; waitMs: number; packetLen: number; basePort: number;
  /** The probes' UDP source port. */
  srcPort: number;
}

export interface TraceProbeOutcome { from?: string; rttMs?: number; error?: IcmpErrorKind }
export interface TraceHopOutcome { ttl: number; probes: TraceProbeOutcome[] }
export type TracerouteRun = { ok: true; src: string; hops: TraceHopOutcome[]; reached: boolean } | { ok: false; error: 'network-unreachable' };

export function runTraceroute(env: WalkEnv, ns: number, spec: TracerouteSpec): TracerouteRun {
  const dst = parseIp(spec.dst);
  if (dst === undefined || familyOf(spec.dst) !== spec.family) return { ok: false, error: 'network-unreachable' };
  const src = pickSource(env.fib, ns, dst);
  if (src === undefined) return { ok: false, error: 'network-unreachable' };
  const v6 = spec.family === 'IPv6', header = v6 ? 48 : 28;
  const hops: TraceHopOutcome[] = [];
  const dstText = formatIp(dst);
  let port = spec.basePort, reached = false, t = 0;
  for (let ttl = spec.firstTtl; ttl <= spec.maxHops; ttl++) {
    const probes: TraceProbeOutcome[] = [];
    let stop = false;
    for (let q = 0; q < spec.queries; q++, port++) {
      const pkt = udpPacket(src, dst, spec.srcPort, port & 0xffff, Math.max(0, spec.packetLen - header), ttl);
      const a = walk(env, ns, pkt, t);
      const r = a.delivered && a.ns === ns ? answer(a.pkt, v6, port & 0xffff) : undefined;
      const rtt = (a.atNs - t) / 1e6;
      if (!r || rtt > spec.waitMs) { probes.push({}); continue; }
      probes.push({ from: r.from, rttMs: rtt, ...(r.error === 'ttl-exceeded' ? {} : { error: r.error }) });
      if (r.error === 'port-unreachable' && r.from === dstText) reached = true;
      if (r.error !== 'ttl-exceeded') stop = true;
    }
    hops.push({ ttl, probes });
    if (stop) break;
    t += 1_000_000;
  }
  return { ok: true, src: formatIp(src), hops, reached };
}

/** The ICMP error answering our probe to `port`, or undefined. */
function answer(pkt: Uint8Array, v6: boolean, port: number): { from: string; error: IcmpErrorKind } | undefined {
  const h = ipHeaderLength(pkt);
  const error = icmpErrorKind(v6, pkt[h], pkt[h + 1]);
  if (!error) return undefined;
  const q = h + 8, ih = ipHeaderLength(pkt, q);
  if (pkt.length < q + ih + 4 || get16(pkt, q + ih + 2) !== port) return undefined;
  const from = ipSourceText(pkt);
  return { from, error };
}
