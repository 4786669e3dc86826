// Batch size against transport: the same packets run inline on this thread, through a worker's
// ring, and as piscina tasks with a transferred buffer, at several batch sizes. Why the workers
// use rings and the tools stay on the main thread (docs/architecture.md). Imports worker/, bench/.
import { Piscina } from 'piscina';
import { Action } from '../pipeline/verdict.js';
import type { ForwardingProgram } from '../tables/program.js';
import type { BatchPacket } from '../worker/batch.js';
import type { DataplaneHost } from '../worker/host.js';
import type { BenchShape } from './bench-program.js';
import { benchSide, inThreadSide, type RunSample } from './forward-bench.js';
import { PrimedRing } from './primed-ring.js';
import { packBatch } from './transfer-batch.js';

export interface BatchCompare { batch: number; inline: RunSample[]; ring: RunSample[]; piscina: RunSample[] }

const FROM_SOURCE = import.meta.url.endsWith('.ts');
const TASK = new URL(FROM_SOURCE ? './piscina-boot.mjs' : './piscina-task.js', import.meta.url);
const nowNs = (): number => Number(process.hrtime.bigint());

/** Sequential piscina tasks of `batch` packets, one transferred buffer going back and forth. */
async function piscinaRuns(pool: Piscina, mix: readonly BatchPacket[], batch: number, budgetMs: number): Promise<RunSample[]> {
  const packed = packBatch(mix, batch);
  let buf = packed.buf;
  const once = async (): Promise<RunSample> => {
    packed.refill(buf);
    const t0 = nowNs();
    buf = await pool.run({ buf, count: batch }, { transferList: [buf] }) as ArrayBuffer;
    return { ops: batch, ns: nowNs() - t0 };
  };
  for (let i = 0; i < 5; i++) await once();
  const out: RunSample[] = [], end = nowNs() + budgetMs * 1e6;
  do out.push(await once()); while (nowNs() < end && out.length < 20_000);
  return out;
}

/** Worker 0 of `host` fed `batch` packets per run; this thread sleeps in Atomics.wait meanwhile. */
function ringRuns(host: DataplaneHost, mix: readonly BatchPacket[], batch: number, budgetMs: number): RunSample[] {
  const p = new PrimedRing(host.ring(0), mix);
  return benchSide({
    prepare: () => p.prepare(batch),
    run: () => { p.publish(); p.ring.drainSync(); return batch; },
    check: () => { if (p.mismatches(Action.FORWARD)) throw new Error('forward bench: ring batch did not forward'); },
  }, budgetMs);
}

/** Each size gets a third of budgetMs / sizes.length per transport. */
export async function benchBatchSizes(host: DataplaneHost, program: ForwardingProgram, shape: BenchShape, mix: readonly BatchPacket[], sizes: readonly number[], budgetMs: number): Promise<BatchCompare[]> {
  const pool = new Piscina({ filename: TASK.href, workerData: shape, minThreads: 1, maxThreads: 1 });
  try {
    const share = budgetMs / (3 * sizes.length), out: BatchCompare[] = [];
    for (const batch of sizes) {
      const inline = benchSide(inThreadSide(program, mix, Action.FORWARD, 'forward', Math.max(batch, 64), batch), share);
      const ring = ringRuns(host, mix, batch, share);
      out.push({ batch, inline, ring, piscina: await piscinaRuns(pool, mix, batch, share) });
    }
    return out;
  } finally {
    await pool.destroy();
  }
}
