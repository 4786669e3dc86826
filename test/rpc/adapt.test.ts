import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { EventEmitter } from 'node:events';
import type * as grpc from '@grpc/grpc-js';
import { status } from '@grpc/grpc-js';
import { serverStream, unary } from '../../daemon/rpc/adapt.js';
import { NotFoundError } from '../../daemon/domain/errors.js';

const t = suite('rpc adapt');
const notFound = () => new NotFoundError({ kind: 'Pod', resource: 'pods', name: 'x' });

/** Just enough of a grpc-js server call: request, cancelled, getPath, write/end/'error'. */
class FakeCall extends EventEmitter {
  cancelled = false;
  written: unknown[] = [];
  ended = 0;
  errors: grpc.ServiceError[] = [];
  writable = true;
  constructor(readonly request: unknown) {
    super();
    this.on('error', (e: grpc.ServiceError) => { this.errors.push(e); });
  }
  getPath() { return '/netsim.v1.Pods/Test'; }
  write(m: unknown) { this.written.push(m); return this.writable; }
  end() { this.ended++; }
  cancel() { this.cancelled = true; this.emit('cancelled'); }
}

type Answer = { err: grpc.ServerErrorResponse | null; res: unknown };

function callUnary<Req, Res>(h: grpc.handleUnaryCall<Req, Res>, call: FakeCall): Promise<Answer[]> {
  const answers: Answer[] = [];
  return new Promise((resolve) => {
    h(call as unknown as grpc.ServerUnaryCall<Req, Res>, ((err: grpc.ServerErrorResponse | null, res: unknown) => {
      answers.push({ err, res });
      setImmediate(() => resolve(answers));
    }) as grpc.sendUnaryData<Res>);
  });
}

const unaryCases = [
  { name: 'resolved value', fn: async (r: { n: number }) => ({ n: r.n + 1 }), code: undefined, res: { n: 2 } },
  { name: 'synchronous value', fn: (r: { n: number }) => ({ n: r.n * 10 }), code: undefined, res: { n: 10 } },
  { name: 'rejected domain error', fn: async () => { throw notFound(); }, code: status.NOT_FOUND, res: undefined },
  { name: 'synchronous throw', fn: () => { throw notFound(); }, code: status.NOT_FOUND, res: undefined },
];
for (const c of unaryCases) {
  t(`unary: ${c.name} answers exactly once`, async () => {
    const answers = await callUnary(unary(c.fn as (r: unknown) => unknown), new FakeCall({ n: 1 }));
    assert.is(answers.length, 1);
    assert.is(answers[0].err?.code, c.code);
    assert.equal(answers[0].res, c.res);
  });
}

t('unary: a cancelled call gets no callback and the handler sees the abort', async () => {
  const call = new FakeCall({});
  let called = 0;
  let release!: () => void;
  const aborted = new Promise<boolean>((resolve) => {
    const h = unary(async (_r, _c, signal) => {
      await new Promise<void>((r) => { release = r; });
      resolve(signal.aborted);
      return {};
    });
    h(call as unknown as grpc.ServerUnaryCall<unknown, unknown>, (() => { called++; }) as grpc.sendUnaryData<unknown>);
  });
  await new Promise((r) => setImmediate(r));
  call.cancel();
  release();
  assert.is(await aborted, true);
  await new Promise((r) => setImmediate(r));
  assert.is(called, 0);
});

function runStream(fn: Parameters<typeof serverStream>[0], call: FakeCall): Promise<void> {
  serverStream(fn)(call as unknown as grpc.ServerWritableStream<unknown, unknown>);
  return new Promise((resolve) => {
    const check = () => (call.ended + call.errors.length > 0 || call.cancelled ? setImmediate(resolve) : setImmediate(check));
    check();
  });
}

t('serverStream: sends then ends once', async () => {
  const call = new FakeCall({});
  await runStream(async (_r, send) => { await send(1); await send(2); }, call);
  assert.equal(call.written, [1, 2]);
  assert.is(call.ended, 1);
  assert.is(call.errors.length, 0);
});

t('serverStream: a rejection becomes one mapped error', async () => {
  const call = new FakeCall({});
  await runStream(async (_r, send) => { await send(1); throw notFound(); }, call);
  assert.is(call.ended, 0);
  assert.is(call.errors.length, 1);
  assert.is(call.errors[0].code, status.NOT_FOUND);
});

t('serverStream: send waits for drain when the stream is full', async () => {
  const call = new FakeCall({});
  call.writable = false;
  const order: string[] = [];
  const done = runStream(async (_r, send) => {
    await send('a');
    order.push('sent');
  }, call);
  await new Promise((r) => setImmediate(r));
  order.push('drain');
  call.emit('drain');
  await done;
  assert.equal(order, ['drain', 'sent']);
  assert.is(call.ended, 1);
});

t('serverStream: cancellation aborts the signal, rejects a blocked send and ends nothing', async () => {
  const call = new FakeCall({});
  call.writable = false;
  let sawAbort = false;
  let failedSend = false;
  serverStream(async (_r, send, signal) => {
    signal.addEventListener('abort', () => { sawAbort = true; });
    try { await send('x'); } catch { failedSend = true; }
  })(call as unknown as grpc.ServerWritableStream<unknown, unknown>);
  await new Promise((r) => setImmediate(r));
  call.cancel();
  await new Promise((r) => setImmediate(r));
  assert.ok(sawAbort);
  assert.ok(failedSend);
  assert.is(call.ended, 0);
  assert.is(call.errors.length, 0);
});

t.run();
