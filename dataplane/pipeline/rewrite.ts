// In-place address and port rewrites for NAT with RFC 1624 checksum updates: the IPv4 header
// checksum and the TCP/UDP checksum (whose pseudo-header holds the addresses). Word-wise, no
// allocation. A zero IPv4 UDP checksum means "none" and stays zero.
import { get16, get32, set16, set32 } from '../wire/bytes.js';
import { updateChecksum16, updateChecksum32 } from '../wire/checksum.js';

/** Offset of the L4 checksum, or -1 when there is none to keep (IPv4 UDP without checksum). */
function l4Csum(pkt: Uint8Array, v6: boolean, h: number, proto: number): number {
  const at = proto === 6 ? h + 16 : h + 6;
  return !v6 && proto === 17 && get16(pkt, at) === 0 ? -1 : at;
}

/** Rewrites addresses to src[s..s+4) / dst[d..d+4) (words as flow keys hold them) and ports to `ports` (sport << 16 | dport). */
export function rewriteFlow(pkt: Uint8Array, v6: boolean, h: number, proto: number, src: Int32Array, s: number, dst: Int32Array, d: number, ports: number): void {
  const cs = l4Csum(pkt, v6, h, proto);
  let l4 = cs >= 0 ? get16(pkt, cs) : 0;
  if (v6) {
    for (let i = 0; i < 4; i++) {
      l4 = swapWord(pkt, 8 + 4 * i, src[s + i] >>> 0, l4);
      l4 = swapWord(pkt, 24 + 4 * i, dst[d + i] >>> 0, l4);
    }
  } else {
    let ipc = get16(pkt, 10);
    const os = get32(pkt, 12), od = get32(pkt, 16), ns = src[s] >>> 0, nd = dst[d] >>> 0;
    if (os !== ns) { ipc = updateChecksum32(ipc, os, ns); l4 = updateChecksum32(l4, os, ns); set32(pkt, 12, ns); }
    if (od !== nd) { ipc = updateChecksum32(ipc, od, nd); l4 = updateChecksum32(l4, od, nd); set32(pkt, 16, nd); }
    set16(pkt, 10, ipc);
  }
  const sp = ports >>> 16, dp = ports & 0xffff, osp = get16(pkt, h), odp = get16(pkt, h + 2);
  if (osp !== sp) { l4 = updateChecksum16(l4, osp, sp); set16(pkt, h, sp); }
  if (odp !== dp) { l4 = updateChecksum16(l4, odp, dp); set16(pkt, h + 2, dp); }
  if (cs >= 0) set16(pkt, cs, l4);
}

function swapWord(pkt: Uint8Array, at: number, word: number, csum: number): number {
  const old = get32(pkt, at);
  if (old === word) return csum;
  set32(pkt, at, word);
  return updateChecksum32(csum, old, word);
}

/** Loads the flow key words of a packet: [ns, proto | v4-bit, sport << 16 | dport, src4, dst4]. */
export function loadFlowKey(k: Int32Array, ns: number, pkt: Uint8Array, v6: boolean, h: number, proto: number): void {
  k[0] = ns; k[1] = proto | (v6 ? 0 : 256); k[2] = (get16(pkt, h) << 16) | get16(pkt, h + 2);
  if (v6) { for (let i = 0; i < 4; i++) { k[3 + i] = get32(pkt, 8 + 4 * i) | 0; k[7 + i] = get32(pkt, 24 + 4 * i) | 0; } return; }
  k[3] = get32(pkt, 12) | 0; k[4] = 0; k[5] = 0; k[6] = 0;
  k[7] = get32(pkt, 16) | 0; k[8] = 0; k[9] = 0; k[10] = 0;
}
