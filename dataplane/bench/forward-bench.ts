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

const ROUNDS = 7;
const WARMUP_RUNS = 5;
const MAX_REPS = 20_000;
const nowNs = (): number => Number(process.hrtime.bigint());
const rate = (s: readonly RunSample[]): number => s.reduce((n, x) => n + x.ops, 0) / (s.reduce((n, x) => n + x.ns, 0) / 1e9);

function timeRun(side: Side): RunSample {
  side.prepare();
  const t0 = nowNs();
  const ops = side.run();
  return { ops, ns: nowNs() - t0 };
}

/**
 * A then B, B then A, ... for ROUNDS rounds after a warm-up; each measurement repeats its
 * side `reps` times, sized from the warm-up so that the whole fits `budgetMs`.
 */
export function paired(a: Side, b: Side, budgetMs: number): Paired {
  let warm = 0;
  for (let i = 0; i < WARMUP_RUNS; i++) warm += timeRun(a).ns + timeRun(b).ns;
  a.check(); b.check();
  const perRunNs = warm / (2 * WARMUP_RUNS);
  const reps = Math.max(1, Math.min(MAX_REPS, Math.floor((budgetMs * 1e6) / (ROUNDS * 2 * perRunNs))));
  const out: Paired = { a: [], b: [], ratios: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const ra: RunSample[] = [], rb: RunSample[] = [];
    const measure = (side: Side, into: RunSample[]) => { for (let i = 0; i < reps; i++) into.push(timeRun(side)); };
    if (round % 2 === 0) { measure(a, ra); measure(b, rb); } else { measure(b, rb); measure(a, ra); }
    out.a.push(...ra); out.b.push(...rb);
    out.ratios.push(rate(rb) / rate(ra));
  }
  a.check(); b.check();
  return out;
}

const expect = (p: PrimedRing, action: number, what: string) => () => {
  const bad = p.mismatches(action);
  if (bad) throw new Error(`forward bench: ${bad} packets of the ${what} mix did not end in action ${action}`);
};

/** The packets of `mix` that shard to worker w of `workers` (each flow stays in its worker). */
export function shardOf(mix: readonly BatchPacket[], w: number, workers: number): BatchPacket[] {
  return mix.filter((p) => packetShard(p.bytes, 0, p.bytes.length, workers) === w);
}

/**
 * Worker 0 alone vs workers 0 and 1 together, each running a full ring of pre-built packets
 * of its own shard while this thread sleeps in Atomics.wait. Ratio: aggregate rate, 2 vs 1.
 */
export function benchWorkerScaling(host: DataplaneHost, mix: readonly BatchPacket[], budgetMs: number): Paired {
  if (host.workers < 2) throw new RangeError('the 2-vs-1 bench needs a host with two workers');
  const p = [0, 1].map((w) => new PrimedRing(host.ring(w), shardOf(mix, w, 2)));
  const one: Side = {
    prepare: () => p[0].prepare(),
    run: () => { p[0].publish(); p[0].ring.drainSync(); return p[0].ring.slots; },
    check: expect(p[0], Action.FORWARD, 'forward'),
  };
  const two: Side = {
    prepare: () => { p[0].prepare(); p[1].prepare(); },
    run: () => { p[0].publish(); p[1].publish(); p[0].ring.drainSync(); p[1].ring.drainSync(); return 2 * p[0].ring.slots; },
    check: () => { expect(p[0], Action.FORWARD, 'forward')(); expect(p[1], Action.FORWARD, 'forward')(); },
  };
  return paired(one, two, budgetMs);
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
    check: expect(p, action, what),
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
