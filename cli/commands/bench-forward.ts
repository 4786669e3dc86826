// `netsim bench forward`: the dataplane measured in process (performance.md forwarding targets):
// packets per worker through the rings, 2 workers vs 1, the ICMP echo path vs the forward path,
// the Service path (ClusterIP DNAT, new flows) at 100 vs 30k Services, LPM at 100 vs 10k routes,
// install latency, and batch size per transport. Imports dataplane/ only.
import { benchProgram, type BenchShape } from '../../dataplane/bench/bench-program.js';
import { echoPackets, forwardPackets } from '../../dataplane/bench/bench-packets.js';
import {
  benchEchoVsForward, benchInstall, benchWorkerScaling, type Paired, type RunSample,
} from '../../dataplane/bench/forward-bench.js';
import { benchServices } from '../../dataplane/bench/service-bench.js';
import { CpuControl } from '../../dataplane/bench/cpu-control.js';
import { benchBatchSizes } from '../../dataplane/bench/piscina-bench.js';
import { benchLpm, type LpmBenchFamily } from '../../dataplane/tables/lpm-bench.js';
import { DataplaneHost } from '../../dataplane/worker/host.js';
import {
  buildReport, formatBenchReport, ratioOf, statsFromBatches, type BenchRatio, type BenchReport, type BenchStats,
} from './bench-report.js';

export interface ForwardBenchOptions {
  /** Time budget in seconds (default 10, at most 60); install latency always takes at least 50 installs. */
  seconds?: number;
  /** Batch sizes of the transport comparison (default 1, 64, 1024, 4096; none skips it). */
  batchSizes?: readonly number[];
}

/** The realistic program of the latency and forwarding figures: 3 nodes, 500 pods, 100 dual-stack Services. */
export const FORWARD_SHAPE: BenchShape = { nodes: 3, pods: 500, services: 100 };
/** The same cluster with 30,000 dual-stack Services (kube-proxy iptables' first packet would be O(Services)). */
export const MANY_SERVICES_SHAPE: BenchShape = { ...FORWARD_SHAPE, services: 30_000 };
const PACKET = 'packet';

const stats = (name: string, samples: readonly RunSample[], extra: Partial<BenchStats> = {}): BenchStats =>
  statsFromBatches(name, samples, { unit: PACKET, ...extra });

/** A section from a rate alone (benchLpm reports median rates): every percentile is the mean. */
function rateStats(name: string, rps: number, count: number, targetRps?: number): BenchStats {
  const average = 1e9 / rps;
  return {
    name, unit: 'lookup', count, total: count * average, average, fastest: average, slowest: average, rps,
    latencyDistribution: [50, 90, 95, 99, 99.9].map((percentage) => ({ percentage, latency: average })),
    statusCodeDistribution: { OK: count }, ...(targetRps ? { targetRps } : {}),
  };
}

function lpmSections(budgetMs: number): { sections: BenchStats[]; ratios: Record<string, BenchRatio> } {
  const r = benchLpm({ seconds: budgetMs / 1000 });
  const count = r.rounds * r.lookupsPerRun;
  const fam = (name: string, f: LpmBenchFamily, target: number) => [
    rateStats(`LPM ${name}, 100 routes`, f.routes100, count), rateStats(`LPM ${name}, 10k routes`, f.routes10k, count, target),
  ];
  const ratio = (f: LpmBenchFamily): BenchRatio => ({ median: f.ratio, min: f.ratioMin, max: f.ratioMax, rounds: r.rounds, target: 0.6, note: 'lookups/s, 10k vs 100 routes' });
  return {
    sections: [...fam('IPv4', r.ipv4, 50e6), ...fam('IPv6', r.ipv6, 15e6)],
    ratios: { 'LPM IPv4 10k vs 100 routes': ratio(r.ipv4), 'LPM IPv6 10k vs 100 routes': ratio(r.ipv6) },
  };
}

function pairedSections(p: Paired, a: string, b: string, extraA: Partial<BenchStats> = {}): BenchStats[] {
  return [stats(a, p.a, extraA), stats(b, p.b)];
}

/**
 * Shares what is left of the budget among the stages still to run, by weight, so time taken
 * beyond a stage's share (the 50 installs, pool start-ups) comes out of the later stages.
 */
class Budget {
  private readonly deadline: number;
  private weightLeft: number;
  constructor(ms: number, weights: readonly number[]) {
    this.deadline = performance.now() + ms;
    this.weightLeft = weights.reduce((a, b) => a + b, 0);
  }
  take(weight: number): number {
    const ms = Math.max(0, this.deadline - performance.now()) * (weight / this.weightLeft);
    this.weightLeft -= weight;
    return ms;
  }
}

/** Bench rings four runs of 4096 packets long (32 MiB each): see benchWorkerScaling. */
const RING_SLOTS = 16_384;
/** About a millisecond of the control's loop, like one run of packets. */
const CONTROL_ITERATIONS = 1_000_000;

async function scalingWith(control: CpuControl, run: () => Paired[]): Promise<Paired[]> {
  try { return run(); } finally { await control.close(); }
}

const WEIGHTS = { install: 0.08, scaling: 0.3, sizes: 0.08, echo: 0.1, services: 0.27, lpm: 0.17 };

interface WorkerSections { scaling: BenchStats[]; install: BenchStats; sizes: BenchStats[]; ratios: Record<string, BenchRatio> }

