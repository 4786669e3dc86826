// Forwarding at a namespace: the TTL / hop-limit rule (RFC 1812 §5.3.1; bridged traffic of
// overlay-l2 keeps its TTL, as Weave's bridge does), then the next hop: a veth's peer, or the
// segment neighbour owning the gateway address. No neighbour → host unreachable after the
// resolution timeout; Docker's gateway → the packet leaves the simulation.
import { ICMPV4_DST_UNREACHABLE, ICMPV4_HOST_UNREACHABLE, ICMPV4_NET_UNREACHABLE, ICMPV4_TIME_EXCEEDED, ICMPV4_TTL_EXCEEDED } from '../wire/icmpv4.js';
import { ICMPV6_ADDR_UNREACHABLE, ICMPV6_DST_UNREACHABLE, ICMPV6_HOP_LIMIT_EXCEEDED, ICMPV6_NO_ROUTE, ICMPV6_TIME_EXCEEDED } from '../wire/icmpv6.js';
import { RouteKind, type Fib } from '../tables/fib.js';
import { drop, NEIGHBOUR_TIMEOUT_NS, type HopOut } from './hop.js';
import { icmpv4Error, icmpv6Error } from './icmp.js';
import { csumUpdate16 } from './rewrite.js';
import { Action, DropReason } from './verdict.js';

const dst4 = (b: Uint8Array): number => (b[16] << 24 | b[17] << 16 | b[18] << 8 | b[19]) >>> 0;
const src4 = (b: Uint8Array): number => (b[12] << 24 | b[13] << 16 | b[14] << 8 | b[15]) >>> 0;

/** Linux answers an unroutable forwarded packet with net unreachable; a local sender gets ENETUNREACH instead. */
export function noRoute4(f: Fib, ns: number, inIface: number, pkt: Uint8Array, out: HopOut): Action {
  if (inIface >= 0) out.generated = icmpv4Error(f, ns, pkt, ICMPV4_DST_UNREACHABLE, ICMPV4_NET_UNREACHABLE);
  return drop(out, DropReason.NO_ROUTE);
}

export function noRoute6(f: Fib, ns: number, inIface: number, pkt: Uint8Array, out: HopOut): Action {
  if (inIface >= 0) out.generated = icmpv6Error(f, ns, pkt, ICMPV6_DST_UNREACHABLE, ICMPV6_NO_ROUTE);
  return drop(out, DropReason.NO_ROUTE);
}

function hostUnreachable4(f: Fib, ns: number, pkt: Uint8Array, out: HopOut): Action {
  out.generated = icmpv4Error(f, ns, pkt, ICMPV4_DST_UNREACHABLE, ICMPV4_HOST_UNREACHABLE);
  out.delayNs = NEIGHBOUR_TIMEOUT_NS;
  return drop(out, DropReason.HOST_UNREACHABLE);
}

function hostUnreachable6(f: Fib, ns: number, pkt: Uint8Array, out: HopOut): Action {
  out.generated = icmpv6Error(f, ns, pkt, ICMPV6_DST_UNREACHABLE, ICMPV6_ADDR_UNREACHABLE);
  out.delayNs = NEIGHBOUR_TIMEOUT_NS;
  return drop(out, DropReason.HOST_UNREACHABLE);
}

/** Forwards a checked IPv4 packet along route `r` (not LOCAL). */
export function forward4(f: Fib, ns: number, inIface: number, r: number, pkt: Uint8Array, out: HopOut): Action {
  if (inIface >= 0) {
    if (!f.nsForwarding[ns]) return drop(out, DropReason.NOT_FORWARDING);
    if (!(f.overlay && f.podNet4.lookup(src4(pkt)) >= 0 && f.podNet4.lookup(dst4(pkt)) >= 0)) {
      const ttl = pkt[8];
      if (ttl <= 1) {
        out.generated = icmpv4Error(f, ns, pkt, ICMPV4_TIME_EXCEEDED, ICMPV4_TTL_EXCEEDED);
        return drop(out, DropReason.TTL_EXCEEDED);
      }
      const word = (ttl << 8) | pkt[9];
      pkt[8] = ttl - 1;
      const c = csumUpdate16((pkt[10] << 8) | pkt[11], word, word - 0x100);
      pkt[10] = c >>> 8; pkt[11] = c;
    }
  }
  if (f.routeKind[r] === RouteKind.ONLINK_UNRESOLVED) return hostUnreachable4(f, ns, pkt, out);
  const g = f.routeIface[r];
  out.outIface = g;
  const peer = f.ifacePeer[g];
  if (peer >= 0) { out.ns = f.ifaceNs[peer]; out.inIface = peer; return Action.FORWARD; }
  const next = f.routeNext[r];
  if (next >= 0) { out.ns = f.ifaceNs[next]; out.inIface = next; return Action.FORWARD; }
  const seg = f.ifaceSegment[g];
  if (seg < 0) return hostUnreachable4(f, ns, pkt, out);
  const nh = f.routeHasVia[r] ? f.routeVia4[r] : dst4(pkt);
  const m = f.segNeigh4[seg].lookup(nh);
  if (m >= 0 && m !== g) { out.ns = f.ifaceNs[m]; out.inIface = m; return Action.FORWARD; }
  if (f.segGateway4[seg].lookup(nh) >= 0) return drop(out, DropReason.NO_INTERNET);
  return hostUnreachable4(f, ns, pkt, out);
}

/** Forwards a checked IPv6 packet along route `r` (not LOCAL). */
export function forward6(f: Fib, ns: number, inIface: number, r: number, pkt: Uint8Array, out: HopOut): Action {
  if (inIface >= 0) {
    if (!f.nsForwarding[ns]) return drop(out, DropReason.NOT_FORWARDING);
    if (!(f.overlay && f.podNet6.lookup(pkt, 8) >= 0 && f.podNet6.lookup(pkt, 24) >= 0)) {
      const hl = pkt[7];
      if (hl <= 1) {
        out.generated = icmpv6Error(f, ns, pkt, ICMPV6_TIME_EXCEEDED, ICMPV6_HOP_LIMIT_EXCEEDED);
        return drop(out, DropReason.TTL_EXCEEDED);
      }
      pkt[7] = hl - 1;
    }
  }
  if (f.routeKind[r] === RouteKind.ONLINK_UNRESOLVED) return hostUnreachable6(f, ns, pkt, out);
  const g = f.routeIface[r];
  out.outIface = g;
  const peer = f.ifacePeer[g];
  if (peer >= 0) { out.ns = f.ifaceNs[peer]; out.inIface = peer; return Action.FORWARD; }
  const next = f.routeNext[r];
  if (next >= 0) { out.ns = f.ifaceNs[next]; out.inIface = next; return Action.FORWARD; }
  const seg = f.ifaceSegment[g];
  if (seg < 0) return hostUnreachable6(f, ns, pkt, out);
  const m = f.routeHasVia[r] ? f.segNeigh6[seg].lookup(f.routeVia6, 16 * r) : f.segNeigh6[seg].lookup(pkt, 24);
  if (m >= 0 && m !== g) { out.ns = f.ifaceNs[m]; out.inIface = m; return Action.FORWARD; }
  const gw = f.routeHasVia[r] ? f.segGateway6[seg].lookup(f.routeVia6, 16 * r) : f.segGateway6[seg].lookup(pkt, 24);
  if (gw >= 0) return drop(out, DropReason.NO_INTERNET);
  return hostUnreachable6(f, ns, pkt, out);
}
