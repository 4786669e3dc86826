// walk(): carries one packet through the simulated namespaces hop by hop with processAt(),
// adding link and stack latency, feeding captures (taps) and, when asked, a trace of every
// step, until a socket receives it or it is dropped. ICMP errors and RSTs a hop generates
// travel on from that hop. Time is ns since the exchange began (the caller owns the epoch).
import { HopOut } from '../pipeline/hop.js';
import { processAt } from '../pipeline/receive.js';
import { Action } from '../pipeline/verdict.js';
import type { Fib } from '../tables/fib.js';
import type { PacketState } from '../pipeline/state.js';
import { DEFAULT_LATENCY, draw, LINK_CLASSES, type LatencyModel } from './latency.js';
import { describeStep, type TraceStep } from './trace-step.js';

/** Called for packets crossing an interface whose fib.tapMask is set (gid: global interface id). */
export type Tap = (gid: number, dir: 'in' | 'out', pkt: Uint8Array, atNs: number, note: string | undefined) => void;

export interface WalkEnv {
  fib: Fib;
  /** The thread's conntrack and choices; its nowS is the exchange's start. */
  state: PacketState;
  rand: () => number;
  latency?: LatencyModel;
  tap?: Tap;
  /** When present, every step is appended (the Trace RPC). */
  trace?: TraceStep[];
}

export interface Arrival {
  delivered: boolean;
  /** Where it was delivered or dropped. */
  ns: number;
  atNs: number;
  /** The packet as it arrived (a generated error replaces the original). */
  pkt: Uint8Array;
  /** Why the last packet was dropped (delivered: 0). */
  reason: number;
  /** Extra waiting inside the walk (neighbour resolution), included in atNs. */
  delayedNs: number;
}

const MAX_STEPS = 300;

/** The pcapng comment of a captured packet: who forwarded it where, and kube-proxy's NAT on the way. */
function verdictNote(f: Fib, env: WalkEnv, ns: number, hop: HopOut): string {
  const d = describeStep(f, env.state, ns, -1, Action.FORWARD, hop, 0);
  return `FORWARD by ${d.namespace} via ${d.route} to ${d.next}${d.nat ? `; ${d.nat}` : ''}`;
}
const out = new HopOut();

/** Walks `pkt` (mutated in place) from namespace `ns`, originated there (inIface -1) unless given. */
export function walk(env: WalkEnv, ns: number, pkt: Uint8Array, atNs: number, inIface = -1): Arrival {
  const f = env.fib, lat = env.latency ?? DEFAULT_LATENCY;
  let t = atNs, delayed = 0;
  for (let step = 0; step < MAX_STEPS; step++) {
    const a = processAt(f, env.state, ns, inIface, pkt, out);
    t += draw(lat.step, env.rand);
    env.trace?.push(describeStep(f, env.state, ns, inIface, a, out, t));
    if (a === Action.FORWARD) {
      const g = out.outIface, next = out.ns, nextIn = out.inIface;
      const note = env.tap && (f.tapMask[g] || f.tapMask[nextIn]) ? verdictNote(f, env, ns, out) : undefined;
      if (env.tap && f.tapMask[g]) env.tap(g, 'out', pkt, t, note);
      t += draw(lat.link[LINK_CLASSES[f.ifaceClass[g]]], env.rand);
      if (env.tap && f.tapMask[nextIn]) env.tap(nextIn, 'in', pkt, t, note);
      ns = next; inIface = nextIn;
      continue;
    }
    if (a === Action.REPLY) { inIface = -1; continue; }
    if (a === Action.DELIVER) return { delivered: true, ns, atNs: t, pkt, reason: 0, delayedNs: delayed };
    if (!out.generated) return { delivered: false, ns, atNs: t, pkt, reason: out.reason, delayedNs: delayed };
    t += out.delayNs; delayed += out.delayNs;
    pkt = out.generated; inIface = -1;
  }
  return { delivered: false, ns, atNs: t, pkt, reason: 0, delayedNs: delayed };
}
