// HopOut: the reusable record processAt() fills for one packet at one namespace (one per
// thread, never one per packet). Imports verdict.ts.
import { Action } from './verdict.js';

export class HopOut {
  /** FORWARD: the namespace the packet enters next, and its ingress interface (global id). */
  ns = 0;
  inIface = -1;
  /** The interface it left by here (global id), or -1. */
  outIface = -1;
  /** The route that matched (global id), or -1. */
  route = -1;
  /** DROP: why (DropReason). */
  reason = 0;
  /** Extra time before the outcome (neighbour resolution), in ns. */
  delayNs = 0;
  /** A packet this namespace originated in answer (an ICMP error, a TCP RST), to be sent from here. */
  generated: Uint8Array | undefined = undefined;
  /** The conntrack entry that rewrote the packet here (a new or known flow, either direction), or -1. */
  natEntry = -1;
  /** Whether that entry was created by this packet (a new flow: the Service's endpoint was chosen). */
  natNew = false;

  reset(): void {
    this.ns = 0; this.inIface = -1; this.outIface = -1; this.route = -1;
    this.reason = 0; this.delayNs = 0; this.generated = undefined; this.natEntry = -1; this.natNew = false;
  }
}

/** Linux: 3 neighbour solicitations (mcast_solicit) one second apart (retrans_time) before giving up. */
export const NEIGHBOUR_TIMEOUT_NS = 3_000_000_000;

/** Records a drop in `out` and returns Action.DROP. */
export function drop(out: HopOut, reason: number): Action {
  out.reason = reason;
  return Action.DROP;
}
