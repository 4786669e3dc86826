// The dataplane worker's main: attach the ring, then loop — take control messages (installs)
// between batches, run whatever is published, collect expired flows, sleep on the doorbell only
// when idle. The loop is synchronous, so an install lands between two runs, never inside one;
// time is the producer's (ring.now), so GC follows the simulation's clock. Imports worker/ only.
import { receiveMessageOnPort, workerData } from 'node:worker_threads';
import { BatchRunner } from './batch-runner.js';
import { DataplaneWorkerError, toWireError, type FromWorker, type ToWorker, type WorkerInit } from './messages.js';
import { Ctl, PacketRing } from './ring.js';

const init = workerData as WorkerInit;
const ring = PacketRing.attach(init.ring, init);
const runner = new BatchRunner(ring, init.seed);
const send = (m: FromWorker): void => init.port.postMessage(m);

function install(m: Extract<ToWorker, { type: 'install' }>): void {
  try {
    const buildMs = runner.install(m.program);
    send({ type: 'installed', seq: m.seq, generation: runner.generation, buildMs });
  } catch (e) {
    send({ type: 'install-failed', seq: m.seq, error: toWireError(e instanceof DataplaneWorkerError ? e.code : 'INSTALL_FAILED', e) });
  }
}

/** Handles every queued control message; false once told to close. */
function takeControl(): boolean {
  for (let r = receiveMessageOnPort(init.port); r; r = receiveMessageOnPort(init.port)) {
    const m = r.message as ToWorker;
    if (m.type === 'close') return false;
    install(m);
  }
  return true;
}

const reportFailure = (e: unknown): void => send({ type: 'failed', error: toWireError('BATCH_FAILED', e) });

function loop(): void {
  send({ type: 'ready', index: init.index });
  for (;;) {
    const bell = Atomics.load(ring.ctl, Ctl.DOORBELL);
    if (!takeControl()) break;
    if (runner.run(reportFailure) === 0) Atomics.wait(ring.ctl, Ctl.DOORBELL, bell);
    else runner.collectGarbage();
  }
  Atomics.store(ring.ctl, Ctl.CLOSED, 1);
  Atomics.notify(ring.ctl, Ctl.TAIL);
  init.port.close();
}

loop();
