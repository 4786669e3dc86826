// Which worker owns a flow: a symmetric hash of the original (pre-NAT) 5-tuple, so A→B and B→A
// meet the same worker and its conntrack entries (style.md "Which worker sees a flow").
// Allocation-free; imports wire/ only.
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP } from '../wire/ipv4.js';
import { IPPROTO_ICMPV6 } from '../wire/ipv6.js';

/** murmur3's fmix32: full avalanche of one 32-bit word. */
function fmix32(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** One endpoint (address words, port) folded into a word, murmur3-style. */
function endpointHash(a0: number, a1: number, a2: number, a3: number, port: number): number {
  let h = 0x9747b28c;
  h = Math.imul(h ^ fmix32(a0), 0x5bd1e995); h ^= h >>> 15;
  h = Math.imul(h ^ fmix32(a1), 0x5bd1e995); h ^= h >>> 15;
  h = Math.imul(h ^ fmix32(a2), 0x5bd1e995); h ^= h >>> 15;
  h = Math.imul(h ^ fmix32(a3), 0x5bd1e995); h ^= h >>> 15;
  return fmix32(h ^ port);
}

/**
 * The worker in [0, workers) that owns the flow. Addresses are four u32 words (IPv4: the
 * address in the first word, zeros after). Symmetric: swapping source and destination (both
 * address and port) gives the same worker, because the two endpoint hashes are added.
 */
export function flowShard(
  s0: number, s1: number, s2: number, s3: number, d0: number, d1: number, d2: number, d3: number,
  proto: number, sport: number, dport: number, workers: number,
): number {
  if (workers <= 1) return 0;
  const h = fmix32((endpointHash(s0, s1, s2, s3, sport) + endpointHash(d0, d1, d2, d3, dport) + proto) | 0);
  return (h >>> 0) % workers;
}

const word = (b: Uint8Array, o: number): number => (b[o] << 24 | b[o + 1] << 16 | b[o + 2] << 8 | b[o + 3]) >>> 0;
const half = (b: Uint8Array, o: number): number => b[o] << 8 | b[o + 1];

/** ICMP errors that quote the packet they are about (RFC 792, RFC 4443 §3). */
const isIcmpv4Error = (t: number): boolean => t === 3 || t === 11 || t === 12;
const isIcmpv6Error = (t: number): boolean => t >= 1 && t <= 4;

/**
 * The worker of the IP packet at b[off..end): TCP and UDP by ports, ICMP echo by its ident on
 * both sides (gVisor tupleID), an ICMP error by the flow it quotes (so it meets the flow's
 * conntrack entry), anything else (malformed included) by addresses alone.
 */
export function packetShard(b: Uint8Array, off: number, end: number, workers: number): number {
  return shardAt(b, off, end, workers, true);
}

function shardAt(b: Uint8Array, off: number, end: number, workers: number, outer: boolean): number {
  if (workers <= 1) return 0;
  const v = end > off ? b[off] >> 4 : 0;
  if (v === 4 && end - off >= 20) {
    const hl = (b[off] & 0x0f) * 4, l4 = off + hl, proto = b[off + 9];
    const s = word(b, off + 12), d = word(b, off + 16);
    if (proto === IPPROTO_ICMP && end - l4 >= 8) {
      const t = b[l4];
      if (outer && isIcmpv4Error(t)) return shardAt(b, l4 + 8, end, workers, false);
      if (t === 0 || t === 8) return flowShard(s, 0, 0, 0, d, 0, 0, 0, proto, half(b, l4 + 4), half(b, l4 + 4), workers);
    }
    const ports = (proto === IPPROTO_TCP || proto === IPPROTO_UDP) && end - l4 >= 4;
    return flowShard(s, 0, 0, 0, d, 0, 0, 0, proto, ports ? half(b, l4) : 0, ports ? half(b, l4 + 2) : 0, workers);
  }
  if (v === 6 && end - off >= 40) {
    const l4 = off + 40, proto = b[off + 6], s = off + 8, d = off + 24;
    if (proto === IPPROTO_ICMPV6 && end - l4 >= 8) {
      const t = b[l4];
      if (outer && isIcmpv6Error(t)) return shardAt(b, l4 + 8, end, workers, false);
      if (t === 128 || t === 129) return shard6(b, s, d, proto, half(b, l4 + 4), half(b, l4 + 4), workers);
    }
    const ports = (proto === IPPROTO_TCP || proto === IPPROTO_UDP) && end - l4 >= 4;
    return shard6(b, s, d, proto, ports ? half(b, l4) : 0, ports ? half(b, l4 + 2) : 0, workers);
  }
  return 0;
}

function shard6(b: Uint8Array, s: number, d: number, proto: number, sport: number, dport: number, workers: number): number {
  return flowShard(word(b, s), word(b, s + 4), word(b, s + 8), word(b, s + 12),
    word(b, d), word(b, d + 4), word(b, d + 8), word(b, d + 12), proto, sport, dport, workers);
}
