// Traceroute, captures, traced packets and closed ports through the whole dataplane.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkIpv4, ipv4ChecksumValid, parseIpv4 as parseIpv4Header } from '../../dataplane/wire/ipv4.js';
import { icmpv4ChecksumValid } from '../../dataplane/wire/icmpv4.js';
import { icmpv6ChecksumValid } from '../../dataplane/wire/icmpv6.js';
import type { SeenPacket } from '../../daemon/exec/net.js';
import { echoOpts, openNetFixture } from './fixture.js';

const t = suite('dataplane paths');

const nodeIp = (f: Awaited<ReturnType<typeof openNetFixture>>, name: string, v6 = false) =>
  f.tc.cluster.store.get('Node', undefined, name)!.status.addresses!.find((x) => x.type === 'InternalIP' && x.address.includes(':') === v6)!.address;

const trOpts = (family: 'IPv4' | 'IPv6', dst: string) =>
  ({ family, dst, firstTtl: 1, maxHops: 30, queries: 3, waitMs: 5000, packetLen: family === 'IPv4' ? 60 : 80, basePort: 33434 });

t('traceroute across nodes shows the source node gateway, the destination node, then the pod', async () => {
  const f = await openNetFixture({ a: 'netsim-worker', b: 'netsim-worker2' });
  try {
    const a = f.ips('a'), b = f.ips('b');
    const r4 = f.pod('a').traceroute(trOpts('IPv4', b.v4!));
    assert.ok(r4.ok && r4.reached);
    if (!r4.ok) return;
    assert.equal(r4.hops.map((h) => h.probes.map((p) => p.from)), [
      Array(3).fill(a.v4!.replace(/\.\d+$/, '.1')), Array(3).fill(nodeIp(f, 'netsim-worker2')), Array(3).fill(b.v4!),
    ]);
    assert.equal(r4.hops[2].probes.map((p) => p.error), Array(3).fill('port-unreachable'));
    const r6 = f.pod('a').traceroute(trOpts('IPv6', b.v6!));
    assert.equal(r6.ok && r6.hops.map((h) => h.probes[0].from), [a.v6!.replace(/::[0-9a-f]+$/, '::1'), nodeIp(f, 'netsim-worker2', true), b.v6!]);
  } finally { await f.tc.close(); }
});

t('a capture on the target pod eth0 sees each request in and each reply out, with valid checksums', async () => {
  const f = await openNetFixture({ a: 'netsim-worker', b: 'netsim-worker2' });
  try {
    const seen: SeenPacket[] = [];
    const stop = f.pod('b').capture('eth0', (p) => seen.push(p));
    f.pod('a').echo(echoOpts('IPv4', f.ips('b').v4!, 2));
    f.pod('a').echo(echoOpts('IPv6', f.ips('b').v6!, 1));
    stop();
    f.pod('a').echo(echoOpts('IPv4', f.ips('b').v4!, 1));
    assert.equal(seen.map((p) => p.direction), ['in', 'out', 'in', 'out', 'in', 'out']);
    for (const p of seen.slice(0, 4)) {
      assert.ok(checkIpv4(p.data) && ipv4ChecksumValid(p.data));
      assert.ok(icmpv4ChecksumValid(p.data.subarray(20)));
    }
    const [req, rep] = seen.slice(0, 2).map((p) => parseIpv4Header(p.data)!);
    assert.equal([req.ttl, rep.ttl], [62, 64]);
    for (const p of seen.slice(4)) assert.ok(icmpv6ChecksumValid(p.data.subarray(40), p.data.subarray(8, 24), p.data.subarray(24, 40)));
    assert.ok(seen[1].atMs > seen[0].atMs && seen[2].atMs - seen[0].atMs >= 1000);
  } finally { await f.tc.close(); }
});

t('TCP to a closed port of a pod is refused by RST; UDP by port unreachable', async () => {
  const f = await openNetFixture({ a: 'netsim-worker', b: 'netsim-worker2' });
  try {
    const base = { family: 'IPv4' as const, dst: f.ips('b').v4!, port: 8080, request: new Uint8Array(0), connectTimeoutMs: 127000 };
    assert.equal(f.pod('a').connect({ ...base, protocol: 'TCP' }).outcome, 'refused');
    assert.equal(f.pod('a').connect({ ...base, protocol: 'UDP' }).outcome, 'refused');
    const lost = f.pod('a').connect({ ...base, dst: '8.8.8.8', protocol: 'TCP', connectTimeoutMs: 2000 });
    assert.equal(lost, { outcome: 'timeout', elapsedMs: 2000, phase: 'connect' });
    assert.equal(f.pod('a').connect({ ...base, dst: '8.8.8.8', protocol: 'TCP' }), { outcome: 'timeout', elapsedMs: 127000, phase: 'connect' });
  } finally { await f.tc.close(); }
});

t('a traced packet lists every namespace, route and the verdict', async () => {
  const f = await openNetFixture({ a: 'netsim-worker', b: 'netsim-worker2' });
  try {
    const r = f.tc.cluster.network.trace('pod/default/a', { dst: f.ips('b').v4!, protocol: 'ICMP', port: 0 });
    assert.ok('steps' in r && r.delivered);
    if (!('steps' in r)) return;
    assert.equal(r.steps.slice(0, 4).map((s) => [s.namespace, s.action, s.next]), [
      ['pod/default/a', 'FORWARD', 'node/netsim-worker'],
      ['node/netsim-worker', 'FORWARD', 'node/netsim-worker2'],
      ['node/netsim-worker2', 'FORWARD', 'pod/default/b'],
      ['pod/default/b', 'REPLY', ''],
    ]);
    assert.match(r.steps[0].route, /^0\.0\.0\.0\/0 via 10\.244\.\d+\.1 dev eth0$/);
    const dead = f.tc.cluster.network.trace('pod/default/a', { dst: '8.8.8.8', protocol: 'TCP', port: 80 });
    assert.ok('steps' in dead && !dead.delivered && dead.steps.at(-1)!.reason === 'NO_INTERNET');
  } finally { await f.tc.close(); }
});

t.run();
