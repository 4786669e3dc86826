// The packets the simulated tools send: ICMP echo requests with iputils' payload (a timeval,
// then bytes counting up from 0x10) and traceroute's UDP probes. Exchange code, not the hot path.
import { set16 } from '../wire/bytes.js';
import { fillIcmpv4Checksum, ICMPV4_ECHO_REQUEST } from '../wire/icmpv4.js';
import { fillIcmpv6Checksum, ICMPV6_ECHO_REQUEST } from '../wire/icmpv6.js';
import type { IpAddr } from '../wire/ip.js';
import { emitIpv4, IPPROTO_ICMP, IPPROTO_UDP } from '../wire/ipv4.js';
import { emitIpv6, IPPROTO_ICMPV6 } from '../wire/ipv6.js';
import { emitUdp } from '../wire/udp.js';

const ipHeaderLen = (a: IpAddr): number => (typeof a === 'number' ? 20 : 40);

function emitIp(src: IpAddr, dst: IpAddr, protocol: number, payloadLen: number, ttl: number, b: Uint8Array): void {
  if (typeof src === 'number' && typeof dst === 'number') emitIpv4({ src, dst, protocol, payloadLen, ttl }, b);
  else emitIpv6({ src: src as Uint8Array, dst: dst as Uint8Array, nextHeader: protocol, payloadLen, hopLimit: ttl }, b);
}

/** An echo request of `payloadSize` data bytes (ping -s); the first 8 carry the send time as iputils' timeval does. */
export function echoRequest(src: IpAddr, dst: IpAddr, ident: number, seq: number, payloadSize: number, ttl: number, sentNs: number): Uint8Array {
  const h = ipHeaderLen(src), v6 = h === 40;
  const b = new Uint8Array(h + 8 + payloadSize);
  emitIp(src, dst, v6 ? IPPROTO_ICMPV6 : IPPROTO_ICMP, 8 + payloadSize, ttl, b);
  const icmp = b.subarray(h);
  icmp[0] = v6 ? ICMPV6_ECHO_REQUEST : ICMPV4_ECHO_REQUEST;
  set16(icmp, 4, ident); set16(icmp, 6, seq);
  const sec = Math.floor(sentNs / 1e9), usec = Math.floor((sentNs % 1e9) / 1e3);
  for (let i = 0; i < payloadSize; i++) icmp[8 + i] = i < 16 ? 0 : (i & 0xff);
  if (payloadSize >= 8) { icmp[8] = (sec >>> 24) & 0xff; icmp[9] = (sec >>> 16) & 0xff; icmp[10] = (sec >>> 8) & 0xff; icmp[11] = sec & 0xff; icmp[12] = (usec >>> 24) & 0xff; icmp[13] = (usec >>> 16) & 0xff; icmp[14] = (usec >>> 8) & 0xff; icmp[15] = usec & 0xff; }
  if (v6) fillIcmpv6Checksum(icmp, b.subarray(8, 24), b.subarray(24, 40)); else fillIcmpv4Checksum(icmp);
  return b;
}

/** A UDP datagram carrying `payloadLen` zero bytes (traceroute's probe, a UDP client's request). */
export function udpPacket(src: IpAddr, dst: IpAddr, srcPort: number, dstPort: number, payload: Uint8Array | number, ttl: number): Uint8Array {
  const h = ipHeaderLen(src);
  const data = typeof payload === 'number' ? new Uint8Array(payload) : payload;
  const b = new Uint8Array(h + 8 + data.length);
  emitIp(src, dst, IPPROTO_UDP, 8 + data.length, ttl, b);
  b.set(data, h + 8);
  emitUdp({ srcPort, dstPort, payloadLen: data.length }, b.subarray(h), src, dst);
  return b;
}
