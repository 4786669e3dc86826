// traceroute 2.1.2 over scripted hops: goldens (test/golden/exec/traceroute/), what the dataplane
// is asked, CLIF's errors as captured from traceroute 2.1.2 built from source, and the help.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { traceroute, traceroute6 } from '../../daemon/exec/commands/traceroute.js';
import type { TraceHop } from '../../daemon/exec/net.js';
import { assertGolden } from './golden.js';
import { fakeNet, pingContext, transcript, type FakeScript } from './ping-fake.js';

const t = suite('traceroute (2.1.2)');

const HOSTS = '\n10.244.2.7\tweb-0.nginx.default.svc.cluster.local\tweb-0\nfd00:10:244:2::7\tweb-0.nginx.default.svc.cluster.local\tweb-0\n';
const GW = '10.244.1.1', NODE = '172.18.0.4', DST = '10.244.2.7';
const hop = (ttl: number, ...probes: ([string, number] | null | [string, number, TraceHop['probes'][number]['error']])[]): TraceHop =>
  ({ ttl, probes: probes.map((p) => (p ? { from: p[0], rttMs: p[1], ...(p[2] ? { error: p[2] } : {}) } : {})) });

const acrossNodes: FakeScript = {
  hops: [
    hop(1, [GW, 0.061], [GW, 0.013], [GW, 0.011]),
    hop(2, null, null, null),
    hop(3, [DST, 0.292, 'port-unreachable'], [DST, 0.279, 'port-unreachable'], [DST, 0.2725, 'port-unreachable']),
  ],
};

interface Case { name: string; argv: string[]; net?: FakeScript; exit: number }

const cases: Case[] = [
  { name: 'across-nodes-numeric', argv: ['traceroute', '-n', DST], net: acrossNodes, exit: 0 },
  // without -n: `name (addr)`, and `addr (addr)` where no name is known
  { name: 'across-nodes-names', argv: ['traceroute', 'web-0'], net: acrossNodes, exit: 0 },
  {
    name: 'address-changes-within-a-hop', argv: ['traceroute', '-n', DST],
    net: { hops: [hop(1, [GW, 0.05], [NODE, 0.07], [NODE, 0.06]), hop(2, null, [NODE, 0.2], [GW, 0.3]), hop(3, [DST, 0.4, 'port-unreachable'], null, [DST, 0.5, 'port-unreachable'])] },
    exit: 0,
  },
  {
    name: 'host-unreachable', argv: ['traceroute', '-n', '10.244.2.99'],
    net: { reached: false, hops: [hop(1, [GW, 0.05], [GW, 0.04], [GW, 0.04]), hop(2, ['172.18.0.4', 3000.5, 'host-unreachable'], ['172.18.0.4', 3001.25, 'host-unreachable'], ['172.18.0.4', 3002, 'host-unreachable'])] },
    exit: 0,
  },
  { name: 'net-unreachable', argv: ['traceroute', '-n', '10.250.0.1'], net: { reached: false, hops: [hop(1, [GW, 0.05, 'net-unreachable'], [GW, 0.04, 'net-unreachable'], [GW, 0.04, 'net-unreachable'])] }, exit: 0 },
  { name: 'admin-prohibited', argv: ['traceroute', '-n', '10.244.2.8'], net: { reached: false, hops: [hop(1, [GW, 0.05, 'admin-prohibited'], null, null)] }, exit: 0 },
  { name: 'silent-to-max-hops', argv: ['traceroute', '-n', '-m', '3', '10.96.0.1'], net: { reached: false, hops: [hop(1, [GW, 0.05], [GW, 0.05], [GW, 0.05]), hop(2, null, null, null), hop(3, null, null, null)] }, exit: 0 },
  {
    name: 'ipv6', argv: ['traceroute', 'fd00:10:244:2::7'],
    net: { hops: [hop(1, ['fd00:10:244:1::1', 0.07], ['fd00:10:244:1::1', 0.02], ['fd00:10:244:1::1', 0.02]), hop(2, ['fd00:10:244:2::7', 0.3, 'port-unreachable'], ['fd00:10:244:2::7', 0.2, 'port-unreachable'], ['fd00:10:244:2::7', 0.2, 'port-unreachable'])] },
    exit: 0,
  },
  { name: 'traceroute6-name', argv: ['traceroute6', '-n', 'web-0'], net: { hops: [hop(1, ['fd00:10:244:2::7', 0.1, 'port-unreachable'])] }, exit: 0 },
  { name: 'packetlen', argv: ['traceroute', '-n', '-q', '1', DST, '100'], net: { hops: [hop(1, [DST, 0.1, 'port-unreachable'])] }, exit: 0 },
  { name: 'packetlen-below-headers', argv: ['traceroute', '-n', '-q', '1', DST, '10'], net: { hops: [hop(1, [DST, 0.1, 'port-unreachable'])] }, exit: 0 },
  { name: 'first-ttl', argv: ['traceroute', '-n', '-f', '3', '-q', '2', DST], net: { hops: [hop(3, [DST, 0.1, 'port-unreachable'], [DST, 0.1, 'port-unreachable'])] }, exit: 0 },
  { name: 'no-route', argv: ['traceroute', '10.99.0.1'], net: { noRoute: ['10.99.0.1'] }, exit: 1 },
  { name: 'unknown-host', argv: ['traceroute', '-n', 'nope'], exit: 2 },
  { name: 'help', argv: ['traceroute'], exit: 0 },
];

