// kube-proxy in a node namespace, before routing (PREROUTING and OUTPUT): a packet of a known
// flow is rewritten by its conntrack entry (DNAT one way, reverse NAT the other); a new flow
// to a Service frontend picks an endpoint (R10.2: ready ones, else serving-terminating;
// iptables: uniform random, ipvs: round-robin; ClientIP affinity), is masqueraded where
// kube-proxy masquerades (R10.8) and recorded in conntrack. No endpoints → REJECT (ICMP port
// unreachable from the VIP); traffic policy Local with none on this node → DROP (R10.5).
import { ICMPV4_DST_UNREACHABLE, ICMPV4_PORT_UNREACHABLE } from '../wire/icmpv4.js';
import { ICMPV6_DST_UNREACHABLE, ICMPV6_PORT_UNREACHABLE } from '../wire/icmpv6.js';
import { CT_TIMEOUT_TCP_S, CT_TIMEOUT_UDP_S, CtFlag, Rec4, Rec6, REC_STRIDE } from '../tables/conntrack.js';
import type { Fib } from '../tables/fib.js';
import { Be, BE_STRIDE, Fe, FE_STRIDE, frontendBit, lookupFrontend, SvcFlag } from '../tables/services.js';
import { drop, type HopOut } from './hop.js';
import { icmpv4Error, icmpv6Error } from './icmp.js';
import { loadFlowKey, loadPackedKey6, rewrite4, rewriteFlow } from './rewrite.js';
import { sourceFor4, sourceFor6 } from './source.js';
import type { PacketState } from './state.js';
import { DropReason } from './verdict.js';

/** natAt's "go on routing" result (any other value is the Action to return). */
export const CONTINUE = 0;

// Local copies of the record layouts of conntrack and of the Service tables' frontends and
// backends: imported bindings are not constant-folded (see tables/lpm.ts). Checked once, at load.
const STRIDE = 32, SRC4 = 4, DST4 = 5, PORTS4 = 6, SRC6 = 10, DST6 = 14, PORTS6 = 18;
const FE = 16, F_SERVICE = 7, F_EXTERNAL = 8, F_FLAGS = 9, F_AFFINITY = 10, F_READY = 11, F_FALLBACK = 13;
const BE = 8, B_ADDR4 = 0, B_PORT = 1, B_NODE = 2, B_ADDR6 = 3;
if (STRIDE !== REC_STRIDE || SRC4 !== Rec4.SRC || DST4 !== Rec4.DST || PORTS4 !== Rec4.PORTS || SRC6 !== Rec6.SRC || DST6 !== Rec6.DST || PORTS6 !== Rec6.PORTS
  || FE !== FE_STRIDE || F_SERVICE !== Fe.SERVICE || F_EXTERNAL !== Fe.EXTERNAL || F_FLAGS !== Fe.FLAGS || F_AFFINITY !== Fe.AFFINITY
  || F_READY !== Fe.READY_START || F_READY + 1 !== Fe.READY_COUNT || F_FALLBACK !== Fe.FALLBACK_START || F_FALLBACK + 1 !== Fe.FALLBACK_COUNT
  || BE !== BE_STRIDE || B_ADDR4 !== Be.ADDR4 || B_PORT !== Be.PORT || B_NODE !== Be.NODE || B_ADDR6 !== Be.ADDR6) {
  throw new Error('nat.ts record layouts differ from tables/conntrack.ts and tables/services.ts');
}

/**
 * Applies conntrack and the Service tables to a checked IPv4 packet at node namespace `ns`:
 * the hot path of Service traffic. The flow's words come straight from the header (no key
 * array); a packet to no frontend costs one filter bit.
 */
export function natAt4(f: Fib, st: PacketState, ns: number, inIface: number, pkt: Uint8Array, out: HopOut): number {
  const proto = pkt[9];
  if (proto !== 6 && proto !== 17) return CONTINUE;
  const h = (pkt[0] & 0x0f) << 2;
  const l4Len = ((pkt[2] << 8) | pkt[3]) - h;
  if (l4Len < (proto === 6 ? 20 : 8) || (((pkt[6] << 8) | pkt[7]) & 0x1fff) !== 0) return CONTINUE;
  const ports = (pkt[h] << 24) | (pkt[h + 1] << 16) | (pkt[h + 2] << 8) | pkt[h + 3];
  const src = (pkt[12] << 24) | (pkt[13] << 16) | (pkt[14] << 8) | pkt[15];
  const dst = (pkt[16] << 24) | (pkt[17] << 16) | (pkt[18] << 8) | pkt[19];
  const ct = st.ct;
  const e = ct.lookup4(ns, proto, ports, src, dst, st.nowS);
  if (e >= 0) {
    const rec = ct.rec, o = e * STRIDE;
    rewrite4(pkt, h, proto, rec[o + SRC4], rec[o + DST4], rec[o + PORTS4]);
    out.natEntry = e;
    return CONTINUE;
  }
  const svc = f.svc, bit = frontendBit(proto | 256, ports & 0xffff, dst, 0, 0, 0) & svc.feFilterMask;
  if ((svc.feFilter[bit >>> 5] & (1 << (bit & 31))) === 0) return CONTINUE;
  loadFlowKey(st.key, ns, pkt, false, h, proto);
  return toFrontend(f, st, ns, inIface, pkt, false, h, proto, out);
}

