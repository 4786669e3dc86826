// ICMPv6 messages (RFC 4443): echo request/reply, destination unreachable, time exceeded.
// Imports only wire/. Guarantee: after checkIcmpv6(b) returns true, no accessor below reads or
// writes outside b. `b` is the whole message; its checksum includes the IPv6 pseudo-header.
import { get16, set16 } from './bytes.js';
import { checksum, foldSum, ipv6PseudoHeaderSum, sumBytes, updateChecksum16, updateChecksumBytes } from './checksum.js';

//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |     Type      |     Code      |          Checksum             |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |   Identifier (echo) / unused  | Sequence Number (echo)/unused |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// | Data (echo) / As much of invoking packet as fits in 1280 ...  |
const F = { TYPE: 0, CODE: 1, CSUM: 2, IDENT: 4, SEQ: 6, DATA: 8 } as const;

export const ICMPV6_HEADER_LEN = 8;
export const ICMPV6_DST_UNREACHABLE = 1;
export const ICMPV6_TIME_EXCEEDED = 3;
export const ICMPV6_ECHO_REQUEST = 128;
export const ICMPV6_ECHO_REPLY = 129;
/** Destination-unreachable codes (RFC 4443 §3.1). */
export const ICMPV6_NO_ROUTE = 0, ICMPV6_ADDR_UNREACHABLE = 3, ICMPV6_PORT_UNREACHABLE = 4;
/** Time-exceeded code 0: hop limit exceeded in transit. */
export const ICMPV6_HOP_LIMIT_EXCEEDED = 0;
/** RFC 4443 §2.4 (c): an error message must not make the packet exceed the minimum MTU. */
export const ICMPV6_ERROR_MAX_LEN = 1280;

export type Icmpv6Repr =
  | { readonly kind: 'echoRequest' | 'echoReply'; readonly ident: number; readonly seqNo: number; readonly data: Uint8Array }
  | { readonly kind: 'dstUnreachable' | 'timeExceeded'; readonly code: number; readonly invoking: Uint8Array };

export function checkIcmpv6(b: Uint8Array): boolean { return b.length >= ICMPV6_HEADER_LEN; }

export function icmpv6Type(b: Uint8Array): number { return b[F.TYPE]; }
export function icmpv6Code(b: Uint8Array): number { return b[F.CODE]; }
export function icmpv6Checksum(b: Uint8Array): number { return get16(b, F.CSUM); }
export function icmpv6EchoIdent(b: Uint8Array): number { return get16(b, F.IDENT); }
export function icmpv6EchoSeqNo(b: Uint8Array): number { return get16(b, F.SEQ); }
/** Echo data, or the invoking packet of an error, as a view. */
export function icmpv6Data(b: Uint8Array): Uint8Array { return b.subarray(F.DATA); }

export function icmpv6ChecksumValid(b: Uint8Array, src: Uint8Array, dst: Uint8Array): boolean {
  return foldSum(sumBytes(b, 0, b.length, ipv6PseudoHeaderSum(src, dst, 58, b.length))) === 0xffff;
}

export function fillIcmpv6Checksum(b: Uint8Array, src: Uint8Array, dst: Uint8Array): void {
  set16(b, F.CSUM, 0);
  set16(b, F.CSUM, checksum(b, 0, b.length, ipv6PseudoHeaderSum(src, dst, 58, b.length)));
}

/** Rewrites the echo identifier with an RFC 1624 §3 checksum update. */
export function setIcmpv6EchoIdentUpdatingChecksum(b: Uint8Array, ident: number): void {
  set16(b, F.CSUM, updateChecksum16(get16(b, F.CSUM), get16(b, F.IDENT), ident));
  set16(b, F.IDENT, ident);
}

/** Follows an IPv6 address rewrite (either one): the pseudo-header is in the checksum. */
export function updateIcmpv6ChecksumForAddr(b: Uint8Array, oldAddr: Uint8Array, newAddr: Uint8Array): void {
  set16(b, F.CSUM, updateChecksumBytes(get16(b, F.CSUM), oldAddr, newAddr));
}

function kindOf(type: number): Icmpv6Repr['kind'] | undefined {
  switch (type) {
    case ICMPV6_ECHO_REQUEST: return 'echoRequest';
    case ICMPV6_ECHO_REPLY: return 'echoReply';
    case ICMPV6_DST_UNREACHABLE: return 'dstUnreachable';
    case ICMPV6_TIME_EXCEEDED: return 'timeExceeded';
    default: return undefined;
  }
}

/** The Repr of a checked message whose checksum verifies against src/dst; data are copied. */
export function parseIcmpv6(b: Uint8Array, src: Uint8Array, dst: Uint8Array): Icmpv6Repr | undefined {
  if (!checkIcmpv6(b) || !icmpv6ChecksumValid(b, src, dst)) return undefined;
  const kind = kindOf(b[F.TYPE]);
  if (kind === undefined) return undefined;
  const data = icmpv6Data(b).slice();
  if (kind === 'echoRequest' || kind === 'echoReply') {
    return b[F.CODE] === 0 ? { kind, ident: icmpv6EchoIdent(b), seqNo: icmpv6EchoSeqNo(b), data } : undefined;
  }
  return { kind, code: b[F.CODE], invoking: data };
}

export function icmpv6BufferLen(repr: Icmpv6Repr): number {
  return ICMPV6_HEADER_LEN + ('data' in repr ? repr.data.length : repr.invoking.length);
}

const TYPE_OF = { echoRequest: ICMPV6_ECHO_REQUEST, echoReply: ICMPV6_ECHO_REPLY,
  dstUnreachable: ICMPV6_DST_UNREACHABLE, timeExceeded: ICMPV6_TIME_EXCEEDED } as const;

/**
 * Writes the whole message at b[0] with its pseudo-header checksum; errors carry `invoking`
 * verbatim (the caller truncates to fit ICMPV6_ERROR_MAX_LEN). Throws RangeError if b is short.
 */
export function emitIcmpv6(repr: Icmpv6Repr, b: Uint8Array, src: Uint8Array, dst: Uint8Array): void {
  const len = icmpv6BufferLen(repr);
  if (b.length < len) throw new RangeError('emitIcmpv6: buffer too short');
  const m = b.subarray(0, len);
  m[F.TYPE] = TYPE_OF[repr.kind];
  if ('data' in repr) {
    m[F.CODE] = 0; set16(m, F.IDENT, repr.ident); set16(m, F.SEQ, repr.seqNo);
    m.set(repr.data, F.DATA);
  } else {
    m[F.CODE] = repr.code; set16(m, F.IDENT, 0); set16(m, F.SEQ, 0);
    m.set(repr.invoking, F.DATA);
  }
  fillIcmpv6Checksum(m, src, dst);
}
