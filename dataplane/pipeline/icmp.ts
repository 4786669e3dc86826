// The kernel's ICMP: the echo responder (rewrites the request into the reply in place, with
// RFC 1624 checksum updates) and the error generator (time exceeded, destination unreachable,
// quoting the invoking packet as RFC 792 / RFC 4443 §2.4 ask). Errors are rare: they allocate.
import { get16, set16 } from '../wire/bytes.js';
import { fillIcmpv4Checksum, ICMPV4_ECHO_REPLY, ICMPV4_ECHO_REQUEST, ICMPV4_ERROR_MAX_LEN } from '../wire/icmpv4.js';
import { fillIcmpv6Checksum, ICMPV6_ECHO_REPLY, ICMPV6_ECHO_REQUEST, ICMPV6_ERROR_MAX_LEN } from '../wire/icmpv6.js';
import { emitIpv4, IPPROTO_ICMP, ipv4HeaderLen, ipv4Src, ipv4TotalLen, ipv4IsFragment } from '../wire/ipv4.js';
import { emitIpv6, IPPROTO_ICMPV6, IPV6_HEADER_LEN, ipv6PayloadLen } from '../wire/ipv6.js';
import type { Fib } from '../tables/fib.js';
import { csumUpdate16 } from './rewrite.js';
import { sourceFor4, sourceFor6 } from './source.js';

/** TTL / hop limit of packets the simulated kernels originate (net.ipv4.ip_default_ttl). */
export const DEFAULT_TTL = 64;

/** Turns a checked IPv4 echo request addressed to this namespace into its reply, in place. */
export function echoReply4InPlace(b: Uint8Array): void {
  const hl = ipv4HeaderLen(b);
  for (let i = 12; i < 16; i++) { const t = b[i]; b[i] = b[i + 4]; b[i + 4] = t; }
  const oldTtlWord = (b[8] << 8) | b[9];
  b[8] = DEFAULT_TTL;
  const c = csumUpdate16((b[10] << 8) | b[11], oldTtlWord, (DEFAULT_TTL << 8) | b[9]);
  b[10] = c >>> 8; b[11] = c;
  b[hl] = ICMPV4_ECHO_REPLY;
  const ic = csumUpdate16((b[hl + 2] << 8) | b[hl + 3], ICMPV4_ECHO_REQUEST << 8, ICMPV4_ECHO_REPLY << 8);
  b[hl + 2] = ic >>> 8; b[hl + 3] = ic;
}

/** The same for IPv6: swapped addresses leave the pseudo-header sum unchanged. */
export function echoReply6InPlace(b: Uint8Array): void {
  for (let i = 8; i < 24; i++) { const t = b[i]; b[i] = b[i + 16]; b[i + 16] = t; }
  b[7] = DEFAULT_TTL;
  b[IPV6_HEADER_LEN] = ICMPV6_ECHO_REPLY;
  const c = IPV6_HEADER_LEN + 2;
  set16(b, c, csumUpdate16(get16(b, c), ICMPV6_ECHO_REQUEST << 8, ICMPV6_ECHO_REPLY << 8));
}

/** RFC 1122 §3.2.2: no error about an ICMP error, about a non-first fragment, or about a broadcast. */
function mayAnswer4(orig: Uint8Array): boolean {
  if (ipv4IsFragment(orig) && (get16(orig, 6) & 0x1fff) !== 0) return false;
  if (orig[9] !== IPPROTO_ICMP) return true;
  const t = orig[ipv4HeaderLen(orig)];
  return t === ICMPV4_ECHO_REQUEST || t === ICMPV4_ECHO_REPLY;
}

/**
 * An ICMPv4 error from namespace `ns` about the checked packet `orig`, or undefined when none
 * may be sent. `fromDst`: sourced from the original destination, as iptables REJECT answers.
 */
export function icmpv4Error(f: Fib, ns: number, orig: Uint8Array, type: number, code: number, fromDst = false): Uint8Array | undefined {
  if (!mayAnswer4(orig)) return undefined;
  const dst = ipv4Src(orig);
  const src = fromDst ? (orig[16] << 24 | orig[17] << 16 | orig[18] << 8 | orig[19]) >>> 0 : sourceFor4(f, ns, dst);
  if (src < 0) return undefined;
  const quote = Math.min(ipv4TotalLen(orig), ICMPV4_ERROR_MAX_LEN - 28);
  const b = new Uint8Array(28 + quote);
  emitIpv4({ src, dst, protocol: IPPROTO_ICMP, payloadLen: 8 + quote, ttl: DEFAULT_TTL }, b);
  b[20] = type; b[21] = code;
  b.set(orig.subarray(0, quote), 28);
  fillIcmpv4Checksum(b.subarray(20));
  return b;
}

function mayAnswer6(orig: Uint8Array): boolean {
  if (orig[24] === 0xff) return false; // multicast destination (RFC 4443 §2.4 e.3)
  if (orig[6] !== IPPROTO_ICMPV6) return true;
  return orig[IPV6_HEADER_LEN] >= 128; // informational messages only
}

/** An ICMPv6 error from namespace `ns` about the checked packet `orig`, or undefined. */
export function icmpv6Error(f: Fib, ns: number, orig: Uint8Array, type: number, code: number, fromDst = false): Uint8Array | undefined {
  if (!mayAnswer6(orig)) return undefined;
  const quote = Math.min(IPV6_HEADER_LEN + ipv6PayloadLen(orig), ICMPV6_ERROR_MAX_LEN - 48);
  const b = new Uint8Array(48 + quote);
  const src = new Uint8Array(16);
  if (fromDst) src.set(orig.subarray(24, 40));
  else if (!sourceFor6(f, ns, orig, 8, src, 0)) return undefined;
  emitIpv6({ src, dst: orig.subarray(8, 24), nextHeader: IPPROTO_ICMPV6, payloadLen: 8 + quote, hopLimit: DEFAULT_TTL }, b);
  b[40] = type; b[41] = code;
  b.set(orig.subarray(0, quote), 48);
  fillIcmpv6Checksum(b.subarray(40), b.subarray(8, 24), b.subarray(24, 40));
  return b;
}
