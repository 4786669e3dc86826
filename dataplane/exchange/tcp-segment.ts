// Building the TCP segments of a simulated connection: one IP packet per segment, with the
// addresses and ports of the side that sends it. Exchange code, not the hot path.
import { ipHeaderLength, isIpv6Packet } from '../wire/ip-packet.js';
import { emitIpv4, IPPROTO_TCP } from '../wire/ipv4.js';
import { emitIpv6 } from '../wire/ipv6.js';
import type { IpAddr } from '../wire/ip.js';
import { emitTcp } from '../wire/tcp.js';

export interface Endpoint { addr: IpAddr; port: number }

/** A segment from `from` to `to`; `window` as Linux advertises it after scaling (64240 on a SYN). */
export function tcpSegment(from: Endpoint, to: Endpoint, seq: number, ack: number, flags: number, data: Uint8Array, window = 502): Uint8Array {
  const h = typeof from.addr === 'number' ? 20 : 40;
  const b = new Uint8Array(h + 20 + data.length);
  if (typeof from.addr === 'number') emitIpv4({ src: from.addr, dst: to.addr as number, protocol: IPPROTO_TCP, payloadLen: 20 + data.length, ttl: 64 }, b);
  else emitIpv6({ src: from.addr, dst: to.addr as Uint8Array, nextHeader: IPPROTO_TCP, payloadLen: 20 + data.length, hopLimit: 64 }, b);
  b.set(data, h + 20);
  emitTcp({ srcPort: from.port, dstPort: to.port, seq: seq >>> 0, ack: ack >>> 0, flags, window, payloadLen: data.length }, b.subarray(h), from.addr, to.addr);
  return b;
}

/** The addresses and ports of a TCP or UDP packet as it is now (after any NAT on the way). */
export function endpointsOf(pkt: Uint8Array): { src: Endpoint; dst: Endpoint; l4: number } {
  const v6 = isIpv6Packet(pkt), h = ipHeaderLength(pkt);
  const addr = (o: number): IpAddr => (v6 ? pkt.slice(o, o + 16) : ((pkt[o] << 24 | pkt[o + 1] << 16 | pkt[o + 2] << 8 | pkt[o + 3]) >>> 0));
  return {
    src: { addr: addr(v6 ? 8 : 12), port: (pkt[h] << 8) | pkt[h + 1] },
    dst: { addr: addr(v6 ? 24 : 16), port: (pkt[h + 2] << 8) | pkt[h + 3] },
    l4: h,
  };
}
