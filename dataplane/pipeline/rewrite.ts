// In-place address and port rewrites for NAT with RFC 1624 checksum updates: the IPv4 header
// checksum and the TCP/UDP checksum (whose pseudo-header holds the addresses). Word-wise, no
// allocation. A zero IPv4 UDP checksum means "none" and stays zero.
import { get16, get32, set16, set32 } from '../wire/bytes.js';

/**
 * RFC 1624 §3 eqn. 3, HC' = ~(~HC + ~m + m'), for one 16-bit word: wire/checksum.ts
 * updateChecksum16 with integer folds (the sum is < 2^19, so two folds suffice).
 */
export function csumUpdate16(csum: number, oldWord: number, newWord: number): number {
  let s = (~csum & 0xffff) + (~oldWord & 0xffff) + (newWord & 0xffff);
  s = (s & 0xffff) + (s >>> 16);
  return ~((s & 0xffff) + (s >>> 16)) & 0xffff;
}

/** The same for a 32-bit field (an IPv4 address or the two ports), as two 16-bit words; int32 or u32 values. */
export function csumUpdate32(csum: number, oldValue: number, newValue: number): number {
  let s = (~csum & 0xffff) + (~(oldValue >>> 16) & 0xffff) + (~oldValue & 0xffff) + (newValue >>> 16) + (newValue & 0xffff);
  s = (s & 0xffff) + (s >>> 16);
  return ~((s & 0xffff) + (s >>> 16)) & 0xffff;
}

/** Offset of the L4 checksum, or -1 when there is none to keep (IPv4 UDP without checksum). */
function l4Csum(pkt: Uint8Array, v6: boolean, h: number, proto: number): number {
  const at = proto === 6 ? h + 16 : h + 6;
  return !v6 && proto === 17 && get16(pkt, at) === 0 ? -1 : at;
}

const word32 = (b: Uint8Array, o: number): number => (b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3];

/**
 * The IPv4 form of rewriteFlow: addresses to src / dst and ports to `ports` (sport << 16 |
 * dport), all int32 words as conntrack holds them; `h` is the header length.
 */
export function rewrite4(pkt: Uint8Array, h: number, proto: number, src: number, dst: number, ports: number): void {
  const cs = proto === 6 ? h + 16 : h + 6;
  let l4 = (pkt[cs] << 8) | pkt[cs + 1];
  const keepL4 = proto === 6 || l4 !== 0;
  let ipc = (pkt[10] << 8) | pkt[11];
  const os = word32(pkt, 12), od = word32(pkt, 16);
  if (os !== src) { ipc = csumUpdate32(ipc, os, src); l4 = csumUpdate32(l4, os, src); set32(pkt, 12, src); }
  if (od !== dst) { ipc = csumUpdate32(ipc, od, dst); l4 = csumUpdate32(l4, od, dst); set32(pkt, 16, dst); }
  pkt[10] = ipc >>> 8; pkt[11] = ipc;
  l4 = rewritePorts(pkt, h, ports, l4);
  if (keepL4) { pkt[cs] = l4 >>> 8; pkt[cs + 1] = l4; }
}

/** Sets the ports at pkt[h..h+4) to `ports`, updating `csum` word by word (only the words that change, as before). */
function rewritePorts(pkt: Uint8Array, h: number, ports: number, csum: number): number {
  const sp = ports >>> 16, dp = ports & 0xffff, osp = (pkt[h] << 8) | pkt[h + 1], odp = (pkt[h + 2] << 8) | pkt[h + 3];
  if (osp !== sp) { csum = csumUpdate16(csum, osp, sp); pkt[h] = sp >>> 8; pkt[h + 1] = sp; }
  if (odp !== dp) { csum = csumUpdate16(csum, odp, dp); pkt[h + 2] = dp >>> 8; pkt[h + 3] = dp; }
  return csum;
}

/** Rewrites addresses to src[s..s+4) / dst[d..d+4) (words as flow keys hold them) and ports to `ports` (sport << 16 | dport). */
export function rewriteFlow(pkt: Uint8Array, v6: boolean, h: number, proto: number, src: Int32Array, s: number, dst: Int32Array, d: number, ports: number): void {
  if (!v6) { rewrite4(pkt, h, proto, src[s], dst[d], ports); return; }
  const cs = l4Csum(pkt, v6, h, proto);
  let l4 = get16(pkt, cs);
  for (let i = 0; i < 4; i++) {
    l4 = swapWord(pkt, 8 + 4 * i, src[s + i], l4);
    l4 = swapWord(pkt, 24 + 4 * i, dst[d + i], l4);
  }
  set16(pkt, cs, rewritePorts(pkt, h, ports, l4));
}

function swapWord(pkt: Uint8Array, at: number, word: number, csum: number): number {
  const old = word32(pkt, at);
  if (old === word) return csum;
  set32(pkt, at, word);
  return csumUpdate32(csum, old, word);
}

/** Loads the flow key words of a packet: [ns, proto | v4-bit, sport << 16 | dport, src4, dst4]. */
export function loadFlowKey(k: Int32Array, ns: number, pkt: Uint8Array, v6: boolean, h: number, proto: number): void {
  k[0] = ns; k[1] = proto | (v6 ? 0 : 256); k[2] = (get16(pkt, h) << 16) | get16(pkt, h + 2);
  if (v6) { for (let i = 0; i < 4; i++) { k[3 + i] = get32(pkt, 8 + 4 * i) | 0; k[7 + i] = get32(pkt, 24 + 4 * i) | 0; } return; }
  k[3] = get32(pkt, 12) | 0; k[4] = 0; k[5] = 0; k[6] = 0;
  k[7] = get32(pkt, 16) | 0; k[8] = 0; k[9] = 0; k[10] = 0;
}

/** Loads the packed IPv6 conntrack key (tables/conntrack.ts) of a packet: [ns << 8 | proto, ports, src a0..a3, dst a0..a3]. */
export function loadPackedKey6(k: Int32Array, ns: number, pkt: Uint8Array, proto: number): void {
  k[0] = (ns << 8) | proto; k[1] = word32(pkt, 40);
  k[2] = word32(pkt, 8); k[3] = word32(pkt, 12); k[4] = word32(pkt, 16); k[5] = word32(pkt, 20);
  k[6] = word32(pkt, 24); k[7] = word32(pkt, 28); k[8] = word32(pkt, 32); k[9] = word32(pkt, 36);
}
