import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as grpc from '@grpc/grpc-js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bindTcp, bindUnix, createRpcServer, isLoopbackHost, parseHostPort, shutdown } from '../../daemon/rpc/server.js';
import { unary } from '../../daemon/rpc/adapt.js';
import { loadNetsimProto } from '../../proto/load.js';
import type { GetClusterInfoResponse__Output } from '../../proto/gen/netsim/v1/GetClusterInfoResponse.js';

const t = suite('rpc bind');

async function rejectsWith(fn: () => Promise<unknown>, re: RegExp): Promise<void> {
  try {
    await fn();
  } catch (e) {
    assert.match((e as Error).message, re);
    return;
  }
  assert.unreachable(`expected a rejection matching ${re}`);
}
const dir = mkdtempSync(join(tmpdir(), 'netsim-bind-'));
t.after(() => rmSync(dir, { recursive: true, force: true }));

const hosts = [
  { host: 'localhost', loopback: true },
  { host: '127.0.0.1', loopback: true },
  { host: '127.255.1.2', loopback: true },   // all of 127.0.0.0/8
  { host: '::1', loopback: true },
  { host: '::ffff:127.0.0.1', loopback: true },
  { host: '0.0.0.0', loopback: false },      // every interface
  { host: '', loopback: false },             // ":50051" means every interface too
  { host: '::', loopback: false },
  { host: '192.168.1.10', loopback: false },
  { host: '127.1', loopback: false },        // short form: not accepted leniently
  { host: '0177.0.0.1', loopback: false },   // octal form
  { host: 'example.com', loopback: false },
];
for (const c of hosts) t(`isLoopbackHost(${JSON.stringify(c.host)}) = ${c.loopback}`, () => assert.is(isLoopbackHost(c.host), c.loopback));

const addrs = [
  { addr: '127.0.0.1:50051', want: { host: '127.0.0.1', port: 50051 } },
  { addr: '[::1]:0', want: { host: '::1', port: 0 } },
  { addr: 'localhost:8080', want: { host: 'localhost', port: 8080 } },
  { addr: ':50051', want: { host: '', port: 50051 } },
  { addr: '::1:50051', want: undefined },          // IPv6 needs brackets
  { addr: '127.0.0.1', want: undefined },
  { addr: '127.0.0.1:65536', want: undefined },
];
for (const c of addrs) {
  t(`parseHostPort(${c.addr})`, () => {
    if (c.want) assert.equal(parseHostPort(c.addr), c.want);
    else assert.throws(() => parseHostPort(c.addr), /want HOST:PORT/);
  });
}

for (const addr of ['0.0.0.0:0', ':0', '[::]:0', '10.0.0.1:0']) {
  t(`bindTcp refuses ${addr} and says why`, async () => {
    const server = createRpcServer({});
    try {
      await bindTcp(server, addr);
      assert.unreachable('bound a non-loopback address');
    } catch (e) {
      assert.match((e as Error).message, `refusing to listen on ${addr}`);
      assert.match((e as Error).message, 'not a loopback address');
      assert.match((e as Error).message, 'TLS and token authentication');
    } finally {
      server.forceShutdown();
    }
  });
}

t('bindTcp on [::1]:0 returns the bound port', async () => {
  const server = createRpcServer({});
  try {
    const port = await bindTcp(server, '[::1]:0').catch((e: Error) => (/EADDRNOTAVAIL|no address/i.test(e.message) ? -1 : Promise.reject(e)));
    assert.ok(port === -1 || port > 0, String(port));   // -1: this host has no IPv6 loopback
  } finally {
    server.forceShutdown();
  }
});

t('bindUnix serves calls over the socket', async () => {
  const path = join(dir, 'netsimd.sock');
  const server = createRpcServer({ Cluster: { GetClusterInfo: unary(() => ({ version: '0.1.0', seed: '18446744073709551615' })) } });
  await bindUnix(server, path);
  const client = new (loadNetsimProto().netsim.v1.Cluster)(`unix://${path}`, grpc.credentials.createInsecure());
  const res = await new Promise<GetClusterInfoResponse__Output | undefined>((resolve, reject) =>
    client.GetClusterInfo({}, (err, r) => (err ? reject(err) : resolve(r))));
  assert.is(res?.version, '0.1.0');
  assert.is(res?.seed, '18446744073709551615');   // uint64 stays exact
  client.close();
  await shutdown(server, 100);
});

t('bindUnix refuses a socket someone is listening on', async () => {
  const path = join(dir, 'live.sock');
  const other = createServer();
  await new Promise<void>((resolve) => other.listen(path, resolve));
  const server = createRpcServer({});
  try {
    await rejectsWith(() => bindUnix(server, path), /another process is already listening/);
  } finally {
    server.forceShutdown();
    await new Promise((resolve) => other.close(resolve));
  }
});

t('bindUnix refuses a path that is not a socket, and one too long for sun_path', async () => {
  const file = join(dir, 'plain-file');
  writeFileSync(file, 'x');
  const server = createRpcServer({});
  try {
    await rejectsWith(() => bindUnix(server, file), /exists and is not a socket/);
    await rejectsWith(() => bindUnix(server, join(dir, 'x'.repeat(120))), /socket path is too long/);
  } finally {
    server.forceShutdown();
  }
});

t.run();
