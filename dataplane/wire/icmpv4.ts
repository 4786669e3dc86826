// ICMPv4 messages (RFC 792): echo request/reply, destination unreachable, time exceeded.
// Imports only wire/. Guarantee: after checkIcmpv4(b) returns true, no accessor below reads or
// writes outside b. `b` is the whole message (the IPv4 payload); the checksum covers all of it.
import { get16, set16 } from './bytes.js';
import { checksum, foldSum, sumBytes, updateChecksum16 } from './checksum.js';

//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |     Type      |     Code      |          Checksum             |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |   Identifier (echo) / unused  | Sequence Number (echo)/unused |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |  Data (echo) / Internet Header + 64 bits of Original Data ... |
const F = { TYPE: 0, CODE: 1, CSUM: 2, IDENT: 4, SEQ: 6, DATA: 8 } as const;

export const ICMPV4_HEADER_LEN = 8;
export const ICMPV4_ECHO_REPLY = 0;
export const ICMPV4_DST_UNREACHABLE = 3;
export const ICMPV4_ECHO_REQUEST = 8;
export const ICMPV4_TIME_EXCEEDED = 11;
/** Destination-unreachable codes (RFC 792, RFC 1812 §5.2.7.1). */
export const ICMPV4_NET_UNREACHABLE = 0, ICMPV4_HOST_UNREACHABLE = 1, ICMPV4_PORT_UNREACHABLE = 3;
/** Time-exceeded code 0: TTL exceeded in transit. */
export const ICMPV4_TTL_EXCEEDED = 0;
/** RFC 1812 §4.3.2.3: an error message, IP header included, should not exceed 576 bytes. */
export const ICMPV4_ERROR_MAX_LEN = 576;

export type Icmpv4Repr =
  | { readonly kind: 'echoRequest' | 'echoReply'; readonly ident: number; readonly seqNo: number; readonly data: Uint8Array }
  | { readonly kind: 'dstUnreachable' | 'timeExceeded'; readonly code: number; readonly invoking: Uint8Array };

export function checkIcmpv4(b: Uint8Array): boolean { return b.length >= ICMPV4_HEADER_LEN; }

export function icmpv4Type(b: Uint8Array): number { return b[F.TYPE]; }
export function icmpv4Code(b: Uint8Array): number { return b[F.CODE]; }
export function icmpv4Checksum(b: Uint8Array): number { return get16(b, F.CSUM); }
/** Echo identifier: conntrack uses it in place of a port (gVisor tupleID). */
export function icmpv4EchoIdent(b: Uint8Array): number { return get16(b, F.IDENT); }
export function icmpv4EchoSeqNo(b: Uint8Array): number { return get16(b, F.SEQ); }
/** Echo data, or the invoking packet of an error, as a view. */
export function icmpv4Data(b: Uint8Array): Uint8Array { return b.subarray(F.DATA); }

export function icmpv4ChecksumValid(b: Uint8Array): boolean { return foldSum(sumBytes(b)) === 0xffff; }

export function fillIcmpv4Checksum(b: Uint8Array): void {
  set16(b, F.CSUM, 0);
  set16(b, F.CSUM, checksum(b));
}

/** Rewrites the echo identifier (ICMP "port" NAT) with an RFC 1624 §3 checksum update. */
export function setIcmpv4EchoIdentUpdatingChecksum(b: Uint8Array, ident: number): void {
  set16(b, F.CSUM, updateChecksum16(get16(b, F.CSUM), get16(b, F.IDENT), ident));
  set16(b, F.IDENT, ident);
}

function kindOf(type: number): Icmpv4Repr['kind'] | undefined {
  switch (type) {
    case ICMPV4_ECHO_REQUEST: return 'echoRequest';
    case ICMPV4_ECHO_REPLY: return 'echoReply';
    case ICMPV4_DST_UNREACHABLE: return 'dstUnreachable';
    case ICMPV4_TIME_EXCEEDED: return 'timeExceeded';
    default: return undefined;
  }
}

/** The Repr of a checked message with a valid checksum and a known type; data are copied. */
export function parseIcmpv4(b: Uint8Array): Icmpv4Repr | undefined {
  if (!checkIcmpv4(b) || !icmpv4ChecksumValid(b)) return undefined;
  const kind = kindOf(b[F.TYPE]);
  if (kind === undefined) return undefined;
  const data = icmpv4Data(b).slice();
  if (kind === 'echoRequest' || kind === 'echoReply') {
    return b[F.CODE] === 0 ? { kind, ident: icmpv4EchoIdent(b), seqNo: icmpv4EchoSeqNo(b), data } : undefined;
  }
  return { kind, code: b[F.CODE], invoking: data };
}

export function icmpv4BufferLen(repr: Icmpv4Repr): number {
  return ICMPV4_HEADER_LEN + ('data' in repr ? repr.data.length : repr.invoking.length);
}

const TYPE_OF = { echoRequest: ICMPV4_ECHO_REQUEST, echoReply: ICMPV4_ECHO_REPLY,
  dstUnreachable: ICMPV4_DST_UNREACHABLE, timeExceeded: ICMPV4_TIME_EXCEEDED } as const;

/**
 * Writes the whole message at b[0] with its checksum; errors carry `invoking` verbatim (the
 * caller truncates to ICMPV4_ERROR_MAX_LEN). Throws RangeError if b is shorter than bufferLen.
 */
export function emitIcmpv4(repr: Icmpv4Repr, b: Uint8Array): void {
  const len = icmpv4BufferLen(repr);
  if (b.length < len) throw new RangeError('emitIcmpv4: buffer too short');
  const m = b.subarray(0, len);
  m[F.TYPE] = TYPE_OF[repr.kind];
  if ('data' in repr) {
    m[F.CODE] = 0; set16(m, F.IDENT, repr.ident); set16(m, F.SEQ, repr.seqNo);
    m.set(repr.data, F.DATA);
  } else {
    m[F.CODE] = repr.code; set16(m, F.IDENT, 0); set16(m, F.SEQ, 0);
    m.set(repr.invoking, F.DATA);
  }
  fillIcmpv4Checksum(m);
}