async function workerSections(budget: Budget, batchSizes: readonly number[]): Promise<WorkerSections> {
  const program = benchProgram(FORWARD_SHAPE);
  const mix = forwardPackets(program, FORWARD_SHAPE, 16_384);
  const host = await DataplaneHost.start({ workers: 2, slots: RING_SLOTS });
  try {
    await host.install(program);
    const installs = await benchInstall(host, program, budget.take(WEIGHTS.install));
    const control = CpuControl.start();
    const [scaling, cpu] = await scalingWith(control, () => benchWorkerScaling(host, mix, budget.take(WEIGHTS.scaling), control.pair(CONTROL_ITERATIONS)));
    const sizesMs = budget.take(WEIGHTS.sizes);
    const sizes = batchSizes.length ? await benchBatchSizes(host, program, FORWARD_SHAPE, mix, batchSizes, sizesMs) : [];
    return {
      scaling: pairedSections(scaling, 'forward, 1 worker', 'forward, 2 workers (both together)', { targetRps: 3e6 }),
      install: statsFromBatches(`install to 2 workers (${FORWARD_SHAPE.nodes} nodes, ${FORWARD_SHAPE.pods} pods)`, installs.map((ms) => ({ ops: 1, ns: ms * 1e6 })), { unit: 'program' }),
      sizes: sizes.flatMap((s) => [
        stats(`batch of ${s.batch}: inline on this thread`, s.inline),
        stats(`batch of ${s.batch}: worker ring`, s.ring),
        stats(`batch of ${s.batch}: piscina task, transferred buffer`, s.piscina),
      ]),
      ratios: {
        '2 workers vs 1': ratioOf(scaling.ratios, { target: 1.7, note: 'packets/s, pre-built batches, main thread in Atomics.wait' }),
        '2 threads vs 1, CPU-only control': ratioOf(cpu.ratios, { note: 'integer loop in the same rounds: how far this machine lets two threads scale now' }),
      },
    };
  } finally {
    await host.close();
  }
}

const svcCount = (s: BenchShape): string => (s.services >= 1000 ? `${s.services / 1000}k` : `${s.services}`);

/** ClusterIP traffic, established (1 worker each) and new flows (one thread), 100 vs 30k Services. */
async function serviceSections(budgetMs: number): Promise<{ sections: BenchStats[]; ratios: Record<string, BenchRatio> }> {
  const few = FORWARD_SHAPE, many = MANY_SERVICES_SHAPE, n = `${svcCount(many)} vs ${svcCount(few)} Services`;
  const r = await benchServices({ few, many }, budgetMs);
  const est = (s: BenchShape) => `ClusterIP DNAT, established flows, 1 worker (${svcCount(s)} Services)`;
  const fresh = (s: BenchShape) => `ClusterIP new flows (conntrack inserts), one thread (${svcCount(s)} Services)`;
  const plain = (s: BenchShape) => `forward path, one thread (${svcCount(s)} Services)`;
  return {
    sections: [
      stats(est(few), r.established.a, { targetRps: 3e6 }), stats(est(many), r.established.b, { targetRps: 3e6 }),
      stats(fresh(few), r.newFlows.a, { unit: 'new flow' }), stats(fresh(many), r.newFlows.b, { unit: 'new flow' }),
      stats(plain(few), r.forward.a), stats(plain(many), r.forward.b),
    ],
    ratios: {
      [`ClusterIP DNAT ${n}`]: ratioOf(r.established.ratios, { target: 0.8, note: `packets/s, ${r.flows} established flows, 1 worker each, paired` }),
      [`ClusterIP new flows ${n}`]: ratioOf(r.newFlows.ratios, { note: 'first packets/s (frontend lookup, endpoint choice, conntrack insert), one thread, paired' }),
      [`forward path ${n}`]: ratioOf(r.forward.ratios, { target: 0.8, note: 'packets/s of pod-to-pod traffic through the node NAT (no frontend), one thread, paired' }),
    },
  };
}

/** Errors: DataplaneWorkerError when a worker fails; Error when a mix stops ending in its expected action. */
export async function runForwardBench(opts: ForwardBenchOptions = {}): Promise<BenchReport> {
  const seconds = opts.seconds !== undefined && Number.isFinite(opts.seconds) ? opts.seconds : 10;
  const budget = new Budget(Math.min(Math.max(seconds, 1), 60) * 1000, Object.values(WEIGHTS));
  const program = benchProgram(FORWARD_SHAPE);
  const forward = forwardPackets(program, FORWARD_SHAPE, 8192);
  const workers = await workerSections(budget, opts.batchSizes ?? [1, 64, 1024, 4096]);
  const echo = benchEchoVsForward(program, forward, echoPackets(program, FORWARD_SHAPE, 8192), budget.take(WEIGHTS.echo));
  const services = await serviceSections(budget.take(WEIGHTS.services));
  const lpm = lpmSections(Math.max(budget.take(WEIGHTS.lpm), 500));
  return buildReport([
    ...workers.scaling, workers.install,
    ...pairedSections(echo, 'forward path, one thread', 'ICMP echo path, one thread'),
    ...services.sections,
    ...lpm.sections, ...workers.sizes,
  ], {
    ...workers.ratios,
    'ICMP echo vs forward path': ratioOf(echo.ratios, { target: 0.9, note: 'packets/s, one thread, paired' }),
    ...services.ratios,
    ...lpm.ratios,
  });
}

/** `netsim bench forward [-o json]`: the report as ghz-shaped JSON or as the human table. */
export async function benchForwardText(output: 'json' | 'table', opts: ForwardBenchOptions = {}): Promise<string> {
  const report = await runForwardBench(opts);
  return output === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatBenchReport(report);
}
