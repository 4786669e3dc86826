// The ghz-shaped report every `netsim bench` writes (performance.md "Method" step 4), its
// builders (stats from timed batches, paired ratios) and the human table. Imports node:os only.
import { arch, cpus, platform, totalmem } from 'node:os';

/** ghz latencyDistribution entry; latency in nanoseconds (Go time.Duration in ghz's JSON). */
export interface LatencyBucket { percentage: number; latency: number }

/** One measured operation, ghz-shaped. Durations are nanoseconds. */
export interface BenchStats {
  name: string;
  /** What one operation is, e.g. `dual-stack pair`. */
  unit?: string;
  count: number;
  total: number;
  average: number;
  fastest: number;
  slowest: number;
  rps: number;
  /**
   * Percentiles 50/90/95/99/99.9. In-process operations are too short to time one by one, so a
   * sample is the mean per operation of one timed batch; over gRPC a sample is one call.
   */
  latencyDistribution: LatencyBucket[];
  statusCodeDistribution: Record<string, number>;
  cpuPerOpUs?: number;
  /** The performance.md target for rps, when it has one. */
  targetRps?: number;
}

/** A paired A/B ratio: median of per-round ratios, with min and max (performance.md "Method" 1). */
export interface BenchRatio {
  median: number;
  min: number;
  max: number;
  rounds: number;
  /** The target the median must reach (>=), when it has one. */
  target?: number;
  note?: string;
}

export interface MachineInfo { platform: string; arch: string; cpus: number; cpuModel: string; totalMemBytes: number }

/** The whole report: the headline operation's stats at top level, every operation in sections. */
export interface BenchReport extends BenchStats {
  date: string;
  sections: BenchStats[];
  ratios: Record<string, BenchRatio>;
  heapBytes: number;
  rssBytes: number;
  machine: MachineInfo;
  nodeVersion: string;
}

/** A timed batch: `ops` operations in `ns` nanoseconds of wall time. */
export interface BatchSample { ops: number; ns: number }

const PERCENTILES = [50, 90, 95, 99, 99.9];

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Stats from timed batches (nearest-rank percentiles over per-batch means). */
export function statsFromBatches(name: string, samples: readonly BatchSample[], extra: Partial<BenchStats> = {}): BenchStats {
  const count = samples.reduce((n, s) => n + s.ops, 0);
  const total = samples.reduce((n, s) => n + s.ns, 0);
  const perOp = samples.filter((s) => s.ops > 0).map((s) => s.ns / s.ops).sort((a, b) => a - b);
  return {
    name, count, total,
    average: count ? total / count : 0,
    fastest: perOp[0] ?? 0,
    slowest: perOp[perOp.length - 1] ?? 0,
    rps: total ? count / (total / 1e9) : 0,
    latencyDistribution: PERCENTILES.map((p) => ({ percentage: p, latency: percentile(perOp, p) })),
    statusCodeDistribution: { OK: count },
    ...extra,
  };
}

/** Median, min and max of per-round ratios. */
export function ratioOf(perRound: readonly number[], extra: Partial<BenchRatio> = {}): BenchRatio {
  const sorted = [...perRound].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0, rounds: sorted.length, ...extra };
}

export function machineInfo(): MachineInfo {
  const c = cpus();
  return { platform: platform(), arch: arch(), cpus: c.length, cpuModel: c[0]?.model.trim() ?? 'unknown', totalMemBytes: totalmem() };
}

/** Wraps sections into a report; the first section is the headline. */
export function buildReport(sections: BenchStats[], ratios: Record<string, BenchRatio>, now = new Date()): BenchReport {
  const mem = process.memoryUsage();
  const head = sections[0] ?? statsFromBatches('none', []);
  return {
    ...head, date: now.toISOString(), sections, ratios,
    heapBytes: mem.heapUsed, rssBytes: mem.rss, machine: machineInfo(), nodeVersion: process.version,
  };
}

/** 45ns, 1.23µs, 4.56ms, 1.20s. */
export function formatDuration(ns: number): string {
  if (ns < 1e3) return `${ns.toFixed(ns < 10 ? 1 : 0)}ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(2)}µs`;
  if (ns < 1e9) return `${(ns / 1e6).toFixed(2)}ms`;
  return `${(ns / 1e9).toFixed(2)}s`;
}

/** 12.3M, 456.7k, 89. */
export function formatRate(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)}M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)}k`;
  return n.toFixed(0);
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('   ').trimEnd());
}

function verdict(value: number, target: number | undefined): string {
  if (target === undefined) return '';
  return value >= target ? 'ok' : 'BELOW TARGET';
}

/** The human form: a kubectl-like table of operations, one of ratios, then memory and machine. */
export function formatBenchReport(r: BenchReport): string {
  const p = (s: BenchStats, pct: number) => formatDuration(s.latencyDistribution.find((b) => b.percentage === pct)?.latency ?? 0);
  const ops = [['OPERATION', 'COUNT', 'RATE/S', 'AVERAGE', 'P50', 'P99', 'CPU/OP', 'TARGET', '']];
  for (const s of r.sections) {
    ops.push([s.name + (s.unit ? ` (${s.unit})` : ''), String(s.count), formatRate(s.rps), formatDuration(s.average),
      p(s, 50), p(s, 99), s.cpuPerOpUs === undefined ? '-' : formatDuration(s.cpuPerOpUs * 1e3),
      s.targetRps === undefined ? '-' : `>= ${formatRate(s.targetRps)}/s`, verdict(s.rps, s.targetRps)]);
  }
  const ratios = [['RATIO', 'MEDIAN', 'MIN', 'MAX', 'ROUNDS', 'TARGET', '']];
  for (const [name, q] of Object.entries(r.ratios)) {
    ratios.push([name, q.median.toFixed(3), q.min.toFixed(3), q.max.toFixed(3), String(q.rounds),
      q.target === undefined ? '-' : `>= ${q.target}`, verdict(q.median, q.target)]);
  }
  const m = r.machine;
  const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
  return [
    ...table(ops), '', ...table(ratios), '',
    `heap ${mib(r.heapBytes)}, rss ${mib(r.rssBytes)}`,
    `node ${r.nodeVersion}, ${m.platform}/${m.arch}, ${m.cpus} x ${m.cpuModel}, ${mib(m.totalMemBytes)}`,
    '',
  ].join('\n');
}

export function nowNs(): number {
  return Number(process.hrtime.bigint());
}

export interface TimedRun { samples: BatchSample[]; cpuPerOpUs: number }

/**
 * Runs `prepare` (untimed) then `batch` (timed, returning its op count) until `budgetMs` has
 * passed, after one warm-up batch; CPU time per operation from process.cpuUsage.
 */
export function timeBatches(budgetMs: number, batch: () => number, prepare: () => void = () => {}): TimedRun {
  prepare(); batch();
  const samples: BatchSample[] = [];
  let cpuUs = 0;
  const end = nowNs() + budgetMs * 1e6;
  do {
    prepare();
    const cpu0 = process.cpuUsage(), t0 = nowNs();
    const ops = batch();
    const t1 = nowNs(), cpu = process.cpuUsage(cpu0);
    samples.push({ ops, ns: t1 - t0 });
    cpuUs += cpu.user + cpu.system;
  } while (nowNs() < end && samples.length < 100_000);
  const ops = samples.reduce((n, s) => n + s.ops, 0);
  return { samples, cpuPerOpUs: ops ? cpuUs / ops : 0 };
}
