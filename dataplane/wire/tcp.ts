// TCP header view (RFC 9293 §3.1): ports, sequence numbers, flags, window, checksum. Options
// are skipped, never interpreted. Imports only wire/. Guarantee: after checkTcp(b) returns
// true, no accessor below reads or writes outside b. `b` is the whole segment (the IP payload).
import type { IpAddr } from './ip.js';
import { get16, get32, set16, set32 } from './bytes.js';
import { checksum, foldSum, pseudoHeaderSum, sumBytes, updateChecksum16, updateChecksum32, updateChecksumBytes } from './checksum.js';

//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |          Source Port          |       Destination Port        |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                        Sequence Number                        |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                    Acknowledgment Number                      |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |  Data |       |C|E|U|A|P|R|S|F|                               |
// | Offset| Rsrvd |W|C|R|C|S|S|Y|I|            Window             |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |           Checksum            |         Urgent Pointer        |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
const F = { SRC_PORT: 0, DST_PORT: 2, SEQ: 4, ACK: 8, OFF: 12, FLAGS: 13, WINDOW: 14, CSUM: 16, URGENT: 18 } as const;

export const TCP_HEADER_LEN = 20;
const PROTO = 6;
export const TCP_FIN = 0x01, TCP_SYN = 0x02, TCP_RST = 0x04, TCP_PSH = 0x08, TCP_ACK = 0x10, TCP_URG = 0x20;

export interface TcpRepr {
  readonly srcPort: number;
  readonly dstPort: number;
  readonly seq: number;
  readonly ack: number;
  /** The eight flag bits of byte 13 (TCP_SYN | TCP_ACK ...). */
  readonly flags: number;
  readonly window: number;
  readonly payloadLen: number;
}

/** 20 <= data offset * 4 <= b.length. */
export function checkTcp(b: Uint8Array): boolean {
  if (b.length < TCP_HEADER_LEN) return false;
  const hl = (b[F.OFF] >> 4) * 4;
  return hl >= TCP_HEADER_LEN && hl <= b.length;
}

export function tcpHeaderLen(b: Uint8Array): number { return (b[F.OFF] >> 4) * 4; }
export function tcpSrcPort(b: Uint8Array): number { return get16(b, F.SRC_PORT); }
export function tcpDstPort(b: Uint8Array): number { return get16(b, F.DST_PORT); }
export function tcpSeq(b: Uint8Array): number { return get32(b, F.SEQ); }
export function tcpAck(b: Uint8Array): number { return get32(b, F.ACK); }
export function tcpFlags(b: Uint8Array): number { return b[F.FLAGS]; }
export function tcpWindow(b: Uint8Array): number { return get16(b, F.WINDOW); }
export function tcpChecksum(b: Uint8Array): number { return get16(b, F.CSUM); }
export function tcpPayload(b: Uint8Array): Uint8Array { return b.subarray(tcpHeaderLen(b)); }

export function tcpChecksumValid(b: Uint8Array, src: IpAddr, dst: IpAddr): boolean {
  return foldSum(sumBytes(b, 0, b.length, pseudoHeaderSum(src, dst, PROTO, b.length))) === 0xffff;
}

export function fillTcpChecksum(b: Uint8Array, src: IpAddr, dst: IpAddr): void {
  set16(b, F.CSUM, 0);
  set16(b, F.CSUM, checksum(b, 0, b.length, pseudoHeaderSum(src, dst, PROTO, b.length)));
}

export function setTcpSrcPortUpdatingChecksum(b: Uint8Array, port: number): void {
  set16(b, F.CSUM, updateChecksum16(tcpChecksum(b), tcpSrcPort(b), port));
  set16(b, F.SRC_PORT, port);
}

export function setTcpDstPortUpdatingChecksum(b: Uint8Array, port: number): void {
  set16(b, F.CSUM, updateChecksum16(tcpChecksum(b), tcpDstPort(b), port));
  set16(b, F.DST_PORT, port);
}

/** Follows a rewrite of either IP address (the pseudo-header is in the checksum). */
export function updateTcpChecksumForAddr(b: Uint8Array, oldAddr: IpAddr, newAddr: IpAddr): void {
  set16(b, F.CSUM, typeof oldAddr === 'number'
    ? updateChecksum32(tcpChecksum(b), oldAddr, newAddr as number)
    : updateChecksumBytes(tcpChecksum(b), oldAddr, newAddr as Uint8Array));
}

/** The Repr of a checked segment whose checksum verifies; undefined otherwise. */
export function parseTcp(b: Uint8Array, src: IpAddr, dst: IpAddr): TcpRepr | undefined {
  if (!checkTcp(b) || !tcpChecksumValid(b, src, dst)) return undefined;
  return {
    srcPort: tcpSrcPort(b), dstPort: tcpDstPort(b), seq: tcpSeq(b), ack: tcpAck(b),
    flags: tcpFlags(b), window: tcpWindow(b), payloadLen: b.length - tcpHeaderLen(b),
  };
}

export function tcpBufferLen(repr: TcpRepr): number { return TCP_HEADER_LEN + repr.payloadLen; }

/**
 * Writes a 20-byte header (no options, urgent pointer 0) at b[0] and the checksum over it and
 * the payload, which must already be in b[20, 20 + payloadLen). Throws RangeError if b is short.
 */
export function emitTcp(repr: TcpRepr, b: Uint8Array, src: IpAddr, dst: IpAddr): void {
  const len = tcpBufferLen(repr);
  if (b.length < len) throw new RangeError('emitTcp: buffer too short');
  const s = b.subarray(0, len);
  set16(s, F.SRC_PORT, repr.srcPort); set16(s, F.DST_PORT, repr.dstPort);
  set32(s, F.SEQ, repr.seq); set32(s, F.ACK, repr.ack);
  s[F.OFF] = (TCP_HEADER_LEN / 4) << 4; s[F.FLAGS] = repr.flags;
  set16(s, F.WINDOW, repr.window); set16(s, F.URGENT, 0);
  fillTcpChecksum(s, src, dst);
}
