// UDP header view (RFC 768): ports, length, pseudo-header checksum for either family.
// Imports only wire/. Guarantee: after checkUdp(b) returns true, no accessor below reads or
// writes outside b, and udpPayload(b) is exactly the bytes the length field covers.
import type { IpAddr } from './ip.js';
import { get16, set16 } from './bytes.js';
import { checksum, foldSum, pseudoHeaderSum, sumBytes, updateChecksum16, updateChecksum32, updateChecksumBytes } from './checksum.js';

//  0      7 8     15 16    23 24    31
// +--------+--------+--------+--------+
// |     Source      |   Destination   |
// |      Port       |      Port       |
// +--------+--------+--------+--------+
// |     Length      |    Checksum     |
// +--------+--------+--------+--------+
// |          data octets ...
const F = { SRC_PORT: 0, DST_PORT: 2, LENGTH: 4, CSUM: 6 } as const;

export const UDP_HEADER_LEN = 8;
const PROTO = 17;

export interface UdpRepr {
  readonly srcPort: number;
  readonly dstPort: number;
  readonly payloadLen: number;
}

/** 8 <= length field <= b.length. */
export function checkUdp(b: Uint8Array): boolean {
  if (b.length < UDP_HEADER_LEN) return false;
  const len = get16(b, F.LENGTH);
  return len >= UDP_HEADER_LEN && len <= b.length;
}

export function udpSrcPort(b: Uint8Array): number { return get16(b, F.SRC_PORT); }
export function udpDstPort(b: Uint8Array): number { return get16(b, F.DST_PORT); }
export function udpLength(b: Uint8Array): number { return get16(b, F.LENGTH); }
export function udpChecksum(b: Uint8Array): number { return get16(b, F.CSUM); }
export function udpPayload(b: Uint8Array): Uint8Array { return b.subarray(UDP_HEADER_LEN, udpLength(b)); }

/** RFC 768: a zero checksum means none was sent, allowed over IPv4 only (RFC 8200 §8.1). */
export function udpChecksumValid(b: Uint8Array, src: IpAddr, dst: IpAddr): boolean {
  const len = udpLength(b);
  if (udpChecksum(b) === 0) return typeof src === 'number';
  return foldSum(sumBytes(b, 0, len, pseudoHeaderSum(src, dst, PROTO, len))) === 0xffff;
}

/** Computes the checksum over header and payload; a computed 0 is sent as 0xffff (RFC 768). */
export function fillUdpChecksum(b: Uint8Array, src: IpAddr, dst: IpAddr): void {
  const len = udpLength(b);
  set16(b, F.CSUM, 0);
  set16(b, F.CSUM, checksum(b, 0, len, pseudoHeaderSum(src, dst, PROTO, len)) || 0xffff);
}

function patchChecksum(b: Uint8Array, c: number): void {
  if (udpChecksum(b) !== 0) set16(b, F.CSUM, c || 0xffff);     // 0 over IPv4: no checksum to keep
}

export function setUdpSrcPortUpdatingChecksum(b: Uint8Array, port: number): void {
  patchChecksum(b, updateChecksum16(udpChecksum(b), udpSrcPort(b), port));
  set16(b, F.SRC_PORT, port);
}

export function setUdpDstPortUpdatingChecksum(b: Uint8Array, port: number): void {
  patchChecksum(b, updateChecksum16(udpChecksum(b), udpDstPort(b), port));
  set16(b, F.DST_PORT, port);
}

/** Follows a rewrite of either IP address (the pseudo-header is in the checksum). */
export function updateUdpChecksumForAddr(b: Uint8Array, oldAddr: IpAddr, newAddr: IpAddr): void {
  patchChecksum(b, typeof oldAddr === 'number'
    ? updateChecksum32(udpChecksum(b), oldAddr, newAddr as number)
    : updateChecksumBytes(udpChecksum(b), oldAddr, newAddr as Uint8Array));
}

/** The Repr of a checked datagram whose checksum verifies; undefined otherwise. */
export function parseUdp(b: Uint8Array, src: IpAddr, dst: IpAddr): UdpRepr | undefined {
  if (!checkUdp(b) || !udpChecksumValid(b, src, dst)) return undefined;
  return { srcPort: udpSrcPort(b), dstPort: udpDstPort(b), payloadLen: udpLength(b) - UDP_HEADER_LEN };
}

export function udpBufferLen(repr: UdpRepr): number { return UDP_HEADER_LEN + repr.payloadLen; }

/**
 * Writes the header at b[0] and the checksum over it and the payload, which must already be in
 * b[8, 8 + payloadLen) (smoltcp UdpRepr::emit). Throws RangeError if b is shorter than bufferLen.
 */
export function emitUdp(repr: UdpRepr, b: Uint8Array, src: IpAddr, dst: IpAddr): void {
  if (b.length < udpBufferLen(repr)) throw new RangeError('emitUdp: buffer too short');
  set16(b, F.SRC_PORT, repr.srcPort); set16(b, F.DST_PORT, repr.dstPort);
  set16(b, F.LENGTH, udpBufferLen(repr));
  fillUdpChecksum(b, src, dst);
}
