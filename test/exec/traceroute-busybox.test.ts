// busybox traceroute/traceroute6 over scripted hops: goldens (test/golden/exec/traceroute/busybox-*)
// and its libbb errors as captured from busybox 1.36.1 built from source.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { traceroute, traceroute6 } from '../../daemon/exec/commands/traceroute.js';
import type { TraceHop } from '../../daemon/exec/net.js';
import { assertGolden } from './golden.js';
import { fakeNet, pingContext, transcript, type FakeScript } from './ping-fake.js';

const t = suite('traceroute (busybox)');

const HOSTS = '\n10.244.2.7\tweb-0.nginx.default.svc.cluster.local\tweb-0\nfd00:10:244:2::7\tweb-0.nginx.default.svc.cluster.local\tweb-0\n';
const GW = '10.244.1.1', NODE = '172.18.0.4', DST = '10.244.2.7';
const hop = (ttl: number, ...probes: ([string, number] | null | [string, number, TraceHop['probes'][number]['error']])[]): TraceHop =>
  ({ ttl, probes: probes.map((p) => (p ? { from: p[0], rttMs: p[1], ...(p[2] ? { error: p[2] } : {}) } : {})) });

const acrossNodes: FakeScript = {
  hops: [hop(1, [GW, 0.061], [GW, 0.013], [GW, 0.011]), hop(2, null, null, null), hop(3, [DST, 0.292, 'port-unreachable'], [DST, 0.279, 'port-unreachable'], [DST, 0.2729, 'port-unreachable'])],
};

interface Case { name: string; argv: string[]; net?: FakeScript; exit: number }

const cases: Case[] = [
  { name: 'across-nodes-numeric', argv: ['traceroute', '-n', DST], net: acrossNodes, exit: 0 },
  { name: 'across-nodes-names', argv: ['traceroute', 'web-0'], net: acrossNodes, exit: 0 },
  // the address is printed again only when it differs from the last one printed (across hops too)
  { name: 'address-changes', argv: ['traceroute', '-n', DST], net: { hops: [hop(1, [GW, 0.05], [NODE, 0.07], [NODE, 0.06]), hop(2, null, [NODE, 0.2], [GW, 0.3])] }, exit: 0 },
  { name: 'host-unreachable', argv: ['traceroute', '-n', '10.244.2.99'], net: { hops: [hop(1, [NODE, 3000.5, 'host-unreachable'], [NODE, 3001, 'host-unreachable'], null)] }, exit: 0 },
  { name: 'admin-prohibited', argv: ['traceroute', '-n', '10.244.2.8'], net: { hops: [hop(1, [GW, 0.05, 'admin-prohibited'], [GW, 0.05, 'admin-prohibited'], [GW, 0.05, 'admin-prohibited'])] }, exit: 0 },
  { name: 'admin-prohibited-v6', argv: ['traceroute6', '-n', 'fd00:10:244:2::8'], net: { hops: [hop(1, ['fd00:10:244:1::1', 0.05, 'admin-prohibited'])] }, exit: 0 },
  { name: 'ipv6', argv: ['traceroute', '-6', 'web-0'], net: { hops: [hop(1, ['fd00:10:244:2::7', 0.1, 'port-unreachable'], ['fd00:10:244:2::7', 0.1, 'port-unreachable'], ['fd00:10:244:2::7', 0.1, 'port-unreachable'])] }, exit: 0 },
  { name: 'packetlen', argv: ['traceroute', '-n', '-q', '1', DST, '100'], net: { hops: [hop(1, [DST, 0.1, 'port-unreachable'])] }, exit: 0 },
  { name: 'no-route', argv: ['traceroute', '10.99.0.1'], net: { noRoute: ['10.99.0.1'] }, exit: 1 },
  { name: 'no-route-v6', argv: ['traceroute', 'fd00:99::1'], net: { noRoute: ['fd00:99::1'] }, exit: 1 },
  { name: 'usage', argv: ['traceroute'], exit: 1 },
  { name: 'usage-traceroute6', argv: ['traceroute6'], exit: 1 },
];

for (const c of cases) {
  t(c.name, () => {
    const ctx = pingContext('busybox:1.36', { flavor: 'busybox', hosts: HOSTS, net: fakeNet(c.net) });
    const r = (c.argv[0] === 'traceroute6' ? traceroute6 : traceroute)(ctx, c.argv);
    assert.is(r.exitCode, c.exit);
    assertGolden(`traceroute/busybox-${c.name}`, transcript(c.argv, r));
  });
}

const errors = [
  // captured from busybox 1.36.1 built from source (stderr, exit 1)
  { argv: ['traceroute', '-m', '0', '1.1.1.1'], stderr: 'traceroute: number 0 is not in 1..255 range\n' },
  { argv: ['traceroute', '-m', 'x', '1.1.1.1'], stderr: "traceroute: invalid number 'x'\n" },
  { argv: ['traceroute', '-q', '0', '1.1.1.1'], stderr: 'traceroute: number 0 is not in 1..2147483647 range\n' },
  { argv: ['traceroute', '-w', '86401', '1.1.1.1'], stderr: 'traceroute: number 86401 is not in 1..86400 range\n' },
  { argv: ['traceroute', '-p', '70000', '1.1.1.1'], stderr: 'traceroute: number 70000 is not in 0..65535 range\n' },
  { argv: ['traceroute', '-f', '40', '1.1.1.1'], stderr: 'traceroute: number 40 is not in 1..30 range\n' },
  { argv: ['traceroute', 'nohost'], stderr: "traceroute: bad address 'nohost'\n" },
  { argv: ['traceroute', '-6', '127.0.0.1'], stderr: "traceroute: bad address '127.0.0.1'\n" },
  { argv: ['traceroute6', '127.0.0.1'], stderr: "traceroute6: bad address '127.0.0.1'\n" },
  { argv: ['traceroute', '-n', '127.0.0.1', '10'], stderr: 'traceroute: number 10 is not in 46..32768 range\n' },
  { argv: ['traceroute', '-n', '127.0.0.1', 'x'], stderr: "traceroute: invalid number 'x'\n" },
];
for (const c of errors) {
  t(`error: ${c.argv.slice(1).join(' ')}`, () => {
    const r = (c.argv[0] === 'traceroute6' ? traceroute6 : traceroute)(pingContext('busybox:1.36', { flavor: 'busybox' }), c.argv);
    assert.equal([r.stdout, r.stderr, r.exitCode], ['', c.stderr, 1]);
  });
}

t('what the dataplane is asked: 46-byte packets, 5 s wait, IPv4 preferred', () => {
  const net = fakeNet();
  traceroute(pingContext('busybox:1.36', { flavor: 'busybox', hosts: HOSTS, net }), ['traceroute', '-m', '4', '-q', '1', '-w', '2', '-f', '2', 'web-0']);
  assert.equal(net.traceCalls, [{ family: 'IPv4', dst: DST, firstTtl: 2, maxHops: 4, queries: 1, waitMs: 2000, packetLen: 46, basePort: 33434 }]);
});

t.run();
