// `netsim bench alloc`, Service part: the ClusterIP and NodePort allocators and the dual-stack
// transaction measured in process (performance.md "ClusterIP allocation", "zero duplicate
// addresses"). Imports daemon/ipam, daemon/sim and bench-report.ts only.
import { ClusterIpAllocator } from '../../daemon/ipam/cluster-ip.js';
import { NodePortAllocator } from '../../daemon/ipam/node-port.js';
import { ServiceAllocations } from '../../daemon/ipam/service-allocations.js';
import { Rng } from '../../daemon/sim/rng.js';
import { nowNs, ratioOf, statsFromBatches, timeBatches, type BatchSample, type BenchRatio, type BenchStats } from './bench-report.js';

const SLASH16 = '10.96.0.0/16';
const SLASH112 = 'fd00:10:96::/112';
const NEAR_FULL = 0.999;
const RATIO_ROUNDS = 7;
const MODEL_OPS = 10_000_000;

/** allocateNext (canonical text out) filling a fresh /16 to 90 %, the allocator's own random scan. */
function benchClusterIpFill(budgetMs: number): BenchStats {
  const rng = new Rng(1);
  let a = new ClusterIpAllocator(SLASH16, rng);
  const target = Math.floor(a.size * 0.9);
  let sink = 0;
  const { samples, cpuPerOpUs } = timeBatches(budgetMs, () => {
    for (let i = 0; i < target; i++) sink += a.allocateNext().length;
    return target;
  }, () => { a = new ClusterIpAllocator(SLASH16, rng); });
  if (a.used !== target || sink === 0) throw new Error('ClusterIP fill lost allocations');
  return statsFromBatches('ClusterIP allocateNext, /16 filled to 90%', samples, { unit: 'address', cpuPerOpUs, targetRps: 5e6 });
}

function filledTo(fraction: number): ClusterIpAllocator {
  const a = new ClusterIpAllocator(SLASH16, new Rng(2));
  const want = Math.round(a.size * fraction);
  while (a.used < want) a.allocateNextOffset();
  return a;
}

/** ns for `ops` allocate+release pairs, the fill level unchanged. */
function timeChurn(a: ClusterIpAllocator, ops: number): number {
  const t0 = nowNs();
  for (let i = 0; i < ops; i++) a.releaseOffset(a.allocateNextOffset());
  return nowNs() - t0;
}

/** Empty vs 99.9 % full churn rate of one /16, in paired rounds alternating the order. */
function benchNearFull(budgetMs: number): BenchRatio {
  const empty = filledTo(0), full = filledTo(NEAR_FULL);
  const warm = 20_000;
  timeChurn(empty, warm);
  const nsPerOp = Math.max(timeChurn(full, warm), timeChurn(empty, warm)) / warm;
  const ops = Math.round(Math.min(Math.max((budgetMs * 1e6) / (RATIO_ROUNDS * 2) / nsPerOp, warm), 5_000_000));
  const perRound: number[] = [];
  for (let round = 0; round < RATIO_ROUNDS; round++) {
    let e: number, f: number;
    if (round % 2 === 0) { e = timeChurn(empty, ops); f = timeChurn(full, ops); }
    else { f = timeChurn(full, ops); e = timeChurn(empty, ops); }
    perRound.push(e / f);
  }
  return ratioOf(perRound, { target: 0.2, note: 'ClusterIpAllocator /16 allocate+release, 99.9% full vs empty' });
}

/** Services kept allocated between batches: the sig-scalability threshold of 10,000 Services. */
const HELD_SERVICES = 10_000;

/** Dual-stack pair with owner records through one ServiceAllocationTx per Service (no validation, no store). */
function benchDualStackPair(budgetMs: number): BenchStats {
  const rng = new Rng(3);
  const s = new ServiceAllocations([new ClusterIpAllocator(SLASH16, rng), new ClusterIpAllocator(SLASH112, rng)],
    new NodePortAllocator({ base: 30000, size: 2768 }, rng));
  const owners = Array.from({ length: 1000 }, (_, i) => `default/svc-${i}`);
  let held: string[] = [];                    // owner i's two IPs at 2i, 2i+1
  const { samples, cpuPerOpUs } = timeBatches(budgetMs, () => {
    for (let i = 0; i < 1000; i++) {
      const tx = s.begin(owners[i]);
      tx.allocateIp('IPv4');
      tx.allocateIp('IPv6');
      tx.commit();
      held.push(tx.ips[0], tx.ips[1]);
    }
    return 1000;
  }, () => {
    if (held.length < 2 * HELD_SERVICES) return;
    for (let i = 0; i < held.length; i += 2) {
      const tx = s.begin(owners[(i >> 1) % 1000]);
      tx.releaseIp(held[i]); tx.releaseIp(held[i + 1]);
      tx.commit();
    }
    held = [];
  });
  return statsFromBatches('dual-stack ClusterIP pair + owner (tx)', samples, { unit: 'Service', cpuPerOpUs, targetRps: 1e6 });
}

