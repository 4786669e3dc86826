// unary()/serverStream(): async functions as grpc-js handlers, one status per call, errors via
// status.ts, cancellation as an AbortSignal (grpc-js catches only synchronous throws, so a
// rejected async handler would never answer). Imports @grpc/grpc-js and rpc/status.ts only.
import type * as grpc from '@grpc/grpc-js';
import { toGrpcError } from './status.js';

export type UnaryFn<Req, Res> = (request: Req, call: grpc.ServerUnaryCall<Req, Res>, signal: AbortSignal) => Promise<Res> | Res;

/** Sends one message; resolves once the stream can take more (backpressure). Rejects after cancellation. */
export type Send<Res> = (message: Res) => Promise<void>;

export type ServerStreamFn<Req, Res> = (
  request: Req, send: Send<Res>, signal: AbortSignal, call: grpc.ServerWritableStream<Req, Res>,
) => Promise<void> | void;

/** Raised by `send` once the client has gone; serverStream() swallows it. */
export class StreamCancelledError extends Error {
  constructor() { super('the client cancelled the call'); this.name = 'StreamCancelledError'; }
}

function abortOnCancel(call: grpc.ServerUnaryCall<unknown, unknown> | grpc.ServerWritableStream<unknown, unknown>): AbortController {
  const ac = new AbortController();
  if (call.cancelled) ac.abort();
  else call.once('cancelled', () => ac.abort());
  return ac;
}

/**
 * A unary handler: awaits `fn` and calls grpc's callback exactly once with its result or its
 * mapped error. A call the client already cancelled gets no callback: grpc-js has ended it.
 */
export function unary<Req, Res>(fn: UnaryFn<Req, Res>): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    const ac = abortOnCancel(call as grpc.ServerUnaryCall<unknown, unknown>);
    let answered = false;
    const answer = (err: grpc.ServerErrorResponse | null, res?: Res) => {
      if (answered) return;
      answered = true;
      if (!call.cancelled) callback(err, res);
    };
    Promise.resolve()
      .then(() => fn(call.request, call, ac.signal))
      .then((res) => answer(null, res), (err: unknown) => answer(toGrpcError(err, call.getPath())));
  };
}

/**
 * A server-streaming handler: `fn` gets the request, `send` and an AbortSignal that fires when
 * the client cancels. When `fn` settles the call ends exactly once: OK if it resolved, the
 * mapped error if it rejected, nothing more if the client had cancelled.
 */
export function serverStream<Req, Res>(fn: ServerStreamFn<Req, Res>): grpc.handleServerStreamingCall<Req, Res> {
  return (call) => {
    const ac = abortOnCancel(call as grpc.ServerWritableStream<unknown, unknown>);
    const send: Send<Res> = (message) => write(call, ac.signal, message);
    let ended = false;
    const end = (err?: unknown) => {
      if (ended || call.cancelled) return;
      ended = true;
      if (err === undefined) call.end();
      else call.emit('error', toGrpcError(err, call.getPath()));
    };
    Promise.resolve()
      .then(() => fn(call.request, send, ac.signal, call))
      .then(() => end(), (err: unknown) => end(err instanceof StreamCancelledError && call.cancelled ? undefined : err));
  };
}

function write<Res>(call: grpc.ServerWritableStream<unknown, Res>, signal: AbortSignal, message: Res): Promise<void> {
  if (signal.aborted) return Promise.reject(new StreamCancelledError());
  if (call.write(message)) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const onDrain = () => { signal.removeEventListener('abort', onAbort); resolve(); };
    const onAbort = () => { call.off('drain', onDrain); reject(new StreamCancelledError()); };
    call.once('drain', onDrain);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
