// Version-agnostic reads of a raw IP packet at b[at] (the version nibble decides), for code that
// handles both families at once: exchanges matching answers, captures, traces. Callers have
// checked the header (checkIpv4/checkIpv6). Imports wire/ only.
import { formatIpv4, formatIpv6 } from './ip.js';

export const isIpv6Packet = (b: Uint8Array, at = 0): boolean => b[at] >> 4 === 6;

/** Bytes of the IP header: IHL * 4 for IPv4, 40 for IPv6 (no extension headers). */
export const ipHeaderLength = (b: Uint8Array, at = 0): number => (isIpv6Packet(b, at) ? 40 : (b[at] & 0x0f) * 4);

/** The IPv4 protocol or IPv6 next header. */
export const ipProtocol = (b: Uint8Array, at = 0): number => (isIpv6Packet(b, at) ? b[at + 6] : b[at + 9]);

/** The whole packet's length as its header states it. */
export const ipPacketLength = (b: Uint8Array): number =>
  (isIpv6Packet(b) ? 40 + ((b[4] << 8) | b[5]) : (b[2] << 8) | b[3]);

/** The source address as text. */
export function ipSourceText(b: Uint8Array): string {
  if (isIpv6Packet(b)) return formatIpv6(b.slice(8, 24));
  return formatIpv4(((b[12] << 24) | (b[13] << 16) | (b[14] << 8) | b[15]) >>> 0);
}
