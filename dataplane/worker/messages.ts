// The main⇄worker protocol in one place (piscina src/types.ts style): what a worker is started
// with, the control messages on its port, and errors as {code, message} (classes do not survive
// postMessage). Packets never travel here: they go through the ring. Imports tables/program.ts (and node types) only.
import type { MessagePort } from 'node:worker_threads';
import type { ForwardingProgram } from '../tables/program.js';

/** workerData of a dataplane worker. `port` is transferred; `ring` is shared. */
export interface WorkerInit {
  index: number;
  ring: SharedArrayBuffer;
  slots: number;
  slotBytes: number;
  /** Seeds the worker's endpoint choice (`pick`), so --seed repeats it. */
  seed: number;
  port: MessagePort;
}

/** Main → worker, on the worker's port; the producer rings the doorbell after each. */
export type ToWorker =
  | { type: 'install'; seq: number; program: ForwardingProgram }
  | { type: 'close' };

/** Worker → main. */
export type FromWorker =
  | { type: 'ready'; index: number }
  | { type: 'installed'; seq: number; generation: number; buildMs: number }
  | { type: 'install-failed'; seq: number; error: WireError }
  | { type: 'failed'; error: WireError };

export type WorkerErrorCode =
  /** validateProgram found broken references: the message lists them. */
  | 'INVALID_PROGRAM'
  /** A program's generation is not above the last one posted. */
  | 'STALE_GENERATION'
  /** Packets were submitted before any program was installed. */
  | 'NOT_INSTALLED'
  /** Building the tables threw. */
  | 'INSTALL_FAILED'
  /** A batch threw in the pipeline (a bug): its remaining packets are marked unprocessed. */
  | 'BATCH_FAILED'
  /** The worker exited or the host was closed while a request was outstanding. */
  | 'WORKER_EXITED';

export interface WireError { code: WorkerErrorCode; message: string }

/** The error class the host rejects with, rebuilt from a WireError on the main thread. */
export class DataplaneWorkerError extends Error {
  constructor(readonly code: WorkerErrorCode, message: string) {
    super(message);
    this.name = 'DataplaneWorkerError';
  }
}

export const toWireError = (code: WorkerErrorCode, e: unknown): WireError =>
  ({ code, message: e instanceof Error ? e.message : String(e) });
