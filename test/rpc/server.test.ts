import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as grpc from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { protoPath as healthProtoPath } from 'grpc-health-check';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createRpcServer, bindTcp, setServing, shutdown } from '../../daemon/rpc/server.js';
import { serverStream, unary } from '../../daemon/rpc/adapt.js';
import { toProto } from '../../daemon/rpc/convert.js';
import { InvalidError, NotFoundError, NotReadyError } from '../../daemon/domain/errors.js';
import { invalid, required } from '../../daemon/domain/field-errors.js';
import { loadNetsimProto } from '../../proto/load.js';
import { decodeStatusDetails } from '../../proto/status-details.js';
import type { PodsClient } from '../../proto/gen/netsim/v1/Pods.js';
import type { Pod__Output } from '../../proto/gen/netsim/v1/Pod.js';
import type { WatchPodsResponse__Output } from '../../proto/gen/netsim/v1/WatchPodsResponse.js';
import type { ExecResponse__Output } from '../../proto/gen/netsim/v1/ExecResponse.js';
import { pod } from './samples.js';

const t = suite('rpc server');
const ref = { kind: 'Pod', resource: 'pods', name: 'web-1', namespace: 'default' };

let watchAborted!: () => void;
const watchEnded = new Promise<void>((resolve) => { watchAborted = resolve; });

const server = createRpcServer({
  Pods: {
    GetPod: unary(async (req) => {
      if (req.name === 'web-1') throw new NotFoundError(ref);
      if (req.name === 'crash') throw new TypeError('secret internals');
      return toProto(pod);
    }),
    CreatePod: unary(() => {
      throw new InvalidError(ref, [required('spec.containers'), invalid('metadata.name', 'A', 'a lowercase RFC 1123 subdomain')]);
    }),
    WatchPods: serverStream(async (_req, send, signal) => {
      await send({ type: 'ADDED', object: toProto(pod) });
      await send({ type: 'BOOKMARK', object: { metadata: { resourceVersion: '43' } } });
      await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
      watchAborted();
    }),
    Exec: serverStream(async (req, send) => {
      if (req.command?.[0] === 'fail') throw new NotReadyError('dataplane not installed yet');
      await send({ stdout: Buffer.from('hello\n') });
      await send({ exit_code: 0 });
    }),
  },
});
let port = 0;
let pods!: PodsClient;

function call<T>(fn: (cb: (err: grpc.ServiceError | null, res?: T) => void) => void): Promise<{ err: grpc.ServiceError | null; res?: T }> {
  return new Promise((resolve) => fn((err, res) => resolve({ err, res })));
}

