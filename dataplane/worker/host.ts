// DataplaneHost: the main thread's view of the worker pool — long-lived threads, each fed by
// its own SharedArrayBuffer ring; programs posted to all and acknowledged; bulk packets
// sharded by flow so each flow's conntrack lives in one worker. Imports worker/, tables/, node:os.
import { availableParallelism } from 'node:os';
import type { ForwardingProgram } from '../tables/program.js';
import { batchSize, emptyResults, type BatchResults, type PacketBatch } from './batch.js';
import { DataplaneWorkerError } from './messages.js';
import { RES_WIDTH, Res, type PacketRing } from './ring.js';
import { packetShard } from './shard.js';
import { WorkerHandle } from './worker-handle.js';

export interface DataplaneHostOptions {
  /** Worker threads (netsimd --workers; default one per core). */
  workers?: number;
  /** Ring slots per worker, a power of two (default 4096). */
  slots?: number;
  /** Bytes per slot: the largest packet (default 2048). */
  slotBytes?: number;
  /** Seeds the workers' endpoint choices (worker i gets seed + i). */
  seed?: number;
}

export interface ForwardOptions {
  /** Follow FORWARD through up to this many namespaces (default 1: the ingress namespace only). */
  maxHops?: number;
  /** The (virtual) time the packets run at, in ns: conntrack and affinity expiry read it. */
  nowNs?: number;
}

interface Started { w: number; from: number; first: number; count: number }

export class DataplaneHost {
  private seq = 0;
  private posted = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private closing: Promise<void> | undefined;

  private constructor(private readonly handles: readonly WorkerHandle[]) {}

