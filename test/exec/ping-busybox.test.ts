// busybox ping/ping6 over a scripted dataplane: goldens (test/golden/exec/ping/busybox-*),
// exit codes, its getopt32/libbb errors as captured from busybox 1.36.1, and the exec wiring.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ping, ping6 } from '../../daemon/exec/commands/ping.js';
import { runExec } from '../../daemon/exec/context.js';
import { assertGolden } from './golden.js';
import { fakeNet, pingContext, reply, transcript, type FakeScript } from './ping-fake.js';

const t = suite('ping (busybox)');

const HOSTS = '\n10.244.2.7\tweb-0.nginx.default.svc.cluster.local\tweb-0\nfd00:10:244:2::7\tweb-0.nginx.default.svc.cluster.local\tweb-0\n';

interface Case { name: string; argv: string[]; net?: FakeScript; exit: number }

const cases: Case[] = [
  { name: 'reply', argv: ['ping', '-c', '3', '10.244.2.7'], net: { probes: [reply(0.039, 64), reply(0.061, 64), reply(0.044, 64)] }, exit: 0 },
  // FEATURE_PREFER_IPV4_ADDRESS: the IPv4 address of a dual-stack name; the name as typed
  { name: 'reply-name', argv: ['ping', '-c', '1', 'web-0'], exit: 0 },
  { name: 'reply-v6', argv: ['ping6', '-c', '2', 'web-0'], net: { probes: [reply(0.2, 63)] }, exit: 0 },
  { name: 'quiet', argv: ['ping', '-q', '-c', '2', '10.244.2.7'], exit: 0 },
  { name: 'size-2-untimed', argv: ['ping', '-c', '1', '-s', '2', '10.244.2.7'], exit: 0 },
  { name: 'size-100', argv: ['ping', '-c', '1', '-s', '100', '10.244.2.7'], exit: 0 },
  // ICMP errors never reach busybox's echo-reply parser: the probes count as lost
  { name: 'host-unreachable', argv: ['ping', '-c', '3', '10.244.1.99'], net: { probes: [{ error: 'host-unreachable', from: '10.244.1.7', afterMs: 3000 }] }, exit: 1 },
  { name: 'silent-loss', argv: ['ping', '-c', '2', '10.96.0.1'], net: { probes: [{ lost: true }] }, exit: 1 },
  { name: 'partial-loss', argv: ['ping', '-c', '3', '10.244.2.7'], net: { probes: [reply(0.1), { lost: true }, reply(0.3)] }, exit: 0 },
  // -w: each send checks the deadline; -c stops sending at the count (unlike iputils)
  { name: 'deadline', argv: ['ping', '-w', '2', '-i', '0.5', '10.244.2.7'], exit: 0 },
  { name: 'deadline-short', argv: ['ping', '-c', '3', '-w', '5', '10.244.2.7'], net: { probes: [reply(0.1), { lost: true }] }, exit: 1 },
  // after the last -c probe: alarm(-W) when nothing came back, 2 RTTs rounded up to 1 s otherwise
  { name: 'timeout-too-short', argv: ['ping', '-c', '1', '-W', '1', '10.244.2.7'], net: { probes: [reply(1500)] }, exit: 1 },
  { name: 'late-last-reply', argv: ['ping', '-c', '2', '10.244.2.7'], net: { probes: [reply(0.2), reply(1100)] }, exit: 0 },
  { name: 'no-route', argv: ['ping', '-c', '1', '10.99.0.1'], net: { noRoute: ['10.99.0.1'] }, exit: 1 },
  { name: 'too-long', argv: ['ping', '-c', '1', '-s', '65510', '10.244.2.7'], exit: 1 },
  { name: 'bad-address', argv: ['ping', 'nope'], exit: 1 },
  { name: 'usage', argv: ['ping'], exit: 1 },
  { name: 'usage-ping6', argv: ['ping6'], exit: 1 },
  { name: 'invalid-option', argv: ['ping', '-Z', '10.244.2.7'], exit: 1 },
  { name: 'source-address', argv: ['ping', '-c', '1', '-I', '10.244.1.7', '10.244.2.7'], exit: 0 },
  { name: 'interface', argv: ['ping', '-c', '1', '-I', 'eth0', '10.244.2.7'], exit: 0 },
  // strtod() stops inside `1.2.3`: bb_show_usage()
  { name: 'interval-usage', argv: ['ping', '-i', '1.2.3', '10.244.2.7'], exit: 1 },
  { name: 'interval-suffix', argv: ['ping', '-c', '2', '-i', '0.5s', '10.244.2.7'], exit: 0 },
];

