// Delivery to the namespace that owns the destination: the kernel answers echo requests in
// place, closed UDP ports with ICMP port unreachable and closed TCP ports with RST; replies,
// ICMP errors and traffic to a listener or client socket reach a socket (Action.DELIVER).
// L4 checksums are not verified here: veth hands packets up as CHECKSUM_UNNECESSARY.
import { get16 } from '../wire/bytes.js';
import { ICMPV4_DST_UNREACHABLE, ICMPV4_ECHO_REPLY, ICMPV4_ECHO_REQUEST, ICMPV4_PORT_UNREACHABLE, ICMPV4_TIME_EXCEEDED } from '../wire/icmpv4.js';
import { ICMPV6_DST_UNREACHABLE, ICMPV6_ECHO_REPLY, ICMPV6_ECHO_REQUEST, ICMPV6_PORT_UNREACHABLE, ICMPV6_TIME_EXCEEDED } from '../wire/icmpv6.js';
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP, ipv4HeaderLen, ipv4IsFragment, ipv4TotalLen } from '../wire/ipv4.js';
import { IPPROTO_ICMPV6, IPV6_HEADER_LEN, ipv6PayloadLen } from '../wire/ipv6.js';
import { Proto, socketKey, type Fib } from '../tables/fib.js';
import { drop, type HopOut } from './hop.js';
import { echoReply4InPlace, echoReply6InPlace, icmpv4Error, icmpv6Error } from './icmp.js';
import { tcpReset4, tcpReset6 } from './tcp-reset.js';
import { Action, DropReason } from './verdict.js';

/** ICMP protocol unreachable (3/2); ICMPv6 has no such code and uses parameter problem, not modelled. */
const ICMPV4_PROTO_UNREACHABLE = 2;

const hasSocket = (f: Fib, key: number): boolean => f.listeners.has(key) || f.sockets.has(key);

export function deliverLocal4(f: Fib, ns: number, pkt: Uint8Array, out: HopOut): Action {
  if (ipv4IsFragment(pkt)) return drop(out, DropReason.FRAGMENT);
  const hl = ipv4HeaderLen(pkt), l4Len = ipv4TotalLen(pkt) - hl, proto = pkt[9];
  out.ns = ns;
  if (proto === IPPROTO_ICMP) {
    if (l4Len < 8) return drop(out, DropReason.MALFORMED_L4);
    const type = pkt[hl];
    if (type === ICMPV4_ECHO_REQUEST) { echoReply4InPlace(pkt); return Action.REPLY; }
    if (type === ICMPV4_ECHO_REPLY || type === ICMPV4_DST_UNREACHABLE || type === ICMPV4_TIME_EXCEEDED) return Action.DELIVER;
    return drop(out, DropReason.NO_SOCKET);
  }
  if (proto === IPPROTO_UDP || proto === IPPROTO_TCP) {
    if (l4Len < (proto === IPPROTO_UDP ? 8 : 20)) return drop(out, DropReason.MALFORMED_L4);
    if (hasSocket(f, socketKey(ns, proto === IPPROTO_TCP ? Proto.TCP : Proto.UDP, get16(pkt, hl + 2)))) return Action.DELIVER;
    if (proto === IPPROTO_UDP) {
      out.generated = icmpv4Error(f, ns, pkt, ICMPV4_DST_UNREACHABLE, ICMPV4_PORT_UNREACHABLE);
      return drop(out, DropReason.PORT_UNREACHABLE);
    }
    out.generated = tcpReset4(pkt);
    return drop(out, DropReason.TCP_RESET);
  }
  out.generated = icmpv4Error(f, ns, pkt, ICMPV4_DST_UNREACHABLE, ICMPV4_PROTO_UNREACHABLE);
  return drop(out, DropReason.UNSUPPORTED_PROTOCOL);
}

export function deliverLocal6(f: Fib, ns: number, pkt: Uint8Array, out: HopOut): Action {
  const l4Len = ipv6PayloadLen(pkt), proto = pkt[6], at = IPV6_HEADER_LEN;
  out.ns = ns;
  if (proto === IPPROTO_ICMPV6) {
    if (l4Len < 8) return drop(out, DropReason.MALFORMED_L4);
    const type = pkt[at];
    if (type === ICMPV6_ECHO_REQUEST) { echoReply6InPlace(pkt); return Action.REPLY; }
    if (type === ICMPV6_ECHO_REPLY || type === ICMPV6_DST_UNREACHABLE || type === ICMPV6_TIME_EXCEEDED) return Action.DELIVER;
    return drop(out, DropReason.NO_SOCKET);
  }
  if (proto === IPPROTO_UDP || proto === IPPROTO_TCP) {
    if (l4Len < (proto === IPPROTO_UDP ? 8 : 20)) return drop(out, DropReason.MALFORMED_L4);
    if (hasSocket(f, socketKey(ns, proto === IPPROTO_TCP ? Proto.TCP : Proto.UDP, get16(pkt, at + 2)))) return Action.DELIVER;
    if (proto === IPPROTO_UDP) {
      out.generated = icmpv6Error(f, ns, pkt, ICMPV6_DST_UNREACHABLE, ICMPV6_PORT_UNREACHABLE);
      return drop(out, DropReason.PORT_UNREACHABLE);
    }
    out.generated = tcpReset6(pkt);
    return drop(out, DropReason.TCP_RESET);
  }
  return drop(out, DropReason.UNSUPPORTED_PROTOCOL);
}
