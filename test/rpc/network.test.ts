// netsim.v1.Network through a real gRPC client on the built daemon: Ping streams one reply per
// probe, Connect runs an HTTP exchange, Trace returns the hops with the DropReason enum, and
// bad sources, filters and ports get the canonical codes.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as grpc from '@grpc/grpc-js';
import { TestDaemon } from '../support/daemon.js';
import { NetsimTestClient } from '../support/grpc-client.js';
import { ok, podIPs } from '../e2e/cli.js';

const t = suite('rpc network');
const d = new TestDaemon();
let client: NetsimTestClient;

t.before(async () => {
  await d.start(['--seed', '9']);
  ok(d, ['create', 'deployment', 'web', '--image=nginx:1.23.2']);
  ok(d, ['run', 'c', '--image=busybox', '--', 'sleep', 'infinity']);
  client = NetsimTestClient.forHome(d.home);
});
t.after(async () => { client.close(); await d.stop(); d.cleanup(); });

function collect<T>(call: grpc.ClientReadableStream<T>): Promise<{ messages: T[]; error?: grpc.ServiceError }> {
  return new Promise((resolve) => {
    const messages: T[] = [];
    call.on('data', (m: T) => messages.push(m));
    call.on('error', (error: grpc.ServiceError) => resolve({ messages, error }));
    call.on('end', () => resolve({ messages }));
  });
}

const webIP = () => podIPs(d, ok(d, ['get', 'pods', '-l', 'app=web', '-o', 'jsonpath={.items[0].metadata.name}']));

t('Ping streams one reply per probe, then ends', async () => {
  const [v4] = webIP();
  const r = await collect(client.service('Network').Ping({ source: 'pod/c', destination: v4, count: 3 }));
  assert.is(r.error, undefined);
  assert.equal(r.messages.map((m) => [m.seq, m.outcome, m.from, m.bytes]), [1, 2, 3].map((s) => [s, 'reply', v4, 64]));
  assert.ok(r.messages.every((m) => Number(m.rtt_ms) > 0 && m.source_address === podIPs(d, 'c')[0]));
});

t('Connect runs one HTTP exchange; a closed port is refused', async () => {
  const [v4, v6] = webIP();
  const req = Buffer.from(`GET / HTTP/1.1\r\nHost: ${v4}\r\n\r\n`);
  const res = await client.call('Network', 'Connect', { source: 'pod/c', destination: v6, port: 80, request: req });
  assert.is(res.outcome, 'ok');
  assert.match(Buffer.from(res.response as Buffer).toString(), /^HTTP\/1\.1 200 OK\r\nServer: nginx\/1\.23\.2/);
  const closed = await client.call('Network', 'Connect', { source: 'pod/c', destination: v4, port: 81 });
  assert.is(closed.outcome, 'refused');
});

t('Trace names each namespace and reports drops with the DropReason enum', async () => {
  const res = await client.call('Network', 'Trace', { source: 'node/netsim-worker', destination: '8.8.8.8', protocol: 'UDP', port: 53 });
  assert.is(res.verdict, 'DROPPED');
  assert.equal(res.steps!.map((s) => [s.namespace, s.action, s.reason]), [['node/netsim-worker', 'DROP', 'DROP_REASON_NO_INTERNET']]);
});

t('bad requests get canonical codes with kubectl-style messages', async () => {
  const missing = await client.settle('Network', 'Trace', { source: 'pod/nope', destination: '10.0.0.1' });
  assert.is(!missing.ok && missing.error.code, grpc.status.NOT_FOUND);
  assert.is(!missing.ok && missing.error.details, 'pods "nope" not found');
  const badDst = await client.settle('Network', 'Connect', { source: 'pod/c', destination: 'web', port: 80 });
  assert.is(!badDst.ok && badDst.error.code, grpc.status.INVALID_ARGUMENT);
  const filter = await collect(client.service('Network').Capture({ target: 'pod/c', filter: 'tcp port' }));
  assert.is(filter.error?.code, grpc.status.INVALID_ARGUMENT);
  assert.match(filter.error!.details, /^tcpdump: /);
  const dev = await collect(client.service('Network').Capture({ target: 'pod/c', interface: 'eth9' }));
  assert.is(dev.error?.details, 'tcpdump: eth9: No such device exists');
});

t.run();