t.before(async () => {
  port = await bindTcp(server, '127.0.0.1:0');
  const Pods = loadNetsimProto().netsim.v1.Pods;
  pods = new Pods(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
});

t.after(async () => {
  pods.close();
  await shutdown(server, 100);
});

t('a unary result arrives with the zeros kubectl shows', async () => {
  const { err, res } = await call<Pod__Output>((cb) => pods.GetPod({ namespace: 'default', name: 'hostaliases-pod' }, cb));
  assert.is(err, null);
  assert.is(res?.status?.containerStatuses?.[0].restartCount, 0);
  assert.is(res?.status?.containerStatuses?.[0].ready, false);
  assert.is(res?.metadata?.name, 'hostaliases-pod');
});

t('NOT_FOUND carries the kubectl message, ResourceInfo and ErrorInfo', async () => {
  const { err } = await call<Pod__Output>((cb) => pods.GetPod({ namespace: 'default', name: 'web-1' }, cb));
  assert.is(err?.code, grpc.status.NOT_FOUND);
  assert.is(err?.details, 'pods "web-1" not found');
  assert.equal(decodeStatusDetails(err?.metadata), {
    code: grpc.status.NOT_FOUND, message: 'pods "web-1" not found',
    errorInfo: { reason: 'NOT_FOUND', domain: 'netsim.dev', metadata: { kind: 'Pod', name: 'web-1', namespace: 'default' } },
    resourceInfo: { resourceType: 'pods', resourceName: 'web-1', description: 'pods "web-1" not found' },
  });
});

t('INVALID_ARGUMENT carries BadRequest field violations', async () => {
  const { err } = await call<Pod__Output>((cb) => pods.CreatePod({ object: {} }, cb));
  assert.is(err?.code, grpc.status.INVALID_ARGUMENT);
  assert.is(err?.details, 'Pod "web-1" is invalid: [spec.containers: Required value, metadata.name: Invalid value: "A": a lowercase RFC 1123 subdomain]');
  const d = decodeStatusDetails(err?.metadata);
  assert.equal(d?.badRequest?.fieldViolations.map((v) => v.field), ['spec.containers', 'metadata.name']);
  assert.is(d?.errorInfo?.reason, 'INVALID_SPEC');
});

t('a non-domain error is INTERNAL and leaks nothing', async () => {
  const orig = console.error;
  console.error = () => {};
  try {
    const { err } = await call<Pod__Output>((cb) => pods.GetPod({ name: 'crash' }, cb));
    assert.is(err?.code, grpc.status.INTERNAL);
    assert.not.match(err?.details ?? '', 'secret');
  } finally {
    console.error = orig;
  }
});

t('a watch streams events; cancelling it aborts the handler', async () => {
  const stream = pods.WatchPods({ namespace: 'default' });
  const events: WatchPodsResponse__Output[] = [];
  await new Promise<void>((resolve) => {
    stream.on('data', (e: WatchPodsResponse__Output) => { events.push(e); if (events.length === 2) resolve(); });
  });
  stream.on('error', () => {});
  stream.cancel();
  await watchEnded;
  assert.equal(events.map((e) => e.type), ['ADDED', 'BOOKMARK']);
  assert.is(events[0].object?.metadata?.name, 'hostaliases-pod');
  assert.is(events[1].object?.metadata?.resourceVersion, '43');
});

function readExec(command: string[]): Promise<{ chunks: ExecResponse__Output[]; err?: grpc.ServiceError }> {
  return new Promise((resolve) => {
    const chunks: ExecResponse__Output[] = [];
    const s = pods.Exec({ name: 'p', command });
    s.on('data', (c: ExecResponse__Output) => chunks.push(c));
    s.on('error', (err: grpc.ServiceError) => resolve({ chunks, err }));
    s.on('end', () => resolve({ chunks }));
  });
}

t('exec streams stdout then an explicit exit_code 0', async () => {
  const { chunks, err } = await readExec(['echo', 'hello']);
  assert.is(err, undefined);
  assert.is(chunks[0].stdout?.toString(), 'hello\n');
  assert.is(chunks[1].exit_code, 0);
  assert.is(chunks[1].stdout, undefined);
});

t('a failing stream ends with the mapped status and details', async () => {
  const { err } = await readExec(['fail']);
  assert.is(err?.code, grpc.status.UNAVAILABLE);
  assert.is(decodeStatusDetails(err?.metadata)?.errorInfo?.reason, 'NOT_READY');
});

t('unimplemented methods answer UNIMPLEMENTED', async () => {
  const { err } = await call((cb) => pods.DeletePod({ name: 'x' }, cb));
  assert.is(err?.code, grpc.status.UNIMPLEMENTED);
});

type HealthClient = grpc.Client & { Check(req: { service: string }, cb: (err: grpc.ServiceError | null, res?: { status: string }) => void): void };

t('health is NOT_SERVING until setServing, for the server and each service', async () => {
  const def = loadSync('health/v1/health.proto', { includeDirs: [dirname(dirname(dirname(healthProtoPath)))], enums: String });
  const Health = grpc.loadPackageDefinition(def).grpc as unknown as { health: { v1: { Health: new (a: string, c: grpc.ChannelCredentials) => HealthClient } } };
  const h = new Health.health.v1.Health(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  const check = (service: string) => call<{ status: string }>((cb) => h.Check({ service }, cb));
  assert.is((await check('')).res?.status, 'NOT_SERVING');
  assert.is((await check('netsim.v1.Pods')).res?.status, 'NOT_SERVING');
  setServing(server);
  assert.is((await check('')).res?.status, 'SERVING');
  assert.is((await check('netsim.v1.Pods')).res?.status, 'SERVING');
  assert.is((await check('netsim.v1.Nodes')).err?.code, grpc.status.NOT_FOUND);   // not registered here
  h.close();
});

for (const version of ['v1', 'v1alpha']) {
  t(`reflection ${version} lists the services (grpcurl list)`, async () => {
    const dir = join(dirname(createRequire(import.meta.url).resolve('@grpc/reflection')), '..', 'proto');
    const def = loadSync(`grpc/reflection/${version}/reflection.proto`, { includeDirs: [dir], keepCase: true, oneofs: true });
    type Stream = grpc.ClientDuplexStream<object, { list_services_response?: { service: { name: string }[] } }>;
    const pkg = grpc.loadPackageDefinition(def).grpc as unknown as { reflection: Record<string, { ServerReflection: new (a: string, c: grpc.ChannelCredentials) => grpc.Client & { ServerReflectionInfo(): Stream } }> };
    const client = new pkg.reflection[version].ServerReflection(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    const stream = client.ServerReflectionInfo();
    const names = await new Promise<string[]>((resolve, reject) => {
      stream.on('data', (r) => resolve((r.list_services_response?.service ?? []).map((s: { name: string }) => s.name)));
      stream.on('error', reject);
      stream.write({ list_services: '*' });
    });
    stream.end();
    client.close();
    for (const s of ['netsim.v1.Pods', 'netsim.v1.Nodes', 'netsim.v1.Manifests', 'netsim.v1.Cluster', 'grpc.health.v1.Health']) assert.ok(names.includes(s), `${s} in ${names}`);
  });
}

t.run();
