// The Service path of the forward bench: pods' UDP to ClusterIPs through their node's kube-proxy
// NAT, in a cluster of few Services and in one of many. Established flows (conntrack primed
// first) run through a worker's ring; new flows (every packet a first packet: frontend lookup,
// endpoint choice, conntrack insert) run on this thread, their flows expired between runs; so
// does pod-to-pod traffic, which passes the same NAT and finds no frontend. Paired rounds, many
// vs few Services (performance.md). Imports worker/, bench/, tables/.
import { Action } from '../pipeline/verdict.js';
import { CT_TIMEOUT_UDP_S } from '../tables/conntrack.js';
import type { ForwardingProgram } from '../tables/program.js';
import { BatchRunner } from '../worker/batch-runner.js';
import { DataplaneHost } from '../worker/host.js';
import { PacketRing } from '../worker/ring.js';
import { clusterIpPackets, forwardPackets } from './bench-packets.js';
import { benchProgram, type BenchShape } from './bench-program.js';
import { evictCaches, expectAction, inThreadSide, pairedGroup, type Paired, type Side } from './forward-bench.js';
import { PrimedRing } from './primed-ring.js';

export interface ServiceBenchOptions {
  /** The two clusters, few Services first (side a of each pair) then many (side b). */
  few: BenchShape;
  many: BenchShape;
  /** Distinct flows per mix, at most `slots` (default 8192: 16,384 conntrack entries per worker). */
  flows?: number;
  /** Ring slots (default 16,384) and packets per timed run (default 4096). */
  slots?: number;
  perRun?: number;
}

export interface ServiceBench {
  /** Established flows through one worker: a = few Services, b = many; ratios rate(b) / rate(a). */
  established: Paired;
  /** New flows on one thread, the same way round. */
  newFlows: Paired;
  /** The forward mix (pod to pod, no Service) on one thread, the same way round. */
  forward: Paired;
  flows: number;
}

/**
 * Untimed runs after priming: a fresh worker's JIT first compiles the pipeline for new flows
 * (the priming lap); these let it settle on established ones ("warmed up", performance.md).
 */
const WORKER_WARMUP_RUNS = 40;

/** Time a run's flows are moved on by, so the next run finds them expired (UDP's conntrack timeout). */
const EXPIRE_STEP_NS = (CT_TIMEOUT_UDP_S + 1) * 1e9;

interface Opened { side: Side; close(): Promise<void> }

/** One worker running `program`'s ClusterIP mix, every flow in its conntrack before the first timed run. */
async function establishedSide(shape: BenchShape, program: ForwardingProgram, flows: number, slots: number, perRun: number): Promise<Opened> {
  const host = await DataplaneHost.start({ workers: 1, slots });
  try {
    await host.install(program);
    const p = new PrimedRing(host.ring(0), clusterIpPackets(program, shape, flows));
    p.prepare(); p.publish(); p.ring.drainSync();
    const check = expectAction(p, Action.FORWARD, 'ClusterIP');
    check();
    for (let i = 0; i < WORKER_WARMUP_RUNS; i++) { p.prepare(perRun); p.publish(); p.ring.drainSync(); }
    return {
      side: {
        prepare: () => { p.prepare(perRun); evictCaches(); },
        run: () => { p.publish(); p.ring.drainSync(); return perRun; },
        check,
      },
      close: () => host.close(),
    };
  } catch (e) {
    await host.close();
    throw e;
  }
}

/**
 * A BatchRunner on this thread whose every packet is a new flow: before each run the ring's
 * clock moves past the UDP timeout and the conntrack GC drops the last run's flows (untimed),
 * so conntrack stays the size of one run.
 */
export function newFlowSide(shape: BenchShape, flows: number, slots: number, perRun: number, program = benchProgram(shape)): Side {
  const ring = PacketRing.create({ slots, slotBytes: 2048 });
  const runner = new BatchRunner(ring, 1);
  runner.install(program);
  const p = new PrimedRing(ring, clusterIpPackets(program, shape, flows));
  const fail = (e: unknown) => { throw e; };
  return {
    prepare: () => { p.prepare(perRun); ring.now[0] += EXPIRE_STEP_NS; runner.collectGarbage(); },
    run: () => {
      p.publish();
      const n = runner.run(fail);
      if (runner.state.ct.size !== 2 * n) throw new Error(`service bench: ${runner.state.ct.size / 2} flows in conntrack after ${n} new ones`);
      return n;
    },
    check: expectAction(p, Action.FORWARD, 'ClusterIP new-flow'),
  };
}

function forwardSide(shape: BenchShape, program: ForwardingProgram, slots: number, perRun: number): Side {
  return inThreadSide(program, forwardPackets(program, shape, slots), Action.FORWARD, 'forward', slots, perRun);
}

/** Established and new ClusterIP flows, few vs many Services, in paired rounds sharing `budgetMs`. */
export async function benchServices(o: ServiceBenchOptions, budgetMs: number): Promise<ServiceBench> {
  const slots = o.slots ?? 16_384, flows = Math.min(o.flows ?? 8192, slots), perRun = Math.min(o.perRun ?? 4096, flows);
  const shapes = [o.few, o.many], programs = shapes.map((shape) => benchProgram(shape));
  const opened: Opened[] = [];
  try {
    for (let i = 0; i < 2; i++) opened.push(await establishedSide(shapes[i], programs[i], flows, slots, perRun));
    const fresh = shapes.map((shape, i) => newFlowSide(shape, flows, slots, perRun, programs[i]));
    const plain = shapes.map((shape, i) => forwardSide(shape, programs[i], slots, perRun));
    const [established, newFlows, forward] = pairedGroup([[opened[0].side, opened[1].side], [fresh[0], fresh[1]], [plain[0], plain[1]]], budgetMs);
    return { established, newFlows, forward, flows };
  } finally {
    await Promise.all(opened.map((x) => x.close()));
  }
}
