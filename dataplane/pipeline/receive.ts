// processAt(): one packet at one namespace. Check the IP header once; in a node namespace let
// kube-proxy's NAT see it (nat.ts); look the destination up in the namespace's LPM, then
// deliver locally (local.ts) or forward (forward.ts). Time and endpoint choice come in
// PacketState; no I/O, no allocation but for generated ICMP errors and new flows' records.
import { checkIpv4 } from '../wire/ipv4.js';
import { checkIpv6 } from '../wire/ipv6.js';
import { RouteKind, type Fib } from '../tables/fib.js';
import { Action, DropReason } from './verdict.js';
import { drop, type HopOut } from './hop.js';
import { deliverLocal4, deliverLocal6 } from './local.js';
import { forward4, forward6, noRoute4, noRoute6 } from './forward.js';
import { CONTINUE, natAt4, natAt6 } from './nat.js';
import type { PacketState } from './state.js';

/**
 * Processes `pkt` (a raw IP packet starting at pkt[0]; the buffer may be longer) arriving at
 * namespace `ns` through interface `inIface` (global id), or originated there when -1, with
 * the thread's state `st` (conntrack, time, endpoint choice).
 * Returns the Action and fills `out`.
 */
export function processAt(f: Fib, st: PacketState, ns: number, inIface: number, pkt: Uint8Array, out: HopOut): Action {
  out.reset();
  const v = pkt.length > 0 ? pkt[0] >> 4 : 0;
  if (v === 4) return receive4(f, st, ns, inIface, pkt, out);
  if (v === 6) return receive6(f, st, ns, inIface, pkt, out);
  return drop(out, DropReason.MALFORMED_L3);
}

function receive4(f: Fib, st: PacketState, ns: number, inIface: number, pkt: Uint8Array, out: HopOut): Action {
  if (!checkIpv4(pkt)) return drop(out, DropReason.MALFORMED_L3);
  if (!headerChecksumValid4(pkt)) return drop(out, DropReason.BAD_CHECKSUM);
  if (f.nsIsNode[ns]) { const n = natAt4(f, st, ns, inIface, pkt, out); if (n !== CONTINUE) return n as Action; }
  const r = f.nsLpm4[ns].lookup((pkt[16] << 24 | pkt[17] << 16 | pkt[18] << 8 | pkt[19]) >>> 0);
  out.route = r;
  if (r < 0) return noRoute4(f, ns, inIface, pkt, out);
  if (f.routeKind[r] === RouteKind.LOCAL) return deliverLocal4(f, ns, pkt, out);
  return forward4(f, ns, inIface, r, pkt, out);
}

function receive6(f: Fib, st: PacketState, ns: number, inIface: number, pkt: Uint8Array, out: HopOut): Action {
  if (!checkIpv6(pkt)) return drop(out, DropReason.MALFORMED_L3);
  if (f.nsIsNode[ns]) { const n = natAt6(f, st, ns, inIface, pkt, out); if (n !== CONTINUE) return n as Action; }
  const r = f.nsLpm6[ns].lookup(pkt, 24);
  out.route = r;
  if (r < 0) return noRoute6(f, ns, inIface, pkt, out);
  if (f.routeKind[r] === RouteKind.LOCAL) return deliverLocal6(f, ns, pkt, out);
  return forward6(f, ns, inIface, r, pkt, out);
}

/**
 * wire/ipv4.ts ipv4ChecksumValid unrolled for the 20-byte header (options summed in a loop):
 * the folded sum of a checked header is 0xffff. The sum is < 2^22, so two folds suffice.
 */
function headerChecksumValid4(b: Uint8Array): boolean {
  let s = ((b[0] << 8) | b[1]) + ((b[2] << 8) | b[3]) + ((b[4] << 8) | b[5]) + ((b[6] << 8) | b[7])
    + ((b[8] << 8) | b[9]) + ((b[10] << 8) | b[11]) + ((b[12] << 8) | b[13]) + ((b[14] << 8) | b[15])
    + ((b[16] << 8) | b[17]) + ((b[18] << 8) | b[19]);
  for (let i = 20, hl = (b[0] & 0x0f) << 2; i < hl; i += 2) s += (b[i] << 8) | b[i + 1];
  s = (s & 0xffff) + (s >>> 16);
  return (s & 0xffff) + (s >>> 16) === 0xffff;
}
