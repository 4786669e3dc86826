// The scaling control of the 2-vs-1 bench: two plain threads running an integer loop that
// touches no memory, driven like the rings (Atomics, this thread asleep meanwhile). On a quiet
// 2-core machine it scales 2.0x; when it does not, neither can the workers. Imports bench/ only.
import { Worker } from 'node:worker_threads';
import type { Side } from './forward-bench.js';

/** Control words: command sequence, done sequence, iterations, exit flag, result sink. */
const CMD = 0, DONE = 1, ITERS = 2, EXIT = 3, SINK = 4;

const SPIN = `
const { workerData } = require('node:worker_threads');
const a = new Int32Array(workerData);
let seen = 0;
for (;;) {
  Atomics.wait(a, ${CMD}, seen);
  seen = Atomics.load(a, ${CMD});
  if (Atomics.load(a, ${EXIT})) break;
  let x = 1;
  for (let i = 0, n = a[${ITERS}]; i < n; i++) x = (Math.imul(x ^ i, 0x9e3779b1) + 7) | 0;
  a[${SINK}] = x;
  Atomics.store(a, ${DONE}, seen);
  Atomics.notify(a, ${DONE});
}`;

export class CpuControl {
  private constructor(private readonly ctl: Int32Array[], private readonly threads: Worker[]) {}

  static start(): CpuControl {
    const ctl = [0, 1].map(() => new Int32Array(new SharedArrayBuffer(32)));
    return new CpuControl(ctl, ctl.map((a) => new Worker(SPIN, { eval: true, workerData: a.buffer, name: 'netsim-bench-control' })));
  }

  private kick(t: number, iterations: number): void {
    const a = this.ctl[t];
    a[ITERS] = iterations;
    Atomics.add(a, CMD, 1);
    Atomics.notify(a, CMD);
  }

  private wait(t: number): void {
    const a = this.ctl[t];
    for (let d = Atomics.load(a, DONE); d !== Atomics.load(a, CMD); d = Atomics.load(a, DONE)) Atomics.wait(a, DONE, d);
  }

  /** One thread, then both, each running `iterations` per run; ops are thousands of iterations. */
  pair(iterations: number): readonly [Side, Side] {
    const ops = iterations / 1000, none = () => {};
    return [
      { prepare: none, check: none, run: () => { this.kick(0, iterations); this.wait(0); return ops; } },
      { prepare: none, check: none, run: () => { this.kick(0, iterations); this.kick(1, iterations); this.wait(0); this.wait(1); return 2 * ops; } },
    ];
  }

  async close(): Promise<void> {
    this.ctl.forEach((a) => { Atomics.store(a, EXIT, 1); Atomics.add(a, CMD, 1); Atomics.notify(a, CMD); });
    await Promise.all(this.threads.map((w) => w.terminate()));
  }
}
