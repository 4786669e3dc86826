// BatchRunner: one thread's pipeline over a PacketRing — the installed Fib (swapped whole on
// install), its PacketState (conntrack of the flows this thread owns) and one HopOut. Runs
// every published slot in place and writes its results. Imports pipeline/, tables/, host/stale-flows.
import { buildFib, type Fib } from '../tables/fib.js';
import { validateProgram, type ForwardingProgram } from '../tables/program.js';
import { HopOut } from '../pipeline/hop.js';
import { processAt } from '../pipeline/receive.js';
import { PacketState } from '../pipeline/state.js';
import { Action } from '../pipeline/verdict.js';
import { purgeStale } from '../host/stale-flows.js';
import { DataplaneWorkerError } from './messages.js';
import { Ctl, Meta, META_WIDTH, Res, RES_WIDTH, type PacketRing } from './ring.js';

/** mulberry32: the seeded `pick(n)` of iptables' random endpoint choice (repeatable under --seed). */
function seededPick(seed: number): (n: number) => number {
  let a = seed | 0;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** Conntrack GC period, in seconds of the producer's clock (ring.now). */
export const CT_GC_INTERVAL_S = 5;

export const HOPS_SHIFT = 3;
export const ACTION_MASK = 7;

/**
 * One packet through the pipeline: processAt at its ingress namespace, then on along FORWARD
 * up to `maxHops` namespaces; the last hop's outcome is left in `out`. The one call of
 * processAt in worker code. Returns hops << HOPS_SHIFT | Action (no allocation).
 */
export function runPacket(fib: Fib, st: PacketState, out: HopOut, ns: number, inIface: number, pkt: Uint8Array, maxHops: number): number {
  let hops = 0, action: number;
  do {
    action = processAt(fib, st, ns, inIface, pkt, out);
    hops++;
    ns = out.ns; inIface = out.inIface;
  } while (action === Action.FORWARD && hops < maxHops);
  return hops << HOPS_SHIFT | action;
}

export class BatchRunner {
  private fib: Fib | undefined;
  private readonly out = new HopOut();
  private lastGcS = 0;
  readonly state: PacketState;

  constructor(readonly ring: PacketRing, seed: number) {
    this.state = new PacketState(seededPick(seed));
  }

  get generation(): number { return this.fib?.generation ?? 0; }

  /**
   * Builds the tables of `p`, then swaps them in with one assignment (style.md "Install is
   * atomic") and publishes the generation in the ring. Returns the build time in ms.
   * Errors: DataplaneWorkerError INVALID_PROGRAM (broken references) or INSTALL_FAILED.
   */
  install(p: ForwardingProgram): number {
    const t0 = performance.now();
    const bad = validateProgram(p);
    if (bad.length) throw new DataplaneWorkerError('INVALID_PROGRAM', `invalid program generation ${p.generation}: ${bad.slice(0, 5).join('; ')}`);
    let fib: Fib;
    try { fib = buildFib(p); } catch (e) { throw new DataplaneWorkerError('INSTALL_FAILED', e instanceof Error ? e.message : String(e)); }
    const old = this.fib;
    this.fib = fib;
    this.state.resize(p.services.length);
    if (old) purgeStale(this.state, old, fib);
    Atomics.store(this.ring.ctl, Ctl.GENERATION, fib.generation);
    return performance.now() - t0;
  }

  /**
   * Runs every slot in [tail, head) under one Fib, then stores tail and wakes a waiting
   * producer. Without a program, or after a pipeline exception (given to `onError` before
   * tail moves, so the producer hears of it first), the remaining slots get action 0 (not
   * run). Returns the number of slots consumed.
   */
  run(onError: (e: unknown) => void): number {
    const ring = this.ring, ctl = ring.ctl;
    const tail = ctl[Ctl.TAIL], head = Atomics.load(ctl, Ctl.HEAD);
    if (tail === head) return 0;
    const fib = this.fib;
    this.state.nowS = ring.now[0] / 1e9;
    let c = tail;
    if (fib) {
      try {
        for (; c !== head; c = (c + 1) | 0) this.runSlot(fib, c & ring.mask);
      } catch (e) { onError(e); }
    }
    for (; c !== head; c = (c + 1) | 0) ring.res.fill(0, (c & ring.mask) * RES_WIDTH, ((c & ring.mask) + 1) * RES_WIDTH);
    Atomics.store(ctl, Ctl.TAIL, head);
    Atomics.notify(ctl, Ctl.TAIL);
    return (head - tail) | 0;
  }

  /**
   * Conntrack GC (the kernel's gc worker): drops expired flows at most once per
   * CT_GC_INTERVAL_S of the producer's clock, between runs. Returns how many went.
   */
  collectGarbage(): number {
    const nowS = this.ring.now[0] / 1e9;
    if (nowS - this.lastGcS < CT_GC_INTERVAL_S) return 0;
    this.lastGcS = nowS;
    return this.state.ct.expire(nowS);
  }

  private runSlot(fib: Fib, s: number): void {
    const meta = this.ring.meta, res = this.ring.res, out = this.out;
    const m = s * META_WIDTH, r = s * RES_WIDTH;
    const walked = runPacket(fib, this.state, out, meta[m + Meta.NS], meta[m + Meta.IN_IFACE], this.ring.slot[s], meta[m + Meta.MAX_HOPS]);
    res[r + Res.ACTION] = walked & ACTION_MASK; res[r + Res.REASON] = out.reason;
    res[r + Res.NS] = out.ns; res[r + Res.IN_IFACE] = out.inIface;
    res[r + Res.GENERATION] = fib.generation; res[r + Res.HOPS] = walked >>> HOPS_SHIFT;
    res[r + Res.GENERATED_LEN] = out.generated ? out.generated.length : 0;
  }
}
