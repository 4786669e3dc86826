// Test-only packet builders for the capture tests: whole IPv4/IPv6 packets made with the wire
// layer's emit functions, so every checksum is real. Addresses are text for readable tables.
import { parseIp } from '../../dataplane/wire/ip.js';
import { emitIpv4, IPV4_HEADER_LEN } from '../../dataplane/wire/ipv4.js';
import { emitIpv6, IPV6_HEADER_LEN } from '../../dataplane/wire/ipv6.js';
import { emitIcmpv4, icmpv4BufferLen, type Icmpv4Repr } from '../../dataplane/wire/icmpv4.js';
import { emitIcmpv6, icmpv6BufferLen, type Icmpv6Repr } from '../../dataplane/wire/icmpv6.js';
import { emitUdp } from '../../dataplane/wire/udp.js';
import { emitTcp, fillTcpChecksum, TCP_ACK, TCP_FIN, TCP_PSH, TCP_RST, TCP_SYN } from '../../dataplane/wire/tcp.js';

export { TCP_ACK, TCP_FIN, TCP_PSH, TCP_RST, TCP_SYN };

function addr(s: string): number | Uint8Array {
  const a = parseIp(s);
  if (a === undefined) throw new Error(`bad address ${s}`);
  return a;
}

/** An IP packet around `l4` (already emitted with its checksum), TTL/hop limit `ttl`. */
function wrap(src: string, dst: string, protocol: number, l4: Uint8Array, ttl: number): Uint8Array {
  const s = addr(src), d = addr(dst);
  if (typeof s === 'number') {
    const b = new Uint8Array(IPV4_HEADER_LEN + l4.length);
    emitIpv4({ src: s, dst: d as number, protocol, payloadLen: l4.length, ttl }, b);
    b.set(l4, IPV4_HEADER_LEN);
    return b;
  }
  const b = new Uint8Array(IPV6_HEADER_LEN + l4.length);
  emitIpv6({ src: s, dst: d as Uint8Array, nextHeader: protocol, payloadLen: l4.length, hopLimit: ttl }, b);
  b.set(l4, IPV6_HEADER_LEN);
  return b;
}

/** Any protocol number over IPv4 or IPv6 (by the address family), payload as given. */
export function ipPacket(src: string, dst: string, protocol: number, payload: Uint8Array, ttl = 64): Uint8Array {
  return wrap(src, dst, protocol, payload, ttl);
}

const isV6 = (s: string): boolean => s.includes(':');

/** ping's payload: `len` bytes counting up from 0x08 after an 8-byte timestamp of zeros. */
export function pingData(len = 56): Uint8Array {
  return Uint8Array.from({ length: len }, (_, i) => (i < 8 ? 0 : i & 0xff));
}

export function icmpEcho(src: string, dst: string, kind: 'echoRequest' | 'echoReply', ident: number, seqNo: number,
  data = pingData(), ttl = 64): Uint8Array {
  if (isV6(src)) {
    const r: Icmpv6Repr = { kind, ident, seqNo, data };
    const m = new Uint8Array(icmpv6BufferLen(r));
    emitIcmpv6(r, m, addr(src) as Uint8Array, addr(dst) as Uint8Array);
    return wrap(src, dst, 58, m, ttl);
  }
  const r: Icmpv4Repr = { kind, ident, seqNo, data };
  const m = new Uint8Array(icmpv4BufferLen(r));
  emitIcmpv4(r, m);
  return wrap(src, dst, 1, m, ttl);
}

/** An ICMP/ICMPv6 error from `src` to `dst` quoting `invoking` (RFC 792: header + 8 bytes; RFC 4443: as much as fits). */
export function icmpError(src: string, dst: string, kind: 'dstUnreachable' | 'timeExceeded', code: number,
  invoking: Uint8Array, ttl = 64): Uint8Array {
  if (isV6(src)) {
    const r: Icmpv6Repr = { kind, code, invoking: invoking.subarray(0, 1280 - 48) };
    const m = new Uint8Array(icmpv6BufferLen(r));
    emitIcmpv6(r, m, addr(src) as Uint8Array, addr(dst) as Uint8Array);
    return wrap(src, dst, 58, m, ttl);
  }
  const hl = (invoking[0] & 0x0f) * 4;
  const r: Icmpv4Repr = { kind, code, invoking: invoking.subarray(0, hl + 8) };
  const m = new Uint8Array(icmpv4BufferLen(r));
  emitIcmpv4(r, m);
  return wrap(src, dst, 1, m, ttl);
}

export function udp(src: string, srcPort: number, dst: string, dstPort: number, payload: Uint8Array, ttl = 64): Uint8Array {
  const seg = new Uint8Array(8 + payload.length);
  seg.set(payload, 8);
  emitUdp({ srcPort, dstPort, payloadLen: payload.length }, seg, addr(src), addr(dst));
  return wrap(src, dst, 17, seg, ttl);
}

export interface TcpSeg {
  srcPort: number; dstPort: number; seq: number; ack: number; flags: number; window: number;
  /** Raw option bytes, padded by the caller to a multiple of 4. */
  options?: Uint8Array; payload?: Uint8Array;
}

export function tcp(src: string, dst: string, t: TcpSeg, ttl = 64): Uint8Array {
  const opts = t.options ?? new Uint8Array(0), payload = t.payload ?? new Uint8Array(0);
  const seg = new Uint8Array(20 + opts.length + payload.length);
  seg.set(opts, 20); seg.set(payload, 20 + opts.length);
  const s = addr(src), d = addr(dst);
  emitTcp({ ...t, payloadLen: opts.length + payload.length }, seg, s, d);
  seg[12] = ((20 + opts.length) / 4) << 4;
  fillTcpChecksum(seg, s, d);
  return wrap(src, dst, 6, seg, ttl);
}

/** Linux's SYN options: mss, sackOK, TS val/ecr, nop, wscale (20 bytes). */
export function synOptions(mss: number, tsVal: number, tsEcr: number, wscale: number): Uint8Array {
  return Uint8Array.of(2, 4, mss >> 8, mss & 255, 4, 2, 8, 10, ...be32(tsVal), ...be32(tsEcr), 1, 3, 3, wscale);
}

/** Linux's established-flow options: nop, nop, TS val/ecr (12 bytes). */
export function tsOptions(tsVal: number, tsEcr: number): Uint8Array {
  return Uint8Array.of(1, 1, 8, 10, ...be32(tsVal), ...be32(tsEcr));
}

function be32(v: number): number[] { return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255]; }

export const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