/** natAt4 for a checked IPv6 packet (no extension headers: the next header is the L4 protocol). */
export function natAt6(f: Fib, st: PacketState, ns: number, inIface: number, pkt: Uint8Array, out: HopOut): number {
  const proto = pkt[6];
  if (proto !== 6 && proto !== 17) return CONTINUE;
  if (((pkt[4] << 8) | pkt[5]) < (proto === 6 ? 20 : 8)) return CONTINUE;
  const k = st.key6;
  loadPackedKey6(k, ns, pkt, proto);
  const ct = st.ct;
  const e = ct.lookupPacked6(k, st.nowS);
  if (e >= 0) {
    const rec = ct.rec, o = e * STRIDE;
    rewriteFlow(pkt, true, 40, proto, rec, o + SRC6, rec, o + DST6, rec[o + PORTS6]);
    out.natEntry = e;
    return CONTINUE;
  }
  const svc = f.svc, bit = frontendBit(proto, k[1] & 0xffff, k[6], k[7], k[8], k[9]) & svc.feFilterMask;
  if ((svc.feFilter[bit >>> 5] & (1 << (bit & 31))) === 0) return CONTINUE;
  loadFlowKey(st.key, ns, pkt, true, 40, proto);
  return toFrontend(f, st, ns, inIface, pkt, true, 40, proto, out);
}

/** The frontend of the flow in st.key (filter passed), then a new flow to it; CONTINUE when there is none. */
function toFrontend(f: Fib, st: PacketState, ns: number, inIface: number, pkt: Uint8Array, v6: boolean, h: number, proto: number, out: HopOut): number {
  const svc = f.svc, k = st.key, pf = k[1], port = k[2] & 0xffff;
  let fe = lookupFrontend(svc, -1, pf, port, k[7], k[8], k[9], k[10]);
  if (fe < 0 && svc.hasScoped) fe = lookupFrontend(svc, ns, pf, port, k[7], k[8], k[9], k[10]);
  if (fe < 0) return CONTINUE;
  return newFlow(f, st, ns, inIface, pkt, v6, h, proto, fe, out);
}

const inPodNet = (f: Fib, pkt: Uint8Array, v6: boolean): boolean =>
  v6 ? f.podNet6.lookup(pkt, 8) >= 0 : f.podNet4.lookup((pkt[12] << 24 | pkt[13] << 16 | pkt[14] << 8 | pkt[15]) >>> 0) >= 0;

function newFlow(f: Fib, st: PacketState, ns: number, inIface: number, pkt: Uint8Array, v6: boolean, h: number, proto: number, fe: number, out: HopOut): number {
  const r = f.svc.feRec, o = fe * FE, s = r[o + F_SERVICE], external = r[o + F_EXTERNAL] === 1, svcFlags = r[o + F_FLAGS];
  let start = r[o + F_READY], count = r[o + F_READY + 1];
  if (count === 0) { start = r[o + F_FALLBACK]; count = r[o + F_FALLBACK + 1]; }
  if (count === 0) return reject(f, ns, pkt, v6, out);
  const fromPod = inPodNet(f, pkt, v6);
  // R10.7: Local applies to external clients; pods short-circuit to every endpoint, the node itself masquerades.
  const local = external ? (svcFlags & SvcFlag.EXTERNAL_LOCAL) !== 0 && !fromPod && inIface >= 0 : (svcFlags & SvcFlag.INTERNAL_LOCAL) !== 0;
  const be = local ? pickLocal(f, st, s, start, count, ns) : pickAny(f, st, s, start, count, r[o + F_AFFINITY]);
  if (be < 0) return drop(out, DropReason.SERVICE_NO_LOCAL_ENDPOINTS);
  const hairpin = sameAddr(f, be, pkt, v6);
  const masq = hairpin || (external ? !local : !fromPod);
  const k = st.key, to = st.to, back = st.key2, to2 = st.to2;
  for (let i = 0; i < 4; i++) { to[i] = k[3 + i]; to[4 + i] = backendWord(f, be, v6, i); }
  if (masq && !snatSource(f, ns, be, v6, to)) return drop(out, DropReason.NO_SOURCE_ADDRESS);
  const sport = k[2] >>> 16, dport = k[2] & 0xffff, bport = f.svc.beRec[be * BE + B_PORT];
  to[8] = (sport << 16) | bport;
  back[0] = ns; back[1] = k[1]; back[2] = (bport << 16) | sport;
  for (let i = 0; i < 4; i++) { back[3 + i] = to[4 + i]; back[7 + i] = to[i]; to2[i] = k[7 + i]; to2[4 + i] = k[3 + i]; }
  to2[8] = (dport << 16) | sport;
  const flags = CtFlag.DNAT | (masq ? CtFlag.SNAT : 0) | (v6 ? CtFlag.V6 : 0);
  out.natEntry = st.ct.insert(k, to, back, to2, flags, s, st.nowS + (proto === 6 ? CT_TIMEOUT_TCP_S : CT_TIMEOUT_UDP_S));
  out.natNew = true;
  rewriteFlow(pkt, v6, h, proto, to, 0, to, 4, to[8]);
  return CONTINUE;
}