/** allocateNext filling the default 30000-32767 range to 90 %. */
function benchNodePorts(budgetMs: number): BenchStats {
  const rng = new Rng(4);
  let a = new NodePortAllocator({ base: 30000, size: 2768 }, rng);
  const target = Math.floor(2768 * 0.9);
  const { samples, cpuPerOpUs } = timeBatches(budgetMs, () => {
    for (let i = 0; i < target; i++) a.allocateNext();
    return target;
  }, () => { a = new NodePortAllocator({ base: 30000, size: 2768 }, rng); });
  return statsFromBatches('NodePort allocateNext, range filled to 90%', samples, { unit: 'port', cpuPerOpUs });
}

/** A subject of the model run: dynamic and static allocation and release by slot. */
interface ModelSubject { size: number; used: () => number; next: () => number; take: (off: number) => boolean; release: (off: number) => void }

function clusterIpSubject(cidr: string, rng: Rng): ModelSubject {
  const a = new ClusterIpAllocator(cidr, rng);
  return {
    size: a.size, used: () => a.used, next: () => a.allocateNextOffset(), release: (off) => a.releaseOffset(off),
    take: (off) => { try { a.allocate(a.addressAt(off)); return true; } catch { return false; } },
  };
}

function nodePortSubject(rng: Rng): ModelSubject {
  const a = new NodePortAllocator({ base: 30000, size: 2768 }, rng);
  return {
    size: 2768, used: () => a.used, next: () => a.allocateNext() - 30000, release: (off) => a.release(30000 + off),
    take: (off) => { try { a.allocate(30000 + off); return true; } catch { return false; } },
  };
}

/**
 * `ops` random operations on one subject against a byte-per-slot model; the fill target swings
 * between 50 % and 99.9 % every 2^20 operations. Returns the number of disagreements (a slot
 * handed out twice, a static request answered wrongly, a count out of step).
 */
function runModel(s: ModelSubject, ops: number, rng: Rng, deadlineNs: number): { ops: number; mismatches: number } {
  const model = new Uint8Array(s.size), held = new Int32Array(s.size);
  let n = 0, bad = 0, done = 0;
  for (; done < ops; done++) {
    if ((done & 0xffff) === 0 && nowNs() > deadlineNs) break;
    const target = (done >>> 20) & 1 ? s.size * NEAR_FULL : s.size * 0.5;
    const roll = rng.intn(1000);
    if (roll < 50) {
      const off = rng.intn(s.size);
      if (s.take(off) !== (model[off] === 0)) bad++;
      if (model[off] === 0) { model[off] = 1; held[n++] = off; }
    } else if (n < s.size && roll < (n < target ? 775 : 525)) {
      const off = s.next();
      if (model[off] !== 0) bad++;
      else { model[off] = 1; held[n++] = off; }
    } else if (n > 0) {
      const k = rng.intn(n), off = held[k];
      held[k] = held[--n];
      model[off] = 0;
      s.release(off);
    }
  }
  if (s.used() !== n) bad++;
  return { ops: done, mismatches: bad };
}

/** The 10 M-operation duplicate check over the v4 /16, the v6 /112 and the default NodePort range. */
function benchModel(budgetMs: number): { stats: BenchStats; ratio: BenchRatio } {
  const rng = new Rng(5);
  const subjects = [clusterIpSubject(SLASH16, rng), clusterIpSubject(SLASH112, rng), nodePortSubject(rng)];
  const share = [0.4, 0.4, 0.2];
  const samples: BatchSample[] = [];
  let mismatches = 0;
  const end = nowNs() + budgetMs * 1e6;
  let shareLeft = 1;
  subjects.forEach((s, i) => {
    const start = nowNs();
    const deadline = start + Math.max(0, end - start) * (share[i] / shareLeft);
    shareLeft -= share[i];
    const r = runModel(s, Math.round(MODEL_OPS * share[i]), rng, deadline);
    samples.push({ ops: r.ops, ns: nowNs() - start });
    mismatches += r.mismatches;
  });
  const stats = statsFromBatches('random allocate/release vs model', samples, { unit: 'operation' });
  stats.statusCodeDistribution = { OK: stats.count - mismatches, DUPLICATE_OR_MISMATCH: mismatches };
  const ratio = ratioOf([stats.count ? (stats.count - mismatches) / stats.count : 0],
    { target: 1, note: `${stats.count} of ${MODEL_OPS} operations in budget; ${mismatches} duplicates or mismatches` });
  return { stats, ratio };
}

/** The Service allocators' sections and ratios for `netsim bench alloc`, within `budgetMs`. */
export async function benchServiceAllocators(budgetMs: number): Promise<{ sections: BenchStats[]; ratios: Record<string, BenchRatio> }> {
  const sections = [
    benchClusterIpFill(budgetMs * 0.15),
    benchDualStackPair(budgetMs * 0.15),
    benchNodePorts(budgetMs * 0.1),
  ];
  const nearFull = benchNearFull(budgetMs * 0.2);
  const model = benchModel(budgetMs * 0.35);
  sections.push(model.stats);
  return {
    sections,
    ratios: { 'ClusterIP 99.9% full vs empty': nearFull, 'zero duplicates under random allocate/release': model.ratio },
  };
}
