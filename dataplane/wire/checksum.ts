// The internet checksum (RFC 1071), its incremental update (RFC 1624 §3) and the IPv4/IPv6
// pseudo-header sums (RFC 768, RFC 793, RFC 8200 §8.1). Imports only wire/.
// A "sum" is an unfolded non-negative integer < 2^53; a "checksum" is the folded complement.
import type { IpAddr } from './ip.js';

/** Adds the 16-bit big-endian words of b[start, end) to `initial`; an odd last byte is padded. */
export function sumBytes(b: Uint8Array, start = 0, end = b.length, initial = 0): number {
  let s = initial, i = start;
  for (; i + 1 < end; i += 2) s += (b[i] << 8) | b[i + 1];
  if (i < end) s += b[i] << 8;
  return s;
}

/** End-around-carry fold of a sum to 16 bits (RFC 1071 §4.1). */
export function foldSum(sum: number): number {
  let s = sum;
  while (s > 0xffff) s = (s % 0x10000) + Math.floor(s / 0x10000);
  return s;
}

/** The value to write in a checksum field: ~fold(sum(b[start,end)) + initial). */
export function checksum(b: Uint8Array, start = 0, end = b.length, initial = 0): number {
  return ~foldSum(sumBytes(b, start, end, initial)) & 0xffff;
}

/** RFC 1624 §3 eqn. 3: HC' = ~(~HC + ~m + m') for one 16-bit word changing from m to m'. */
export function updateChecksum16(csum: number, oldWord: number, newWord: number): number {
  return ~foldSum((~csum & 0xffff) + (~oldWord & 0xffff) + (newWord & 0xffff)) & 0xffff;
}

/** RFC 1624 §3 for a 32-bit field (an IPv4 address), as two 16-bit words. */
export function updateChecksum32(csum: number, oldValue: number, newValue: number): number {
  const s = (~csum & 0xffff)
    + (~(oldValue >>> 16) & 0xffff) + (~oldValue & 0xffff)
    + (newValue >>> 16) + (newValue & 0xffff);
  return ~foldSum(s) & 0xffff;
}

/** RFC 1624 §3 for an even-length field (a 16-byte IPv6 address) changing from `oldB` to `newB`. */
export function updateChecksumBytes(csum: number, oldB: Uint8Array, newB: Uint8Array): number {
  let s = ~csum & 0xffff;
  for (let i = 0; i + 1 < oldB.length; i += 2) {
    s += (~((oldB[i] << 8) | oldB[i + 1]) & 0xffff) + ((newB[i] << 8) | newB[i + 1]);
  }
  return ~foldSum(s) & 0xffff;
}

/** RFC 768/793 IPv4 pseudo-header: src, dst, zero, protocol, upper-layer length. */
export function ipv4PseudoHeaderSum(src: number, dst: number, protocol: number, len: number): number {
  return (src >>> 16) + (src & 0xffff) + (dst >>> 16) + (dst & 0xffff) + protocol + len;
}

/** RFC 8200 §8.1 IPv6 pseudo-header: src, dst, 32-bit length, three zero bytes, next header. */
export function ipv6PseudoHeaderSum(src: Uint8Array, dst: Uint8Array, nextHeader: number, len: number): number {
  return sumBytes(dst, 0, 16, sumBytes(src, 0, 16)) + (len >>> 16) + (len & 0xffff) + nextHeader;
}

/** The pseudo-header sum of the family of `src` (both addresses must share it). */
export function pseudoHeaderSum(src: IpAddr, dst: IpAddr, protocol: number, len: number): number {
  return typeof src === 'number'
    ? ipv4PseudoHeaderSum(src, dst as number, protocol, len)
    : ipv6PseudoHeaderSum(src, dst as Uint8Array, protocol, len);
}
