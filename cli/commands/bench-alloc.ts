// `netsim bench alloc`: the allocators measured in process, as `go test -bench` measures them
// (performance.md targets "ClusterIP allocation, raw"). Imports daemon/ipam and daemon/sim only.
import { Bitmap, FlatBitmap, type BitSet } from '../../daemon/ipam/bitmap.js';
import { PodIpAllocator } from '../../daemon/ipam/host-local.js';
import { NodeCidrAllocator } from '../../daemon/ipam/node-cidrs.js';
import { Rng } from '../../daemon/sim/rng.js';
import {
  buildReport, formatBenchReport, nowNs, ratioOf, statsFromBatches, timeBatches, type BatchSample, type BenchRatio, type BenchReport,
  type BenchStats,
} from './bench-report.js';

export interface AllocBenchOptions {
  /** Time budget for the in-process sections (default 8, at most 60); the run stops by itself. */
  seconds?: number;
  /**
   * Hook for create-pod throughput through the whole path (validation, scheduling, allocation,
   * durable commit). It gets its own share of the budget and its section is appended last.
   */
  createPodWholePath?: (budgetMs: number) => Promise<BenchStats>;
  /** Hook for Service create through the whole path, appended after the pod section. */
  createServiceWholePath?: (budgetMs: number) => Promise<BenchStats>;
  /** Hook for the Service allocators (ClusterIP, dual-stack pair with owner record, NodePort). */
  services?: (budgetMs: number) => Promise<{ sections: BenchStats[]; ratios: Record<string, BenchRatio> }>;
}

const SLASH16 = 65534;              // usable addresses of a /16 (network and broadcast excluded)
const NEAR_FULL = 0.999;
const RATIO_ROUNDS = 7;
const WARMUP_OPS = 10_000;
const MAX_RATIO_OPS = 2_000_000;


/** Seeded random starting offsets, so the timed loops draw no random numbers themselves. */
function randomStarts(n: number, size: number, seed: number): Uint32Array {
  const rng = new Rng(seed), out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.intn(size);
  return out;
}

/** ClusterIP-style fill of a /16 to 90 %: random start, then the next free bit (allocator/bitmap.go). */
function benchBitmapFill(budgetMs: number): BenchStats {
  const starts = randomStarts(1 << 16, SLASH16, 1);
  const target = Math.floor(SLASH16 * 0.9);
  let bm = new Bitmap(SLASH16);
  const { samples, cpuPerOpUs } = timeBatches(budgetMs, () => {
    bm = new Bitmap(SLASH16);
    for (let i = 0; i < target; i++) bm.set(bm.nextFree(starts[i & 0xffff]));
    return target;
  });
  if (bm.count !== target) throw new Error('bitmap fill lost allocations');
  return statsFromBatches('bitmap allocate, /16 filled to 90%', samples, { unit: 'address', cpuPerOpUs, targetRps: 5e6 });
}

/** A bitmap filled the way the allocator fills it: random start, then the next free bit. */
function filled(make: (size: number) => BitSet, fraction: number): BitSet {
  const bm = make(SLASH16), rng = new Rng(2);
  const want = Math.round(SLASH16 * fraction);
  while (bm.count < want) bm.set(bm.nextFree(rng.intn(SLASH16)));
  return bm;
}

/** ns for `ops` allocate+release pairs at random starts, the fill level unchanged. */
function timeChurn(bm: BitSet, starts: Uint32Array, ops: number): number {
  const t0 = nowNs();
  for (let i = 0; i < ops; i++) {
    const off = bm.nextFree(starts[i & 0xffff]);
    bm.set(off);
    bm.clear(off);
  }
  return nowNs() - t0;
}

interface NearFullCase { name: string; make: (size: number) => BitSet; note: string; target?: number }

/**
 * Near-full (99.9 %) vs empty rate for each case, in paired rounds that alternate the order.
 * Every bitmap is warmed up first, so the call sites have seen both classes; each case's op
 * count is sized from the warm-up so that its slow side fits the budget.
 */
