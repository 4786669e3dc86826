// The one packet the Trace RPC follows: an echo request, a TCP SYN or a UDP datagram from a
// namespace to an address, with the source the namespace would pick.
import { parseIp } from '../wire/ip.js';
import { emitIpv4, IPPROTO_TCP } from '../wire/ipv4.js';
import { emitIpv6 } from '../wire/ipv6.js';
import { emitTcp, TCP_SYN } from '../wire/tcp.js';
import type { Fib } from '../tables/fib.js';
import { echoRequest, udpPacket } from './probes.js';
import { pickSource } from './route-check.js';

export interface ProbeSpec { dst: string; protocol: 'ICMP' | 'TCP' | 'UDP'; port: number; srcPort?: number; ttl?: number }

/** The packet, or undefined when the namespace has no route or source address for `dst`. */
export function probePacket(f: Fib, ns: number, spec: ProbeSpec): Uint8Array | undefined {
  const dst = parseIp(spec.dst);
  if (dst === undefined) return undefined;
  const src = pickSource(f, ns, dst);
  if (src === undefined) return undefined;
  const ttl = spec.ttl ?? 64, sport = spec.srcPort ?? 40000;
  if (spec.protocol === 'ICMP') return echoRequest(src, dst, 0x1234, 1, 56, ttl, 0);
  if (spec.protocol === 'UDP') return udpPacket(src, dst, sport, spec.port, 0, ttl);
  const h = typeof src === 'number' ? 20 : 40;
  const b = new Uint8Array(h + 20);
  if (typeof src === 'number') emitIpv4({ src, dst: dst as number, protocol: IPPROTO_TCP, payloadLen: 20, ttl }, b);
  else emitIpv6({ src, dst: dst as Uint8Array, nextHeader: IPPROTO_TCP, payloadLen: 20, hopLimit: ttl }, b);
  emitTcp({ srcPort: sport, dstPort: spec.port, seq: 1000, ack: 0, flags: TCP_SYN, window: 64240, payloadLen: 0 }, b.subarray(h), src, dst);
  return b;
}
