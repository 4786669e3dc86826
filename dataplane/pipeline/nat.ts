// kube-proxy in a node namespace, before routing (PREROUTING and OUTPUT): a packet of a known
// flow is rewritten by its conntrack entry (DNAT one way, reverse NAT the other); a new flow
// to a Service frontend picks an endpoint (R10.2: ready ones, else serving-terminating;
// iptables: uniform random, ipvs: round-robin; ClientIP affinity), is masqueraded where
// kube-proxy masquerades (R10.8) and recorded in conntrack. No endpoints → REJECT (ICMP port
// unreachable from the VIP); traffic policy Local with none on this node → DROP (R10.5).
import { get16 } from '../wire/bytes.js';
import { ICMPV4_DST_UNREACHABLE, ICMPV4_PORT_UNREACHABLE } from '../wire/icmpv4.js';
import { ICMPV6_DST_UNREACHABLE, ICMPV6_PORT_UNREACHABLE } from '../wire/icmpv6.js';
import { CT_TIMEOUT_TCP_S, CT_TIMEOUT_UDP_S, CtFlag } from '../tables/conntrack.js';
import type { Fib } from '../tables/fib.js';
import { SvcFlag } from '../tables/services.js';
import { drop, type HopOut } from './hop.js';
import { icmpv4Error, icmpv6Error } from './icmp.js';
import { loadFlowKey, rewriteFlow } from './rewrite.js';
import { sourceFor4, sourceFor6 } from './source.js';
import type { PacketState } from './state.js';
import { DropReason } from './verdict.js';

/** natAt's "go on routing" result (any other value is the Action to return). */
export const CONTINUE = 0;

/** Applies conntrack and the Service tables to a TCP/UDP packet at node namespace `ns`. */
export function natAt(f: Fib, st: PacketState, ns: number, inIface: number, pkt: Uint8Array, out: HopOut): number {
  const v6 = pkt[0] >> 4 === 6;
  const h = v6 ? 40 : (pkt[0] & 0x0f) * 4;
  const proto = v6 ? pkt[6] : pkt[9];
  if (proto !== 6 && proto !== 17) return CONTINUE;
  const l4Len = v6 ? get16(pkt, 4) : get16(pkt, 2) - h;
  if (l4Len < (proto === 6 ? 20 : 8) || (!v6 && (get16(pkt, 6) & 0x1fff) !== 0)) return CONTINUE;
  const k = st.key;
  loadFlowKey(k, ns, pkt, v6, h, proto);
  const e = st.ct.lookup(k, 0, st.nowS);
  if (e >= 0) {
    const ct = st.ct;
    rewriteFlow(pkt, v6, h, proto, ct.rwSrc, 4 * e, ct.rwDst, 4 * e, ct.rwPorts[e]);
    out.natEntry = e;
    return CONTINUE;
  }
  const svc = f.svc;
  if (svc.frontends.size === 0) return CONTINUE;
  const fk = st.feKey;
  fk[0] = -1; fk[1] = k[1]; fk[2] = k[2] & 0xffff;
  fk[3] = k[7]; fk[4] = k[8]; fk[5] = k[9]; fk[6] = k[10];
  let fe = svc.frontends.get(fk, 0);
  if (fe < 0 && svc.hasScoped) { fk[0] = ns; fe = svc.frontends.get(fk, 0); }
  if (fe < 0) return CONTINUE;
  return newFlow(f, st, ns, inIface, pkt, v6, h, proto, fe, out);
}

const inPodNet = (f: Fib, pkt: Uint8Array, v6: boolean): boolean =>
  v6 ? f.podNet6.lookup(pkt, 8) >= 0 : f.podNet4.lookup((pkt[12] << 24 | pkt[13] << 16 | pkt[14] << 8 | pkt[15]) >>> 0) >= 0;

function newFlow(f: Fib, st: PacketState, ns: number, inIface: number, pkt: Uint8Array, v6: boolean, h: number, proto: number, fe: number, out: HopOut): number {
  const t = f.svc, s = t.feService[fe], external = t.feExternal[fe] === 1;
  let start = t.svcReadyStart[s], count = t.svcReadyCount[s];
  if (count === 0) { start = t.svcFallbackStart[s]; count = t.svcFallbackCount[s]; }
  if (count === 0) return reject(f, ns, pkt, v6, out);
  const fromPod = inPodNet(f, pkt, v6);
  // R10.7: Local applies to external clients; pods short-circuit to every endpoint, the node itself masquerades.
  const local = external ? (t.svcFlags[s] & SvcFlag.EXTERNAL_LOCAL) !== 0 && !fromPod && inIface >= 0 : (t.svcFlags[s] & SvcFlag.INTERNAL_LOCAL) !== 0;
  const be = local ? pickLocal(f, st, s, start, count, ns) : pickAny(f, st, s, start, count);
  if (be < 0) return drop(out, DropReason.SERVICE_NO_LOCAL_ENDPOINTS);
  const hairpin = sameAddr(f, be, pkt, v6);
  const masq = hairpin || (external ? !local : !fromPod);
  const k = st.key, to = st.to, back = st.key2, to2 = st.to2;
  for (let i = 0; i < 4; i++) { to[i] = k[3 + i]; to[4 + i] = backendWord(f, be, v6, i); }
  if (masq && !snatSource(f, ns, be, v6, to)) return drop(out, DropReason.NO_SOURCE_ADDRESS);
  const sport = k[2] >>> 16, dport = k[2] & 0xffff, bport = t.bePort[be];
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
  if (!v6) return i === 0 ? f.svc.beAddr4[be] | 0 : 0;
  const a = f.svc.beAddr6, o = 16 * be + 4 * i;
  return (a[o] << 24) | (a[o + 1] << 16) | (a[o + 2] << 8) | a[o + 3];
}

function sameAddr(f: Fib, be: number, pkt: Uint8Array, v6: boolean): boolean {
  if (!v6) return (f.svc.beAddr4[be] | 0) === ((pkt[12] << 24 | pkt[13] << 16 | pkt[14] << 8 | pkt[15]) | 0);
  for (let i = 0; i < 16; i++) if (f.svc.beAddr6[16 * be + i] !== pkt[8 + i]) return false;
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

function pickAny(f: Fib, st: PacketState, s: number, start: number, count: number): number {
  const t = f.svc, list = t.svcBackends;
  if (t.svcAffinity[s] === 0) return list[start + choose(f, st, s, count)];
  const ak = st.affKey;
  ak[0] = s;
  for (let i = 0; i < 4; i++) ak[1 + i] = st.key[3 + i];
  const rec = st.affinity.get(ak, 0);
  if (rec >= 0 && st.affinityUntil[rec] >= st.nowS) {
    const be = st.affinityBackend[rec];
    for (let i = 0; i < count; i++) if (list[start + i] === be) { st.affinityUntil[rec] = st.nowS + t.svcAffinity[s]; return be; }
  }
  const be = list[start + choose(f, st, s, count)];
  st.affinity.set(ak, 0, st.addAffinity(be, st.nowS + t.svcAffinity[s]));
  return be;
}

function pickLocal(f: Fib, st: PacketState, s: number, start: number, count: number, ns: number): number {
  const t = f.svc, node = f.nsNode[ns];
  let n = 0;
  for (let i = 0; i < count; i++) if (t.beNode[t.svcBackends[start + i]] === node) n++;
  if (n === 0) return -1;
  let k = choose(f, st, s, n);
  for (let i = 0; i < count; i++) {
    const be = t.svcBackends[start + i];
    if (t.beNode[be] === node && k-- === 0) return be;
  }
  return -1;
}
