// Echo scenarios through the whole dataplane (compile → fib → pipeline → walk): TTLs per CNI
// mode, unreachable and silent destinations, and the network-unreachable of a missing family.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { echoOpts, openNetFixture } from './fixture.js';

const t = suite('dataplane ping');

t('pod to pod across nodes, routed: replies with ttl 62 on both families', async () => {
  const f = await openNetFixture({ a: 'netsim-worker', b: 'netsim-worker2' });
  try {
    const b = f.ips('b');
    for (const [fam, dst] of [['IPv4', b.v4!], ['IPv6', b.v6!]] as const) {
      const r = f.pod('a').echo(echoOpts(fam, dst));
      assert.ok(r.ok, fam);
      if (!r.ok) continue;
      assert.equal(r.src, f.ips('a')[fam === 'IPv4' ? 'v4' : 'v6']);
      assert.equal(r.probes.map((p) => [p.seq, p.outcome, p.ttl, p.from, p.bytes]), [1, 2, 3].map((s) => [s, 'reply', 62, dst, 64]), fam);
      for (const p of r.probes) assert.ok(p.rttMs! > 0.05 && p.rttMs! < 1, `rtt ${p.rttMs}`);
      assert.ok(r.probes[2].sentAtMs >= 2000 && r.probes[2].sentAtMs < 2010, `sent ${r.probes[2].sentAtMs}`);
    }
  } finally { await f.tc.close(); }
});

t('same node: one routing hop (ttl 63); node to a pod on another node: ttl 63, on its own node: 64', async () => {
  const f = await openNetFixture({ a: 'netsim-worker', b: 'netsim-worker', c: 'netsim-worker2' });
  try {
    const same = f.pod('a').echo(echoOpts('IPv4', f.ips('b').v4!, 1));
    assert.equal(same.ok && same.probes[0].ttl, 63);
    const remote = f.node('netsim-worker').echo(echoOpts('IPv6', f.ips('c').v6!, 1));
    assert.equal(remote.ok && remote.probes[0].ttl, 63);
    const local = f.node('netsim-worker').echo(echoOpts('IPv4', f.ips('a').v4!, 1));
    assert.equal(local.ok && local.probes[0].ttl, 64);
  } finally { await f.tc.close(); }
});

t('overlay-l2 keeps the TTL between pods', async () => {
  const f = await openNetFixture({ a: 'netsim-worker', b: 'netsim-worker2' }, 'kind: Cluster\napiVersion: netsim.dev/v1alpha1\nnetworking:\n  cniMode: overlay-l2\n');
  try {
    const r = f.pod('a').echo(echoOpts('IPv4', f.ips('b').v4!, 2));
    assert.equal(r.ok && r.probes.map((p) => p.ttl), [64, 64]);
  } finally { await f.tc.close(); }
});

t('an unassigned address in a pod CIDR: host unreachable from the node, in 3 s neighbour windows', async () => {
  const f = await openNetFixture({ a: 'netsim-worker' });
  try {
    const gw = f.ips('a').v4!.replace(/\.\d+$/, '.1');
    const dst = f.ips('a').v4!.replace(/\.\d+$/, '.77');
    const r = f.pod('a').echo(echoOpts('IPv4', dst, 5));
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.equal(r.probes.map((p) => [p.outcome, p.error, p.from]), Array(5).fill(['error', 'host-unreachable', gw]));
    const at = r.probes.map((p) => Math.floor(p.atMs! / 1000));
    assert.equal(at, [3, 3, 3, 6, 6], `arrivals ${r.probes.map((p) => p.atMs)}`);
    const v6 = f.pod('a').echo(echoOpts('IPv6', f.ips('a').v6!.replace(/::[0-9a-f]+$/, '::4d'), 1));
    assert.equal(v6.ok && [v6.probes[0].error, v6.probes[0].from], ['host-unreachable', f.ips('a').v6!.replace(/::[0-9a-f]+$/, '::1')]);
  } finally { await f.tc.close(); }
});

t('an unassigned address on another node: the error comes from that node', async () => {
  const f = await openNetFixture({ a: 'netsim-worker', b: 'netsim-worker2' });
  try {
    const dst = f.ips('b').v4!.replace(/\.\d+$/, '.99');
    const r = f.pod('a').echo(echoOpts('IPv4', dst, 1));
    const node2 = f.tc.cluster.store.get('Node', undefined, 'netsim-worker2')!.status.addresses!.find((x) => x.type === 'InternalIP' && !x.address.includes(':'))!.address;
    assert.equal(r.ok && [r.probes[0].outcome, r.probes[0].from], ['error', node2]);
  } finally { await f.tc.close(); }
});

t('outside every simulated network: silently lost; a ClusterIP in iptables mode too', async () => {
  const f = await openNetFixture({ a: 'netsim-worker' });
  try {
    for (const dst of ['8.8.8.8', '10.96.0.1']) {
      const r = f.pod('a').echo(echoOpts('IPv4', dst, 2));
      assert.equal(r.ok && r.probes.map((p) => p.outcome), ['lost', 'lost'], dst);
    }
  } finally { await f.tc.close(); }
});

t('ttl 1 from a pod: time exceeded from the node gateway', async () => {
  const f = await openNetFixture({ a: 'netsim-worker', b: 'netsim-worker2' });
  try {
    const r = f.pod('a').echo(echoOpts('IPv4', f.ips('b').v4!, 1, 1));
    assert.equal(r.ok && [r.probes[0].error, r.probes[0].from], ['ttl-exceeded', f.ips('a').v4!.replace(/\.\d+$/, '.1')]);
  } finally { await f.tc.close(); }
});

t('IPv6 from a pod of an IPv4-only cluster: network unreachable before anything is sent', async () => {
  const f = await openNetFixture({ a: 'netsim-worker' }, 'kind: Cluster\napiVersion: netsim.dev/v1alpha1\nnetworking:\n  ipFamily: ipv4\n');
  try {
    assert.equal(f.pod('a').echo(echoOpts('IPv6', 'fd00:10:244:1::5', 1)), { ok: false, error: 'network-unreachable' });
    assert.equal(f.pod('a').route('fd00::1'), { ok: false, error: 'network-unreachable' });
  } finally { await f.tc.close(); }
});

t('a deleted pod stops answering: the program follows the store', async () => {
  const f = await openNetFixture({ a: 'netsim-worker', b: 'netsim-worker2' });
  try {
    const dst = f.ips('b').v4!;
    const before = f.pod('a').echo(echoOpts('IPv4', dst, 1));
    assert.equal(before.ok && before.probes[0].outcome, 'reply');
    await f.tc.cluster.pods.delete('default', 'b');
    const r = f.pod('a').echo(echoOpts('IPv4', dst, 1));
    assert.equal(r.ok && [r.probes[0].outcome, r.probes[0].error], ['error', 'host-unreachable']);
  } finally { await f.tc.close(); }
});

t.run();