/** kube-proxy's REJECT (filter table): ICMP port unreachable sourced from the Service address. */
function reject(f: Fib, ns: number, pkt: Uint8Array, v6: boolean, out: HopOut): number {
  out.generated = v6 ? icmpv6Error(f, ns, pkt, ICMPV6_DST_UNREACHABLE, ICMPV6_PORT_UNREACHABLE, true) : icmpv4Error(f, ns, pkt, ICMPV4_DST_UNREACHABLE, ICMPV4_PORT_UNREACHABLE, true);
  return drop(out, DropReason.SERVICE_NO_ENDPOINTS);
}

function backendWord(f: Fib, be: number, v6: boolean, i: number): number {
  if (!v6) return i === 0 ? f.svc.beRec[be * BE + B_ADDR4] : 0;
  return f.svc.beRec[be * BE + B_ADDR6 + i];
}

const word32 = (b: Uint8Array, o: number): number => (b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3];

function sameAddr(f: Fib, be: number, pkt: Uint8Array, v6: boolean): boolean {
  const r = f.svc.beRec, o = be * BE;
  if (!v6) return r[o + B_ADDR4] === word32(pkt, 12);
  for (let i = 0; i < 4; i++) if (r[o + B_ADDR6 + i] !== word32(pkt, 8 + 4 * i)) return false;
  return true;
}

/** Masquerade: the address this node would send to the backend from (writes to[0..4)). */
function snatSource(f: Fib, ns: number, be: number, v6: boolean, to: Int32Array): boolean {
  if (!v6) {
    const a = sourceFor4(f, ns, f.svc.beAddr4[be]);
    if (a < 0) return false;
    to[0] = a | 0; to[1] = 0; to[2] = 0; to[3] = 0;
    return true;
  }
  const tmp = SNAT6;
  if (!sourceFor6(f, ns, f.svc.beAddr6, 16 * be, tmp, 0)) return false;
  for (let i = 0; i < 4; i++) to[i] = (tmp[4 * i] << 24) | (tmp[4 * i + 1] << 16) | (tmp[4 * i + 2] << 8) | tmp[4 * i + 3];
  return true;
}
const SNAT6 = new Uint8Array(16);

function choose(f: Fib, st: PacketState, s: number, n: number): number {
  return f.ipvs ? (st.rr[s]++ % n) : st.pick(n);
}

/** An endpoint of service s from list[start, start + count); `affinity`: its ClientIP timeout in seconds (0 none). */
function pickAny(f: Fib, st: PacketState, s: number, start: number, count: number, affinity: number): number {
  const list = f.svc.svcBackends;
  if (affinity === 0) return list[start + choose(f, st, s, count)];
  const ak = st.affKey;
  ak[0] = s;
  for (let i = 0; i < 4; i++) ak[1 + i] = st.key[3 + i];
  const rec = st.affinity.get(ak, 0);
  if (rec >= 0 && st.affinityUntil[rec] >= st.nowS) {
    const be = st.affinityBackend[rec];
    for (let i = 0; i < count; i++) if (list[start + i] === be) { st.affinityUntil[rec] = st.nowS + affinity; return be; }
  }
  const be = list[start + choose(f, st, s, count)];
  st.affinity.set(ak, 0, st.addAffinity(be, st.nowS + affinity));
  return be;
}

function pickLocal(f: Fib, st: PacketState, s: number, start: number, count: number, ns: number): number {
  const list = f.svc.svcBackends, r = f.svc.beRec, node = f.nsNode[ns];
  let n = 0;
  for (let i = 0; i < count; i++) if (r[list[start + i] * BE + B_NODE] === node) n++;
  if (n === 0) return -1;
  let k = choose(f, st, s, n);
  for (let i = 0; i < count; i++) {
    const be = list[start + i];
    if (r[be * BE + B_NODE] === node && k-- === 0) return be;
  }
  return -1;
}
