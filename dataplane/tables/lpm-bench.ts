// The LPM benchmark `netsim bench forward` calls: lookups per second at 100 and 10k routes per
// family, measured A/B interleaved in one process (performance.md "Method"). Prints nothing.
// Imports tables/ only; no CLI code.
import { Lpm4, Lpm6 } from './lpm.js';

export interface LpmBenchFamily {
  /** Median lookups per second over the rounds. */
  readonly routes100: number;
  readonly routes10k: number;
  /** Median of the per-round ratios routes10k / routes100, with their extremes. */
  readonly ratio: number;
  readonly ratioMin: number;
  readonly ratioMax: number;
}

export interface LpmBenchResult {
  readonly ipv4: LpmBenchFamily;
  readonly ipv6: LpmBenchFamily;
  readonly rounds: number;
  readonly lookupsPerRun: number;
  /** Sum of every looked-up value, so the JIT cannot drop the work. */
  readonly checksum: number;
}

const ADDRS = 1 << 16;
const MIN_ROUNDS = 5;
const MAX_ROUNDS = 99;
const MAX_LOOKUPS = 1 << 24;

/** mulberry32: a seeded u32 stream, so every run measures the same tables and addresses. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** `count` random /24../32 routes and 2^16 addresses, 80 % inside one of them. */
function setup4(count: number, seed: number): { table: Lpm4; addrs: Uint32Array } {
  const r = rng(seed), routes: [number, number, number][] = [];
  for (let i = 0; i < count; i++) routes.push([r(), 24 + (r() % 9), i]);
  const addrs = new Uint32Array(ADDRS);
  for (let i = 0; i < ADDRS; i++) {
    if (r() % 5 === 0) { addrs[i] = r(); continue; }
    const [net, len] = routes[r() % count], host = len === 32 ? 0 : r() >>> len;
    addrs[i] = ((net >>> (32 - len) << (32 - len)) | host) >>> 0;
  }
  return { table: Lpm4.build(routes), addrs };
}

/** `count` random /48../128 routes and 2^16 addresses (16 bytes each), 80 % inside one of them. */
function setup6(count: number, seed: number): { table: Lpm6; addrs: Uint8Array } {
  const r = rng(seed), routes: [Uint8Array, number, number][] = [];
  for (let i = 0; i < count; i++) {
    const net = new Uint8Array(16);
    for (let j = 0; j < 16; j++) net[j] = r();
    routes.push([net, 48 + (r() % 81), i]);
  }
  const addrs = new Uint8Array(16 * ADDRS);
  for (let i = 0; i < ADDRS; i++) {
    const a = addrs.subarray(16 * i, 16 * i + 16);
    for (let j = 0; j < 16; j++) a[j] = r();
    if (r() % 5 === 0) continue;
    const [net, len] = routes[r() % count];
    for (let j = 0; j < 16; j++) {
      const keep = Math.max(0, Math.min(8, len - 8 * j)), m = (0xff00 >> keep) & 0xff;
      a[j] = (net[j] & m) | (a[j] & ~m & 0xff);
    }
  }
  return { table: Lpm6.build(routes), addrs };
}

function run4(t: Lpm4, addrs: Uint32Array, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum = (sum + t.lookup(addrs[i & (ADDRS - 1)])) | 0;
  return sum;
}

function run6(t: Lpm6, addrs: Uint8Array, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum = (sum + t.lookup(addrs, (i & (ADDRS - 1)) << 4)) | 0;
  return sum;
}

interface Timed { rate: number; sum: number }

function timed(f: () => number, n: number): Timed {
  const t0 = process.hrtime.bigint();
  const sum = f();
  const ns = Number(process.hrtime.bigint() - t0);
  return { rate: n / (Math.max(ns, 1) / 1e9), sum };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b), m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function summarize(a: readonly number[], b: readonly number[]): LpmBenchFamily {
  const ratios = a.map((x, i) => b[i] / x);
  return { routes100: median(a), routes10k: median(b), ratio: median(ratios), ratioMin: Math.min(...ratios), ratioMax: Math.max(...ratios) };
}

/** Lookups per second at 100 and 10k routes per family; total time about `seconds` (table builds included). */
export function benchLpm(opts: { seconds: number }): LpmBenchResult {
  const start = process.hrtime.bigint();
  const elapsed = (): number => Number(process.hrtime.bigint() - start) / 1e9;
  const a4 = setup4(100, 1), b4 = setup4(10_000, 2), a6 = setup6(100, 3), b6 = setup6(10_000, 4);
  let n = 1 << 16, checksum = 0;                   // lookups per timed run; the closures read it
  const runs = [() => run4(a4.table, a4.addrs, n), () => run4(b4.table, b4.addrs, n),
    () => run6(a6.table, a6.addrs, n), () => run6(b6.table, b6.addrs, n)];
  let round = 0;                                   // seconds per A,B,A,B round at the current n
  for (let k = 0; k < 3; k++) round = runs.reduce((s, f) => s + n / timed(f, n).rate, 0);
  const target = Math.max(0, opts.seconds - elapsed()) / (4 * MIN_ROUNDS);
  while (n < MAX_LOOKUPS && round * 2 <= target) { n *= 2; round *= 2; }
  const rates: number[][] = [[], [], [], []];
  const roundStart = elapsed();
  while (rates[0].length < MAX_ROUNDS) {
    for (let k = 0; k < 4; k++) { const t = timed(runs[k], n); rates[k].push(t.rate); checksum = (checksum + t.sum) | 0; }
    const per = (elapsed() - roundStart) / rates[0].length;
    if (rates[0].length >= MIN_ROUNDS && elapsed() + per > opts.seconds) break;
  }
  return { ipv4: summarize(rates[0], rates[1]), ipv6: summarize(rates[2], rates[3]), rounds: rates[0].length, lookupsPerRun: n, checksum };
}
