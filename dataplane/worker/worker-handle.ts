// WorkerHandle: the main thread's side of one dataplane worker — spawning it with its ring,
// posting installs and matching their acks, collecting its errors, and closing it without
// leaving a handle. Imports node:worker_threads and worker/ only.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort, type WorkerOptions } from 'node:worker_threads';
import type { ForwardingProgram } from '../tables/program.js';
import { DataplaneWorkerError, type FromWorker, type ToWorker, type WorkerInit } from './messages.js';
import { Ctl, PacketRing, type RingShape } from './ring.js';

const FROM_SOURCE = import.meta.url.endsWith('.ts');
const ENTRY = new URL(FROM_SOURCE ? './entry.ts' : './entry.js', import.meta.url);

/**
 * Built, the worker runs dist's entry.js. From source (under tsx: the tests) Node 20 does not
 * carry the loader into worker threads, so the worker registers tsx before importing entry.ts.
 */
function startThread(opts: WorkerOptions): Worker {
  if (!FROM_SOURCE) return new Worker(ENTRY, opts);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(ENTRY.href)}); })`;
  return new Worker(boot, { ...opts, eval: true });
}

/** How long close() lets a worker leave its loop before terminating it. */
const CLOSE_GRACE_MS = 2000;

interface Pending { resolve: (buildMs: number) => void; reject: (e: Error) => void }

export class WorkerHandle {
  private readonly pending = new Map<number, Pending>();
  private failure: DataplaneWorkerError | undefined;
  private readonly exited: Promise<void>;
  private gone = false;
  private onReady: () => void = () => {};

  private constructor(readonly index: number, readonly ring: PacketRing, private readonly thread: Worker, private readonly port: MessagePort) {
    port.on('message', (m: FromWorker) => this.dispatch(m));
    this.exited = new Promise((resolve) => thread.once('exit', () => { this.onExit(); resolve(); }));
    thread.on('error', (e) => { this.failure = new DataplaneWorkerError('WORKER_EXITED', `dataplane worker ${index}: ${e.message}`); });
  }

  /** Starts worker `index` and resolves once its loop runs. Errors: DataplaneWorkerError WORKER_EXITED when it dies first. */
  static spawn(index: number, shape: RingShape, seed: number): Promise<WorkerHandle> {
    const ring = PacketRing.create(shape);
    const { port1, port2 } = new MessageChannel();
    const init: WorkerInit = { index, ring: ring.sab, slots: shape.slots, slotBytes: shape.slotBytes, seed, port: port2 };
    const thread = startThread({ workerData: init, transferList: [port2], name: `netsim-dataplane-${index}` });
    const h = new WorkerHandle(index, ring, thread, port1);
    return new Promise((resolve, reject) => {
      h.onReady = () => resolve(h);
      void h.exited.then(() => reject(h.failure ?? new DataplaneWorkerError('WORKER_EXITED', `dataplane worker ${index} exited while starting`)));
    });
  }

  private dispatch(m: FromWorker): void {
    if (m.type === 'ready') { this.onReady(); return; }
    if (m.type === 'failed') { this.failure = new DataplaneWorkerError(m.error.code, m.error.message); return; }
    const p = this.pending.get(m.seq);
    if (!p) return;
    this.pending.delete(m.seq);
    if (m.type === 'installed') p.resolve(m.buildMs);
    else p.reject(new DataplaneWorkerError(m.error.code, m.error.message));
  }

  private onExit(): void {
    this.gone = true;
    Atomics.store(this.ring.ctl, Ctl.CLOSED, 1);
    Atomics.notify(this.ring.ctl, Ctl.TAIL);
    const err = this.failure ?? new DataplaneWorkerError('WORKER_EXITED', `dataplane worker ${this.index} exited`);
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.port.close();
  }

  /** The generation the worker runs (0 before its first install). */
  get generation(): number { return Atomics.load(this.ring.ctl, Ctl.GENERATION); }

  /** Posts `program` (structured clone) and resolves with the worker's build time once it runs it. */
  install(seq: number, program: ForwardingProgram): Promise<number> {
    if (this.gone) return Promise.reject(new DataplaneWorkerError('WORKER_EXITED', `dataplane worker ${this.index} exited`));
    const acked = new Promise<number>((resolve, reject) => this.pending.set(seq, { resolve, reject }));
    this.post({ type: 'install', seq, program });
    return acked;
  }

  /**
   * Handles messages already queued on the port, synchronously (a 'failed' report is sent
   * before the worker moves tail, so after a drain it is here), and returns the failure
   * reported since the last call, if any.
   */
  takeFailure(): DataplaneWorkerError | undefined {
    for (let r = receiveMessageOnPort(this.port); r; r = receiveMessageOnPort(this.port)) this.dispatch(r.message as FromWorker);
    const f = this.failure;
    this.failure = undefined;
    return f ?? (this.gone ? new DataplaneWorkerError('WORKER_EXITED', `dataplane worker ${this.index} exited`) : undefined);
  }

  /** Asks the worker to leave its loop, terminates it if it has not within the grace period, and resolves on exit. */
  async close(): Promise<void> {
    if (!this.gone) {
      this.post({ type: 'close' });
      const timer = setTimeout(() => void this.thread.terminate(), CLOSE_GRACE_MS);
      await this.exited;
      clearTimeout(timer);
    }
  }

  private post(m: ToWorker): void {
    this.port.postMessage(m);
    this.ring.ring();
  }
}
