// The RST a closed TCP port answers with (RFC 9293 §3.10.7.1): to a SYN, seq 0 and
// ACK = SEG.SEQ + SEG.LEN; to anything else with ACK, seq = SEG.ACK. Never to a RST.
import { get16, get32 } from '../wire/bytes.js';
import { emitIpv4, IPPROTO_TCP, ipv4HeaderLen, ipv4TotalLen } from '../wire/ipv4.js';
import { emitIpv6, IPV6_HEADER_LEN, ipv6PayloadLen } from '../wire/ipv6.js';
import { emitTcp, TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN } from '../wire/tcp.js';
import { DEFAULT_TTL } from './icmp.js';

function resetFields(seg: Uint8Array, segLen: number): { seq: number; ack: number; flags: number } | undefined {
  const flags = seg[13];
  if (flags & TCP_RST) return undefined;
  const dataLen = segLen - (seg[12] >> 4) * 4;
  if (flags & TCP_ACK) return { seq: get32(seg, 8), ack: 0, flags: TCP_RST };
  const len = dataLen + (flags & TCP_SYN ? 1 : 0) + (flags & TCP_FIN ? 1 : 0);
  return { seq: 0, ack: (get32(seg, 4) + len) >>> 0, flags: TCP_RST | TCP_ACK };
}

/** The RST answering the checked IPv4 TCP segment `pkt`, or undefined for a RST. */
export function tcpReset4(pkt: Uint8Array): Uint8Array | undefined {
  const hl = ipv4HeaderLen(pkt);
  const seg = pkt.subarray(hl, ipv4TotalLen(pkt));
  if (seg.length < 20) return undefined;
  const r = resetFields(seg, seg.length);
  if (!r) return undefined;
  const src = (pkt[16] << 24 | pkt[17] << 16 | pkt[18] << 8 | pkt[19]) >>> 0;
  const dst = (pkt[12] << 24 | pkt[13] << 16 | pkt[14] << 8 | pkt[15]) >>> 0;
  const b = new Uint8Array(40);
  emitIpv4({ src, dst, protocol: IPPROTO_TCP, payloadLen: 20, ttl: DEFAULT_TTL }, b);
  emitTcp({ srcPort: get16(seg, 2), dstPort: get16(seg, 0), seq: r.seq, ack: r.ack, flags: r.flags, window: 0, payloadLen: 0 }, b.subarray(20), src, dst);
  return b;
}

/** The same for IPv6. */
export function tcpReset6(pkt: Uint8Array): Uint8Array | undefined {
  const seg = pkt.subarray(IPV6_HEADER_LEN, IPV6_HEADER_LEN + ipv6PayloadLen(pkt));
  if (seg.length < 20) return undefined;
  const r = resetFields(seg, seg.length);
  if (!r) return undefined;
  const b = new Uint8Array(60);
  const src = pkt.slice(24, 40), dst = pkt.slice(8, 24);
  emitIpv6({ src, dst, nextHeader: IPPROTO_TCP, payloadLen: 20, hopLimit: DEFAULT_TTL }, b);
  emitTcp({ srcPort: get16(seg, 2), dstPort: get16(seg, 0), seq: r.seq, ack: r.ack, flags: r.flags, window: 0, payloadLen: 0 }, b.subarray(40), src, dst);
  return b;
}