for (const c of cases) {
  t(c.name, () => {
    const ctx = pingContext('debian:12', { hosts: HOSTS, net: fakeNet(c.net) });
    const r = (c.argv[0] === 'traceroute6' ? traceroute6 : traceroute)(ctx, c.argv);
    assert.is(r.exitCode, c.exit);
    assertGolden(`traceroute/${c.name}`, transcript(c.argv, r));
  });
}

t('what the dataplane is asked', () => {
  const net = fakeNet();
  traceroute(pingContext('debian:12', { hosts: HOSTS, net }), ['traceroute', '-4', '-m', '5', '-q', '2', '-w', '2.5', '-f', '2', '-p', '40000', 'web-0', '0x50']);
  traceroute(pingContext('debian:12', { hosts: HOSTS, net }), ['traceroute', 'web-0']);
  assert.equal(net.traceCalls, [
    { family: 'IPv4', dst: DST, firstTtl: 2, maxHops: 5, queries: 2, waitMs: 2500, packetLen: 80, basePort: 40000 },
    // traceroute picks IPv4 (DEF_AF) for a dual-stack name, whatever getaddrinfo's order
    { family: 'IPv4', dst: DST, firstTtl: 1, maxHops: 30, queries: 3, waitMs: 5000, packetLen: 60, basePort: 33434 },
  ]);
});