for (const c of cases) {
  t(c.name, () => {
    const ctx = pingContext('busybox:1.36', { flavor: 'busybox', hosts: HOSTS, net: fakeNet(c.net) });
    const r = (c.argv[0] === 'ping6' ? ping6 : ping)(ctx, c.argv);
    assert.is(r.exitCode, c.exit);
    assertGolden(`ping/busybox-${c.name}`, transcript(c.argv, r));
  });
}

const errors = [
  // captured from busybox 1.36.1 built from source
  { argv: ['ping', '-c', 'x', '1.1.1.1'], stderr: "ping: invalid number 'x'\n" },
  { argv: ['ping', '-c', '-1', '1.1.1.1'], stderr: "ping: invalid number '-1'\n" },
  { argv: ['ping', '-s', '70000', '1.1.1.1'], stderr: 'ping: number 70000 is not in 0..65535 range\n' },
  { argv: ['ping', '-i', 'x', '1.1.1.1'], stderr: "ping: invalid number 'x'\n" },
  { argv: ['ping', '-i', '0.x', '1.1.1.1'], stderr: "ping: invalid number '1x'\n" },
  { argv: ['ping', '-6', '10.244.2.7'], stderr: "ping: bad address '10.244.2.7'\n" },
  { argv: ['ping6', '10.244.2.7'], stderr: "ping6: bad address '10.244.2.7'\n" },
  { argv: ['ping', '-4', '::1'], stderr: "ping: bad address '::1'\n" },
];
for (const c of errors) {
  t(`error: ${c.argv.join(' ')}`, () => {
    const r = (c.argv[0] === 'ping6' ? ping6 : ping)(pingContext('busybox:1.36', { flavor: 'busybox' }), c.argv);
    assert.equal([r.stdout, r.stderr, r.exitCode], ['', c.stderr, 1]);
  });
}

t('probes are numbered from 0 and the dataplane is asked for -c probes', () => {
  const net = fakeNet();
  const r = ping(pingContext('busybox:1.36', { flavor: 'busybox', net }), ['ping', '-c', '2', '-t', '9', '10.244.2.7']);
  assert.match(r.stdout, /seq=0 ttl=62/);
  assert.match(r.stdout, /seq=1 ttl=62/);
  assert.equal(net.echoCalls.map(({ ident: _ident, ...o }) => o), [{ family: 'IPv4', dst: '10.244.2.7', count: 2, intervalMs: 1000, payloadSize: 56, ttl: 9, firstSeq: 0 }]);
});

t('exec follow numbers its probes from 0 and prints busybox statistics on cancel', async () => {
  const r = ping(pingContext('busybox:1.36', { flavor: 'busybox', net: fakeNet() }), ['ping', '-i', '0.002', '10.244.2.7']);
  assert.is(r.stdout, 'PING 10.244.2.7 (10.244.2.7): 56 data bytes\n');
  const ac = new AbortController();
  let out = '';
  const code = await r.follow!({ stdout: (s) => { out += s; if (out.split('\n').length > 2) ac.abort(); }, stderr: () => undefined }, ac.signal);
  assert.is(code, 0);
  assert.is(out, '64 bytes from 10.244.2.7: seq=0 ttl=62 time=0.100 ms\n64 bytes from 10.244.2.7: seq=1 ttl=62 time=0.100 ms\n'
    + '\n--- 10.244.2.7 ping statistics ---\n2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min/avg/max = 0.100/0.100/0.100 ms\n');
});

t('registered: `exec` runs ping in a busybox pod and iputils in a Debian pod', () => {
  const bb = pingContext('busybox:1.36', { flavor: 'busybox' }).exec;
  const deb = pingContext('debian:12').exec;
  assert.match(runExec(bb, ['ping', '-c', '1', '10.244.2.7']).stdout, /^PING 10\.244\.2\.7 \(10\.244\.2\.7\): 56 data bytes\n/);
  const d = runExec(deb, ['sh', '-c', 'ping -c 1 10.244.2.7 && ping6 -c 1 fd00:10:244:2::7']);
  assert.match(d.stdout, /^PING 10\.244\.2\.7 \(10\.244\.2\.7\) 56\(84\) bytes of data\.\n/);
  assert.match(d.stdout, /\nPING fd00:10:244:2::7\(fd00:10:244:2::7\) 56 data bytes\n/);
  assert.is(d.exitCode, 0);
});

t.run();
