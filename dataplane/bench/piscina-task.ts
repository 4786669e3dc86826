// The piscina side of the forward bench's comparison: a task gets one transferred ArrayBuffer
// holding a batch (layout in packBatch), runs each packet through the pipeline with this
// thread's tables, writes the actions and transfers the buffer back. Measurement only.
import { move, workerData } from 'piscina';
import { buildFib } from '../tables/fib.js';
import { HopOut } from '../pipeline/hop.js';
import { PacketState } from '../pipeline/state.js';
import { ACTION_MASK, runPacket } from '../worker/batch-runner.js';
import { benchProgram, type BenchShape } from './bench-program.js';
import { batchViews } from './transfer-batch.js';

const fib = buildFib(benchProgram(workerData as BenchShape));
const state = new PacketState(() => 0);
const out = new HopOut();

/** Runs the batch in `buf` (count packets) and hands the buffer back. */
export default function runBatch(task: { buf: ArrayBuffer; count: number }): unknown {
  const v = batchViews(task.buf, task.count);
  for (let i = 0; i < task.count; i++) {
    v.action[i] = runPacket(fib, state, out, v.ns[i], v.inIface[i], v.bytes.subarray(v.offsets[i], v.offsets[i + 1]), 1) & ACTION_MASK;
  }
  return move(task.buf);
}