const errors = [
  // captured from traceroute 2.1.2 built from source (stderr, exit 2 unless noted)
  { argv: ['traceroute', '-Z', 'x'], stderr: "Bad option `-Z' (argc 1)\n" },
  { argv: ['traceroute', '-m'], stderr: "Option `-m' (argc 1) requires an argument: `-m max_ttl'\n" },
  { argv: ['traceroute', '-nm5', '127.0.0.1'], stderr: "Option `-m' (argc 1) requires an argument: `-m max_ttl'\n" },
  { argv: ['traceroute', '-m', 'x', '1.2.3.4'], stderr: "Cannot handle `-m' option with arg `x' (argc 2)\n" },
  { argv: ['traceroute', '--max-hops=x', '1.2.3.4'], stderr: "Cannot handle `--max-hops' option with arg `x' (argc 1)\n" },
  { argv: ['traceroute', '--foo=3', '1.2.3.4'], stderr: "Bad option `--foo=3' (with arg `3') (argc 1)\n" },
  { argv: ['traceroute', '-m', '300', '127.0.0.1'], stderr: 'max hops cannot be more than 255\n' },
  { argv: ['traceroute', '-m', '-1', '127.0.0.1'], stderr: 'max hops cannot be more than 255\n' },
  { argv: ['traceroute', '-m', '0', '127.0.0.1'], stderr: 'first hop out of range\n' },
  { argv: ['traceroute', '-f', '31', '127.0.0.1'], stderr: 'first hop out of range\n' },
  { argv: ['traceroute', '-q', '11', '127.0.0.1'], stderr: 'no more than 10 probes per hop\n' },
  { argv: ['traceroute', '-w', '-1', '127.0.0.1'], stderr: "bad wait specifications `-1,0,0' used\n" },
  { argv: ['traceroute', '-w', '1,-2,3', '127.0.0.1'], stderr: "bad wait specifications `1,-2,3' used\n" },
  { argv: ['traceroute', '-w', '2,x', '127.0.0.1'], stderr: "Cannot handle `-w' option with arg `2,x' (argc 2)\n" },
  { argv: ['traceroute', '-z', '-1', '127.0.0.1'], stderr: "bad sendtime `-1' specified\n" },
  { argv: ['traceroute', 'nosuchhost'], stderr: "nosuchhost: Name or service not known\nCannot handle \"host\" cmdline arg `nosuchhost' on position 1 (argc 1)\n" },
  { argv: ['traceroute', '-6', '127.0.0.1'], stderr: "127.0.0.1: Address family for hostname not supported\nCannot handle \"host\" cmdline arg `127.0.0.1' on position 1 (argc 2)\n" },
  { argv: ['traceroute6', '127.0.0.1'], stderr: "127.0.0.1: Address family for hostname not supported\nCannot handle \"host\" cmdline arg `127.0.0.1' on position 1 (argc 1)\n" },
  { argv: ['traceroute', '-s', 'nohost', '127.0.0.1'], stderr: "nohost: Name or service not known\nCannot handle `-s' option with arg `nohost' (argc 2)\n" },
  { argv: ['traceroute', '-s', '::1', '127.0.0.1'], stderr: 'IP version mismatch in addresses specified\n' },
  { argv: ['traceroute', '127.0.0.1', 'x'], stderr: "Cannot handle \"packetlen\" cmdline arg `x' on position 2 (argc 2)\n" },
  { argv: ['traceroute', '127.0.0.1', '70000'], stderr: 'too big packetlen 70000 specified\n' },
  { argv: ['traceroute', '127.0.0.1', '60', '7'], stderr: "Extra arg `7' (position 3, argc 3)\n" },
  { argv: ['traceroute', '-n'], stderr: 'Specify "host" missing argument.\n' },
  { argv: ['traceroute', '--', '-n', '127.0.0.1'], stderr: "-n: Name or service not known\nCannot handle \"host\" cmdline arg `-n' on position 1 (argc 2)\n" },
  { argv: ['traceroute', '-I', '127.0.0.1'], stderr: 'traceroute: option -I is not simulated by netsim\n' },
];
for (const c of errors) {
  t(`error: ${c.argv.slice(1).join(' ')}`, () => {
    const r = (c.argv[0] === 'traceroute6' ? traceroute6 : traceroute)(pingContext('debian:12', { hosts: '\n::1\tip6-localhost\n' }), c.argv);
    assert.equal([r.stdout, r.stderr, r.exitCode], ['', c.stderr, 2]);
  });
}

t('-V and --version print the version on stderr and exit 0; --help the help', () => {
  const v = traceroute(pingContext('debian:12'), ['traceroute', '-V']);
  assert.equal([v.stdout, v.stderr, v.exitCode], ['', 'Modern traceroute for Linux, version 2.1.2\nCopyright (c) 2016  Dmitry Butskoy,   License: GPL v2 or any later\n', 0]);
  assert.is(traceroute(pingContext('debian:12'), ['traceroute', '--version', 'x']).stderr, v.stderr);
  assert.is(traceroute(pingContext('debian:12'), ['traceroute', '--help']).stderr, traceroute(pingContext('debian:12'), ['traceroute']).stderr);
});

// spec/real-output/traceroute4.txt and traceroute6.txt (copied to the goldens) from scripted times
const real = [
  { name: 'real-traceroute4', argv: ['traceroute', '-n', '127.0.0.1'], times: [0.021, 0.001, 0.002] },
  { name: 'real-traceroute6', argv: ['traceroute', '-n', '::1'], times: [0.054, 0.002, 0.002] },
];
for (const c of real) {
  t(`matches spec/real-output: ${c.name}`, () => {
    const dst = c.argv[2];
    const net = fakeNet({ hops: [{ ttl: 1, probes: c.times.map((ms) => ({ from: dst, rttMs: ms, error: 'port-unreachable' as const })) }] }, { v4: '127.0.0.1', v6: '::1' });
    const r = traceroute(pingContext('debian:12', { net }), c.argv);
    assertGolden(`traceroute/${c.name}`, `${r.stdout}${r.stderr}rc=${r.exitCode}\n`);
  });
}

t.run();
