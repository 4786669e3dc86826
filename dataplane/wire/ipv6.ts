// IPv6 fixed header view (RFC 8200 §3): field offsets, a one-time check, accessors, Ipv6Repr.
// Imports only wire/. Guarantee: after checkIpv6(b) returns true, no accessor below reads or
// writes outside b, and ipv6Payload(b) is exactly the bytes the payload length covers.
import { get16, set16, set32 } from './bytes.js';

//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |Version| Traffic Class |           Flow Label                  |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |         Payload Length        |  Next Header  |   Hop Limit   |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                     Source Address (128 bits)                 |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                  Destination Address (128 bits)               |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
const F = { VER_TC_FLOW: 0, PAYLOAD_LEN: 4, NEXT_HEADER: 6, HOP_LIMIT: 7, SRC: 8, DST: 24 } as const;

export const IPV6_HEADER_LEN = 40;
export const IPPROTO_ICMPV6 = 58;

export interface Ipv6Repr {
  readonly src: Uint8Array;
  readonly dst: Uint8Array;
  readonly nextHeader: number;
  readonly payloadLen: number;
  readonly hopLimit: number;
}

/** Version 6 and 40 + payload length <= b.length (jumbograms, payload length 0, unsupported). */
export function checkIpv6(b: Uint8Array): boolean {
  return b.length >= IPV6_HEADER_LEN && b[F.VER_TC_FLOW] >> 4 === 6
    && IPV6_HEADER_LEN + get16(b, F.PAYLOAD_LEN) <= b.length;
}

export function ipv6PayloadLen(b: Uint8Array): number { return get16(b, F.PAYLOAD_LEN); }
export function ipv6NextHeader(b: Uint8Array): number { return b[F.NEXT_HEADER]; }
export function ipv6HopLimit(b: Uint8Array): number { return b[F.HOP_LIMIT]; }
/** The source address as a view into b (copy it with slice() to keep it). */
export function ipv6Src(b: Uint8Array): Uint8Array { return b.subarray(F.SRC, F.SRC + 16); }
/** The destination address as a view into b (copy it with slice() to keep it). */
export function ipv6Dst(b: Uint8Array): Uint8Array { return b.subarray(F.DST, F.DST + 16); }
/** The payload as a view (never a copy), bounded by the payload length. */
export function ipv6Payload(b: Uint8Array): Uint8Array {
  return b.subarray(IPV6_HEADER_LEN, IPV6_HEADER_LEN + ipv6PayloadLen(b));
}

/** IPv6 has no header checksum: hop-limit and address rewrites need no update here. */
export function setIpv6HopLimit(b: Uint8Array, v: number): void { b[F.HOP_LIMIT] = v; }
export function setIpv6Src(b: Uint8Array, a: Uint8Array): void { b.set(a, F.SRC); }
export function setIpv6Dst(b: Uint8Array, a: Uint8Array): void { b.set(a, F.DST); }

/** The Repr of a checked header (addresses copied out); undefined when the check fails. */
export function parseIpv6(b: Uint8Array): Ipv6Repr | undefined {
  if (!checkIpv6(b)) return undefined;
  return {
    src: ipv6Src(b).slice(), dst: ipv6Dst(b).slice(), nextHeader: ipv6NextHeader(b),
    payloadLen: ipv6PayloadLen(b), hopLimit: ipv6HopLimit(b),
  };
}

export function ipv6BufferLen(_repr: Ipv6Repr): number { return IPV6_HEADER_LEN; }

/** Writes the 40-byte header at b[0] with traffic class and flow label 0. Throws RangeError if short. */
export function emitIpv6(repr: Ipv6Repr, b: Uint8Array): void {
  if (b.length < IPV6_HEADER_LEN) throw new RangeError('emitIpv6: buffer too short');
  set32(b, F.VER_TC_FLOW, 0x6000_0000);
  set16(b, F.PAYLOAD_LEN, repr.payloadLen);
  b[F.NEXT_HEADER] = repr.nextHeader; b[F.HOP_LIMIT] = repr.hopLimit;
  b.set(repr.src, F.SRC); b.set(repr.dst, F.DST);
}
