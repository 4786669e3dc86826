// The forward bench's measuring functions (no CLI code): workers through their rings, 2 vs 1
// worker, the ICMP echo path vs the forward path on one thread, install latency. Paired A/B
// rounds in one process (performance.md "Method"); raw samples out. Imports worker/, bench/.
import { Action } from '../pipeline/verdict.js';
import type { ForwardingProgram } from '../tables/program.js';
import { BatchRunner } from '../worker/batch-runner.js';
import type { BatchPacket } from '../worker/batch.js';
import type { DataplaneHost } from '../worker/host.js';
import { PacketRing } from '../worker/ring.js';
import { packetShard } from '../worker/shard.js';
import { PrimedRing } from './primed-ring.js';

/** One timed run: `ops` packets in `ns` nanoseconds of wall time. */
export interface RunSample { ops: number; ns: number }
/** Paired A/B: every run of each side, and per round rate(B) / rate(A). */
export interface Paired { a: RunSample[]; b: RunSample[]; ratios: number[] }

/** One side of a pair: `prepare` untimed, then `run` timed (returns its packet count). */
export interface Side { prepare(): void; run(): number; check(): void }

/** Rounds: at least 7 (performance.md asks >= 5), more when the budget allows 8 runs per side per round, at most 41. */
const MIN_ROUNDS = 7, MAX_ROUNDS = 41, REPS_PER_ROUND = 8;
const WARMUP_RUNS = 5;
const MAX_REPS = 20_000;
const nowNs = (): number => Number(process.hrtime.bigint());
/**
 * A round's rate: the median of its runs' rates. A burst of work from another process on this
 * shared machine stretches a few runs by milliseconds; the median leaves them out, the mean
 * would let them decide the ratio.
 */
function rate(s: readonly RunSample[]): number {
  const r = s.map((x) => x.ops / x.ns).sort((a, b) => a - b);
  const m = r.length >> 1;
  return 1e9 * (r.length % 2 ? r[m] : (r[m - 1] + r[m]) / 2);
}

function timeRun(side: Side): RunSample {
  side.prepare();
  const t0 = nowNs();
  const ops = side.run();
  return { ops, ns: nowNs() - t0 };
}

/**
 * A then B, B then A, ... for several rounds after a warm-up, every pair in each round (so a
 * burst of noise from elsewhere hits all of them alike); each measurement repeats its side
 * `reps` times. Rounds and reps are sized from the warm-up so that the whole fits `budgetMs`;
 * many short rounds let the median outvote the rounds a burst from another process spoils.
 */
export function pairedGroup(pairs: readonly (readonly [Side, Side])[], budgetMs: number): Paired[] {
  const sides = pairs.flat();
  let warm = 0;
  for (let i = 0; i < WARMUP_RUNS; i++) for (const s of sides) warm += timeRun(s).ns;
  sides.forEach((s) => s.check());
  const perRoundNs = (warm / WARMUP_RUNS) * REPS_PER_ROUND;
  const rounds = Math.max(MIN_ROUNDS, Math.min(MAX_ROUNDS, Math.floor((budgetMs * 1e6) / perRoundNs)));
  const reps = Math.max(1, Math.min(MAX_REPS, Math.floor((budgetMs * 1e6 * WARMUP_RUNS) / (rounds * warm))));
  const out: Paired[] = pairs.map(() => ({ a: [], b: [], ratios: [] }));
  const measure = (side: Side): RunSample[] => Array.from({ length: reps }, () => timeRun(side));
  for (let round = 0; round < rounds; round++) {
    pairs.forEach(([a, b], k) => {
      let ra: RunSample[], rb: RunSample[];
      if (round % 2 === 0) { ra = measure(a); rb = measure(b); } else { rb = measure(b); ra = measure(a); }
      out[k].a.push(...ra); out[k].b.push(...rb);
      out[k].ratios.push(rate(rb) / rate(ra));
    });
  }
  sides.forEach((s) => s.check());
  return out;
}

export const paired = (a: Side, b: Side, budgetMs: number): Paired => pairedGroup([[a, b]], budgetMs)[0];

export const expectAction = (p: PrimedRing, action: number, what: string) => (): void => {
  const bad = p.mismatches(action);
  if (bad) throw new Error(`forward bench: ${bad} packets of the ${what} mix did not end in action ${action}`);
};

/** The packets of `mix` that shard to worker w of `workers` (each flow stays in its worker). */
export function shardOf(mix: readonly BatchPacket[], w: number, workers: number): BatchPacket[] {
  return mix.filter((p) => packetShard(p.bytes, 0, p.bytes.length, workers) === w);
}