function benchNearFull(cases: readonly NearFullCase[], budgetMs: number): Record<string, BenchRatio> {
  const starts = randomStarts(1 << 16, SLASH16, 3);
  const sets = cases.map((c) => ({ empty: filled(c.make, 0), full: filled(c.make, NEAR_FULL) }));
  const perMeasureNs = (budgetMs * 1e6) / (cases.length * RATIO_ROUNDS * 2);
  const ops = sets.map((s) => {
    timeChurn(s.empty, starts, WARMUP_OPS);
    const nsPerOp = Math.max(timeChurn(s.full, starts, WARMUP_OPS), timeChurn(s.empty, starts, WARMUP_OPS)) / WARMUP_OPS;
    return Math.round(Math.min(Math.max(perMeasureNs / nsPerOp, WARMUP_OPS), MAX_RATIO_OPS));
  });
  const perRound: number[][] = cases.map(() => []);
  for (let round = 0; round < RATIO_ROUNDS; round++) {
    sets.forEach((s, i) => {
      let e: number, f: number;
      if (round % 2 === 0) { e = timeChurn(s.empty, starts, ops[i]); f = timeChurn(s.full, starts, ops[i]); }
      else { f = timeChurn(s.full, starts, ops[i]); e = timeChurn(s.empty, starts, ops[i]); }
      perRound[i].push(e / f);
    });
  }
  return Object.fromEntries(cases.map((c, i) => [c.name, ratioOf(perRound[i], { target: c.target, note: c.note })]));
}

/** Dual-stack node podCIDR pairs from kind's 10.0.0.0/8 + fd00:10::/48 layout (65,536 nodes). */
function benchNodeCidrs(budgetMs: number): BenchStats {
  const alloc = new NodeCidrAllocator({ clusterCidrs: ['10.0.0.0/8', 'fd00:10::/48'], maskSizes: { IPv4: 24, IPv6: 64 } });
  let held: string[][] = [];
  const { samples, cpuPerOpUs } = timeBatches(budgetMs, () => {
    for (let i = 0; i < 1000; i++) held.push(alloc.allocate());
    return 1000;
  }, () => {
    if (held.length > 60_000) { for (const c of held) alloc.release('n', c); held = []; }
  });
  return statsFromBatches('node podCIDR allocate', samples, { unit: 'dual-stack pair', cpuPerOpUs });
}

/** Dual-stack pod IP pairs on one default-sized node (10.244.1.0/24 + fd00:10:244:1::/64). */
function benchPodIps(budgetMs: number): BenchStats {
  const alloc = new PodIpAllocator(['10.244.1.0/24', 'fd00:10:244:1::/64']);
  let held: string[][] = [];
  const { samples, cpuPerOpUs } = timeBatches(budgetMs, () => {
    for (let i = 0; i < 250; i++) held.push(alloc.allocate());
    return 250;
  }, () => {
    for (const ips of held) alloc.release(ips);
    held = [];
  });
  return statsFromBatches('pod IP allocate (host-local)', samples, { unit: 'dual-stack pair', cpuPerOpUs });
}

/** Errors: whatever the whole-path hook throws. */
export async function runAllocBench(opts: AllocBenchOptions = {}): Promise<BenchReport> {
  const budgetMs = Math.min(Math.max(opts.seconds ?? 8, 1), 60) * 1000;
  const sections = [
    benchBitmapFill(budgetMs * 0.25),
    benchNodeCidrs(budgetMs * 0.15),
    benchPodIps(budgetMs * 0.15),
  ];
  const ratios = benchNearFull([
    { name: 'bitmap 99.9% full vs empty', make: (n) => new Bitmap(n), note: 'two-level bitmap, /16', target: 0.2 },
    { name: 'flat bitmap 99.9% full vs empty (control)', make: (n) => new FlatBitmap(n), note: 'word-scan control, /16' },
  ], budgetMs * 0.2);
  if (opts.services) {
    const svc = await opts.services(budgetMs);
    sections.push(...svc.sections);
    Object.assign(ratios, svc.ratios);
  }
  if (opts.createPodWholePath) sections.push(await opts.createPodWholePath(budgetMs * 0.2));
  if (opts.createServiceWholePath) sections.push(await opts.createServiceWholePath(budgetMs * 0.2));
  return buildReport(sections, ratios);
}

/** `netsim bench alloc [-o json]`: the report as ghz-shaped JSON or as the human table. */
export async function benchAllocText(output: 'json' | 'table', opts: AllocBenchOptions = {}): Promise<string> {
  const report = await runAllocBench(opts);
  return output === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatBenchReport(report);
}
