// A ping as the dataplane runs it: echo requests sent every interval from one namespace,
// each walked to its end; replies and ICMP errors that come back to the sender are matched by
// ident and sequence. Neighbour resolution fails in windows of 3 s: every probe queued in one
// window gets its "host unreachable" when the window closes, as Linux's arp queue does.
import { ipHeaderLength, ipSourceText } from '../wire/ip-packet.js';
import { get16 } from '../wire/bytes.js';
import { familyOf, formatIp, parseIp, type IpAddr, type IpFamily } from '../wire/ip.js';
import { NEIGHBOUR_TIMEOUT_NS } from '../pipeline/hop.js';
import { echoRequest } from './probes.js';
import { icmpErrorKind, type IcmpErrorKind } from './icmp-errors.js';
import { pickSource } from './route-check.js';
import { walk, type WalkEnv } from './walk.js';

export interface EchoSpec {
  family: IpFamily; dst: string; count: number; intervalMs: number; payloadSize: number; ttl: number; ident: number;
  /** ms of per-interval scheduling slack drawn per probe (iputils' timer slop). */
  slackMs?: readonly [number, number];
}

export interface EchoOutcome {
  seq: number; sentAtMs: number; outcome: 'reply' | 'error' | 'lost';
  atMs?: number; rttMs?: number; ttl?: number; bytes?: number; from?: string; error?: IcmpErrorKind;
}

export type EchoRun = { ok: true; src: string; probes: EchoOutcome[] } | { ok: false; error: 'network-unreachable' };

const NS_PER_MS = 1e6;

/** Runs `spec.count` probes from namespace `ns`; seq numbers start at `firstSeq` (iputils 1, busybox 0). */
export function runEcho(env: WalkEnv, ns: number, spec: EchoSpec, firstSeq = 1): EchoRun {
  const dst = parseIp(spec.dst);
  if (dst === undefined || familyOf(spec.dst) !== spec.family) return { ok: false, error: 'network-unreachable' };
  const src = pickSource(env.fib, ns, dst);
  if (src === undefined) return { ok: false, error: 'network-unreachable' };
  const probes: EchoOutcome[] = [];
  const [slo, shi] = spec.slackMs ?? [0.3, 1.8];
  let sentNs = 0, windowEnd = -1;
  for (let i = 0; i < spec.count; i++) {
    if (i > 0) sentNs += spec.intervalMs * NS_PER_MS + Math.round((slo + env.rand() * (shi - slo)) * NS_PER_MS);
    const seq = (firstSeq + i) & 0xffff;
    const a = walk(env, ns, echoRequest(src, dst, spec.ident, seq, spec.payloadSize, spec.ttl, sentNs), sentNs);
    let at = a.atNs;
    if (a.delayedNs >= NEIGHBOUR_TIMEOUT_NS) {
      if (sentNs >= windowEnd) windowEnd = sentNs + NEIGHBOUR_TIMEOUT_NS;
      at = a.atNs - a.delayedNs + (windowEnd - sentNs);
    }
    probes.push(classify(a.delivered && a.ns === ns ? a.pkt : undefined, spec, seq, sentNs, at));
  }
  return { ok: true, src: formatIp(src), probes };
}

function classify(pkt: Uint8Array | undefined, spec: EchoSpec, seq: number, sentNs: number, atNs: number): EchoOutcome {
  const base = { seq, sentAtMs: sentNs / NS_PER_MS };
  if (!pkt) return { ...base, outcome: 'lost' };
  const v6 = spec.family === 'IPv6', h = ipHeaderLength(pkt);
  const from = ipSourceText(pkt);
  const type = pkt[h], code = pkt[h + 1];
  const l4Len = v6 ? get16(pkt, 4) : get16(pkt, 2) - h;
  const isReply = v6 ? type === 129 : type === 0;
  if (isReply) {
    if (get16(pkt, h + 4) !== spec.ident || get16(pkt, h + 6) !== seq) return { ...base, outcome: 'lost' };
    return { ...base, outcome: 'reply', atMs: atNs / NS_PER_MS, rttMs: (atNs - sentNs) / NS_PER_MS, ttl: v6 ? pkt[7] : pkt[8], bytes: l4Len, from };
  }
  const error = icmpErrorKind(v6, type, code);
  if (!error || !quotesProbe(pkt, h + 8, v6, spec.ident, seq)) return { ...base, outcome: 'lost' };
  return { ...base, outcome: 'error', atMs: atNs / NS_PER_MS, from, error };
}

/** Whether the quoted packet of an ICMP error at `q` is our echo request (ident and seq). */
function quotesProbe(pkt: Uint8Array, q: number, v6: boolean, ident: number, seq: number): boolean {
  const ih = ipHeaderLength(pkt, q);
  if (pkt.length < q + ih + 8) return false;
  return get16(pkt, q + ih + 4) === ident && get16(pkt, q + ih + 6) === seq;
}

export type { IpAddr };