/** Larger than the L2 of the cores this runs on (1 MiB here): writing it pushes the rings' lines out. */
const EVICT = new Uint8Array(4 << 20);
let evictions = 0;
/** Flushes this thread's caches of ring slots, so a worker reads them as a producer's fresh packets (see benchWorkerScaling). */
export const evictCaches = (): void => { EVICT.fill(++evictions & 0xff); };

/**
 * Worker 0 alone vs workers 0 and 1 together, each running `perRun` pre-built packets of its
 * own shard while this thread sleeps in Atomics.wait. Ratio: aggregate rate, 2 vs 1. The rings
 * should be several runs long: packets are restored a lap ahead (PrimedRing.prepare) and this
 * thread's cache is flushed before each run, so whichever core a worker wakes on, it reads its
 * packets from the shared cache as it would a producer's. Otherwise one worker alone, woken on
 * the core that just wrote them, reads them hot and wins by chance. With `control`, its pair
 * runs in the same rounds: what the machine lets two threads scale right now.
 */
export function benchWorkerScaling(host: DataplaneHost, mix: readonly BatchPacket[], budgetMs: number, control?: readonly [Side, Side], perRun = 4096): Paired[] {
  if (host.workers < 2) throw new RangeError('the 2-vs-1 bench needs a host with two workers');
  const p = [0, 1].map((w) => new PrimedRing(host.ring(w), shardOf(mix, w, 2)));
  const n = Math.min(perRun, host.ring(0).slots);
  const evict = evictCaches;
  const one: Side = {
    prepare: () => { p[0].prepare(n); evict(); },
    run: () => { p[0].publish(); p[0].ring.drainSync(); return n; },
    check: expectAction(p[0], Action.FORWARD, 'forward'),
  };
  const two: Side = {
    prepare: () => { p[0].prepare(n); p[1].prepare(n); evict(); },
    run: () => { p[0].publish(); p[1].publish(); p[0].ring.drainSync(); p[1].ring.drainSync(); return 2 * n; },
    check: () => { expectAction(p[0], Action.FORWARD, 'forward')(); expectAction(p[1], Action.FORWARD, 'forward')(); },
  };
  return pairedGroup(control ? [[one, two], control] : [[one, two]], budgetMs);
}

/** A ring and a BatchRunner on this thread: the workers' code path without the thread hop. */
export function inThreadSide(program: ForwardingProgram, mix: readonly BatchPacket[], action: number, what: string, slots = 4096, batch = slots): Side {
  const ring = PacketRing.create({ slots: 2 ** Math.ceil(Math.log2(slots)), slotBytes: 2048 });
  const runner = new BatchRunner(ring, 1);
  runner.install(program);
  const p = new PrimedRing(ring, mix);
  const fail = (e: unknown) => { throw e; };
  return {
    prepare: () => p.prepare(batch),
    run: () => { p.publish(); return runner.run(fail); },
    check: expectAction(p, action, what),
  };
}

/** The ICMP echo path (requests to a node address, answered in place) vs the forward path, one thread. Ratio: echo rate / forward rate. */
export function benchEchoVsForward(program: ForwardingProgram, forward: readonly BatchPacket[], echo: readonly BatchPacket[], budgetMs: number): Paired {
  return paired(inThreadSide(program, forward, Action.FORWARD, 'forward'), inThreadSide(program, echo, Action.REPLY, 'echo'), budgetMs);
}

/** Timed runs of one side (a single measurement series, no pairing). */
export function benchSide(side: Side, budgetMs: number): RunSample[] {
  for (let i = 0; i < WARMUP_RUNS; i++) timeRun(side);
  side.check();
  const out: RunSample[] = [], end = nowNs() + budgetMs * 1e6;
  do out.push(timeRun(side)); while (nowNs() < end && out.length < MAX_REPS);
  side.check();
  return out;
}

/**
 * Install latency: `program` re-posted with a new generation to every worker of `host`, at
 * least `minInstalls` times and then until `budgetMs` (never past `maxMs`). Each sample is the
 * time from the call to the last worker's ack, in ms.
 */
export async function benchInstall(host: DataplaneHost, program: ForwardingProgram, budgetMs: number, minInstalls = 50, maxMs = 60_000): Promise<number[]> {
  const out: number[] = [];
  const start = performance.now();
  let generation = host.installedGeneration();
  for (let i = 0; i < 3; i++) await host.install({ ...program, generation: ++generation });
  while (out.length < minInstalls || performance.now() - start < budgetMs) {
    if (performance.now() - start > maxMs || out.length >= 10_000) break;
    out.push((await host.install({ ...program, generation: ++generation })).ms);
  }
  return out;
}