  /** Starts the workers. Errors: DataplaneWorkerError WORKER_EXITED when one dies starting; RangeError on a bad ring shape. */
  static async start(opts: DataplaneHostOptions = {}): Promise<DataplaneHost> {
    const n = opts.workers ?? availableParallelism();
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`workers must be a positive integer, got ${n}`);
    const shape = { slots: opts.slots ?? 4096, slotBytes: opts.slotBytes ?? 2048 };
    const started = await Promise.allSettled(Array.from({ length: n }, (_, i) => WorkerHandle.spawn(i, shape, (opts.seed ?? 1) + i)));
    const ok = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) { await Promise.all(ok.map((h) => h.close())); throw failed.reason; }
    return new DataplaneHost(ok);
  }

  get workers(): number { return this.handles.length; }

  /** Worker w's ring, for producers that fill slots themselves (the forward bench). */
  ring(w: number): PacketRing { return this.handles[w].ring; }

  /**
   * Posts `program` to every worker; each builds its tables and swaps one reference. Resolves
   * when all run it, with the time from the call and the slowest worker's table build.
   * Errors: DataplaneWorkerError STALE_GENERATION (generation not above the last posted),
   * INVALID_PROGRAM, INSTALL_FAILED, WORKER_EXITED.
   */
  async install(program: ForwardingProgram): Promise<{ generation: number; ms: number; buildMs: number }> {
    if (program.generation <= this.posted) throw new DataplaneWorkerError('STALE_GENERATION', `generation ${program.generation} is not above ${this.posted}`);
    this.posted = program.generation;
    const seq = ++this.seq, t0 = performance.now();
    const builds = await Promise.all(this.handles.map((h) => h.install(seq, program)));
    return { generation: program.generation, ms: performance.now() - t0, buildMs: Math.max(...builds) };
  }

  /** The generation every worker runs (the minimum; 0 before the first install). */
  installedGeneration(): number {
    return this.handles.reduce((g, h) => Math.min(g, h.generation), Number.MAX_SAFE_INTEGER);
  }

  /**
   * Runs `batch` in the workers, each packet in the worker of its flow (shard.ts) unless
   * pinned, through the rings in chunks of at most a ring per worker; packets are rewritten in
   * place in batch.data. Calls are serialized. Errors: DataplaneWorkerError NOT_INSTALLED,
   * BATCH_FAILED, WORKER_EXITED; RangeError for a packet longer than a slot or a bad pin.
   */
  forwardBatch(batch: PacketBatch, opts: ForwardOptions = {}): Promise<BatchResults> {
    const run = this.queue.then(() => this.runBatch(batch, opts.maxHops ?? 1, opts.nowNs ?? 0));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async runBatch(b: PacketBatch, maxHops: number, nowNs: number): Promise<BatchResults> {
    if (this.closing) throw new DataplaneWorkerError('WORKER_EXITED', 'the dataplane host is closed');
    if (this.installedGeneration() === 0) throw new DataplaneWorkerError('NOT_INSTALLED', 'no forwarding program is installed yet');
    const lists = this.shardBatch(b), res = emptyResults(batchSize(b)), pos = new Int32Array(lists.length);
    while (lists.some((l, w) => pos[w] < l.length)) {
      const started: Started[] = [];
      lists.forEach((list, w) => {
        const ring = this.handles[w].ring, count = Math.min(list.length - pos[w], ring.free);
        if (count === 0) return;
        const from = ring.head;
        for (let j = 0; j < count; j++) {
          const i = list[pos[w] + j];
          ring.write(from + j, b.data.subarray(b.offsets[i], b.offsets[i + 1]), b.ns[i], b.inIface[i], maxHops);
        }
        ring.now[0] = nowNs;
        ring.publish(count);
        started.push({ w, from, first: pos[w], count });
        pos[w] += count;
      });
      await Promise.all(started.map((s) => this.handles[s.w].ring.drain()));
      for (const s of started) this.gather(b, lists[s.w], s, res);
    }
    return res;
  }

  /** Input indices per worker, in batch order. Throws RangeError for a packet longer than a slot. */
  private shardBatch(b: PacketBatch): Int32Array[] {
    const n = batchSize(b), w = this.handles.length, owner = new Int32Array(n), counts = new Int32Array(w);
    const max = this.handles[0].ring.slotBytes;
    for (let i = 0; i < n; i++) {
      if (b.offsets[i + 1] - b.offsets[i] > max) throw new RangeError(`packet ${i} of ${b.offsets[i + 1] - b.offsets[i]} bytes exceeds the ${max}-byte slot`);
      const pin = b.worker ? b.worker[i] : -1;
      if (pin >= w) throw new RangeError(`packet ${i} is pinned to worker ${pin} of ${w}`);
      owner[i] = pin >= 0 ? pin : packetShard(b.data, b.offsets[i], b.offsets[i + 1], w);
      counts[owner[i]]++;
    }
    const lists = Array.from(counts, (c) => new Int32Array(c));
    counts.fill(0);
    for (let i = 0; i < n; i++) lists[owner[i]][counts[owner[i]]++] = i;
    return lists;
  }

  private gather(b: PacketBatch, list: Int32Array, s: Started, res: BatchResults): void {
    const h = this.handles[s.w], ring = h.ring, failure = h.takeFailure();
    if (failure) throw failure;
    for (let j = 0; j < s.count; j++) {
      const i = list[s.first + j], slot = (s.from + j) & ring.mask, r = slot * RES_WIDTH;
      res.action[i] = ring.res[r + Res.ACTION]; res.reason[i] = ring.res[r + Res.REASON];
      res.ns[i] = ring.res[r + Res.NS]; res.inIface[i] = ring.res[r + Res.IN_IFACE];
      res.generation[i] = ring.res[r + Res.GENERATION]; res.hops[i] = ring.res[r + Res.HOPS];
      res.generatedLen[i] = ring.res[r + Res.GENERATED_LEN]; res.worker[i] = s.w;
      b.data.set(ring.slot[slot].subarray(0, b.offsets[i + 1] - b.offsets[i]), b.offsets[i]);
    }
  }

  /** Stops every worker and releases its thread and port: no handle stays behind. Idempotent. */
  close(): Promise<void> {
    this.closing ??= Promise.all(this.handles.map((h) => h.close())).then(() => undefined);
    return this.closing;
  }
}
