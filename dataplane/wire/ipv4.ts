// IPv4 header view (RFC 791 §3.1): field offsets, a one-time check, accessors and Ipv4Repr.
// Imports only wire/. Guarantee: after checkIpv4(b) returns true, no accessor below reads or
// writes outside b, and ipv4Payload(b) is exactly the bytes the total length covers.
import { get16, get32, set16, set32 } from './bytes.js';
import { checksum, sumBytes, foldSum, updateChecksum16, updateChecksum32 } from './checksum.js';

//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |Version|  IHL  |Type of Service|          Total Length         |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |         Identification        |Flags|      Fragment Offset    |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |  Time to Live |    Protocol   |         Header Checksum       |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                       Source Address                          |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                    Destination Address                        |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                    Options                    |    Padding    |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
const F = { VER_IHL: 0, TOS: 1, TOTAL_LEN: 2, IDENT: 4, FLG_OFF: 6, TTL: 8, PROTO: 9, CSUM: 10, SRC: 12, DST: 16 } as const;

export const IPV4_HEADER_LEN = 20;
export const IPPROTO_ICMP = 1;
export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;
/** Don't Fragment, in the flags/fragment-offset word. */
const DF = 0x4000;

export interface Ipv4Repr {
  readonly src: number;
  readonly dst: number;
  readonly protocol: number;
  readonly payloadLen: number;
  readonly ttl: number;
}

/** Version 4, IHL >= 5, and IHL*4 <= total length <= b.length (smoltcp `check_len`). */
export function checkIpv4(b: Uint8Array): boolean {
  if (b.length < IPV4_HEADER_LEN || b[F.VER_IHL] >> 4 !== 4) return false;
  const hl = (b[F.VER_IHL] & 0x0f) * 4, total = get16(b, F.TOTAL_LEN);
  return hl >= IPV4_HEADER_LEN && hl <= total && total <= b.length;
}

export function ipv4HeaderLen(b: Uint8Array): number { return (b[F.VER_IHL] & 0x0f) * 4; }
export function ipv4TotalLen(b: Uint8Array): number { return get16(b, F.TOTAL_LEN); }
export function ipv4Ident(b: Uint8Array): number { return get16(b, F.IDENT); }
export function ipv4DontFrag(b: Uint8Array): boolean { return (get16(b, F.FLG_OFF) & DF) !== 0; }
/** True for any fragment: More Fragments set or a non-zero offset. */
export function ipv4IsFragment(b: Uint8Array): boolean { return (get16(b, F.FLG_OFF) & 0x3fff) !== 0; }
export function ipv4Ttl(b: Uint8Array): number { return b[F.TTL]; }
export function ipv4Protocol(b: Uint8Array): number { return b[F.PROTO]; }
export function ipv4Checksum(b: Uint8Array): number { return get16(b, F.CSUM); }
export function ipv4Src(b: Uint8Array): number { return get32(b, F.SRC); }
export function ipv4Dst(b: Uint8Array): number { return get32(b, F.DST); }
/** The payload as a view (never a copy), bounded by the total length. */
export function ipv4Payload(b: Uint8Array): Uint8Array { return b.subarray(ipv4HeaderLen(b), ipv4TotalLen(b)); }

export function setIpv4Ttl(b: Uint8Array, v: number): void { b[F.TTL] = v; }
export function setIpv4Src(b: Uint8Array, a: number): void { set32(b, F.SRC, a); }
export function setIpv4Dst(b: Uint8Array, a: number): void { set32(b, F.DST, a); }

/** True when the header checksum verifies (the folded sum over the header is 0xffff). */
export function ipv4ChecksumValid(b: Uint8Array): boolean {
  return foldSum(sumBytes(b, 0, ipv4HeaderLen(b))) === 0xffff;
}

/** Recomputes the header checksum in full. */
export function fillIpv4Checksum(b: Uint8Array): void {
  set16(b, F.CSUM, 0);
  set16(b, F.CSUM, checksum(b, 0, ipv4HeaderLen(b)));
}

/** TTL shares a word with the protocol; RFC 1624 §3 on that word (RFC 1141 for the decrement). */
export function setIpv4TtlUpdatingChecksum(b: Uint8Array, v: number): void {
  const old = get16(b, F.TTL);
  b[F.TTL] = v;
  set16(b, F.CSUM, updateChecksum16(get16(b, F.CSUM), old, get16(b, F.TTL)));
}

/** gVisor header.IPv4.SetSourceAddressWithChecksumUpdate; the L4 checksum is the caller's. */
export function setIpv4SrcUpdatingChecksum(b: Uint8Array, a: number): void {
  set16(b, F.CSUM, updateChecksum32(get16(b, F.CSUM), get32(b, F.SRC), a));
  set32(b, F.SRC, a);
}

/** gVisor header.IPv4.SetDestinationAddressWithChecksumUpdate; the L4 checksum is the caller's. */
export function setIpv4DstUpdatingChecksum(b: Uint8Array, a: number): void {
  set16(b, F.CSUM, updateChecksum32(get16(b, F.CSUM), get32(b, F.DST), a));
  set32(b, F.DST, a);
}

/**
 * The Repr of a checked, unfragmented header with a valid checksum; undefined otherwise
 * (fragments are not reassembled, as smoltcp without `proto-ipv4-fragmentation`).
 */
export function parseIpv4(b: Uint8Array): Ipv4Repr | undefined {
  if (!checkIpv4(b) || !ipv4ChecksumValid(b) || ipv4IsFragment(b)) return undefined;
  return {
    src: ipv4Src(b), dst: ipv4Dst(b), protocol: ipv4Protocol(b),
    payloadLen: ipv4TotalLen(b) - ipv4HeaderLen(b), ttl: ipv4Ttl(b),
  };
}

export function ipv4BufferLen(_repr: Ipv4Repr): number { return IPV4_HEADER_LEN; }

/**
 * Writes a 20-byte header at b[0]: no options, TOS 0, ident 0, DF set (smoltcp Ipv4Repr::emit),
 * and the checksum. The payload is the caller's. Throws RangeError if b is shorter than 20.
 */
export function emitIpv4(repr: Ipv4Repr, b: Uint8Array): void {
  if (b.length < IPV4_HEADER_LEN) throw new RangeError('emitIpv4: buffer too short');
  b[F.VER_IHL] = 0x45; b[F.TOS] = 0;
  set16(b, F.TOTAL_LEN, IPV4_HEADER_LEN + repr.payloadLen);
  set16(b, F.IDENT, 0); set16(b, F.FLG_OFF, DF);
  b[F.TTL] = repr.ttl; b[F.PROTO] = repr.protocol;
  set32(b, F.SRC, repr.src); set32(b, F.DST, repr.dst);
  fillIpv4Checksum(b);
}
