// iputils ping/ping6 over a scripted dataplane: one golden per case (test/golden/exec/ping/),
// the exit codes, what is asked of the dataplane, and the captured Debian 12 outputs.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ping, ping6 } from '../../daemon/exec/commands/ping.js';
import type { CommandResult } from '../../daemon/exec/command.js';
import { assertGolden } from './golden.js';
import { fakeNet, pingContext, reply, transcript, type FakeScript } from './ping-fake.js';

const t = suite('ping (iputils)');

const HOSTS = '\n# Entries added by HostAliases.\n10.244.2.7\tweb-0.nginx.default.svc.cluster.local\tweb-0\nfd00:10:244:2::7\tweb-0.nginx.default.svc.cluster.local\tweb-0\n';
const GW = '10.244.1.1', GW6 = 'fd00:10:244:1::1';

interface Case { name: string; argv: string[]; net?: FakeScript; exit: number }

const cases: Case[] = [
  { name: 'reply-v4', argv: ['ping', '-c', '3', '10.244.2.7'], net: { probes: [reply(0.123), reply(0.08), reply(0.104)] }, exit: 0 },
  { name: 'reply-name', argv: ['ping', '-4', '-c', '2', 'web-0'], net: { probes: [reply(0.231, 62), reply(1.234, 62)] }, exit: 0 },
  { name: 'reply-name-numeric', argv: ['ping', '-n', '-4', '-c', '1', 'web-0'], exit: 0 },
  { name: 'reply-v6-literal', argv: ['ping', '-c', '2', 'fd00:10:244:2::7'], net: { probes: [reply(0.1, 63), reply(12.34, 63)] }, exit: 0 },
  // glibc sorts the ULA address first; ping6_run keeps the name as typed and looks the address up
  { name: 'reply-v6-name', argv: ['ping', '-c', '1', 'web-0'], net: { probes: [reply(0.2, 63)] }, exit: 0 },
  { name: 'ping6-name', argv: ['ping6', '-c', '1', 'web-0'], net: { probes: [reply(0.2, 63)] }, exit: 0 },
  { name: 'different-address', argv: ['ping', '-c', '1', '10.96.0.10'], net: { probes: [reply(0.3, 63, '10.244.2.9')] }, exit: 0 },
  { name: 'size-100', argv: ['ping', '-c', '2', '-s', '100', '10.244.2.7'], exit: 0 },
  { name: 'size-8-untimed', argv: ['ping', '-c', '1', '-s', '8', '10.244.2.7'], exit: 0 },
  { name: 'quiet', argv: ['ping', '-q', '-c', '2', '10.244.2.7'], exit: 0 },
  { name: 'host-unreachable', argv: ['ping', '-c', '3', '10.244.1.99'], net: { probes: [0, 1, 2].map((i) => ({ error: 'host-unreachable' as const, from: '10.244.1.7', afterMs: 3000 - i * 1001 })) }, exit: 1 },
  { name: 'host-unreachable-v6', argv: ['ping', '-c', '2', 'fd00:10:244:1::99'], net: { probes: [0, 1].map((i) => ({ error: 'host-unreachable' as const, from: 'fd00:10:244:1::7', afterMs: 3000 - i * 1001 })) }, exit: 1 },
  { name: 'silent-loss', argv: ['ping', '-c', '2', '10.96.0.1'], net: { probes: [{ lost: true }] }, exit: 1 },
  { name: 'ttl-exceeded', argv: ['ping', '-c', '2', '-t', '1', '10.244.2.7'], net: { probes: [{ error: 'ttl-exceeded', from: GW, afterMs: 0.05 }] }, exit: 1 },
  { name: 'ttl-exceeded-v6', argv: ['ping', '-c', '1', '-t', '1', 'fd00:10:244:2::7'], net: { probes: [{ error: 'ttl-exceeded', from: GW6, afterMs: 0.05 }] }, exit: 1 },
  { name: 'net-unreachable', argv: ['ping', '-c', '1', '10.250.0.1'], net: { probes: [{ error: 'net-unreachable', from: GW, afterMs: 0.1 }] }, exit: 1 },
  { name: 'net-unreachable-v6', argv: ['ping', '-c', '1', 'fd00:99::1'], net: { probes: [{ error: 'net-unreachable', from: GW6, afterMs: 0.1 }] }, exit: 1 },
  { name: 'admin-prohibited', argv: ['ping', '-c', '1', '10.244.2.8'], net: { probes: [{ error: 'admin-prohibited', from: GW, afterMs: 0.1 }] }, exit: 1 },
  { name: 'admin-prohibited-v6', argv: ['ping', '-c', '1', 'fd00:10:244:2::8'], net: { probes: [{ error: 'admin-prohibited', from: GW6, afterMs: 0.1 }] }, exit: 1 },
  { name: 'port-unreachable-v6', argv: ['ping', '-c', '1', 'fd00:10:96::a'], net: { probes: [{ error: 'port-unreachable', from: 'fd00:10:96::a', afterMs: 0.1 }] }, exit: 1 },
  { name: 'port-unreachable', argv: ['ping', '-c', '1', '10.96.0.12'], net: { probes: [{ error: 'port-unreachable', from: '10.96.0.12', afterMs: 0.1 }] }, exit: 1 },
  { name: 'partial-loss', argv: ['ping', '-c', '3', '10.244.2.7'], net: { probes: [reply(0.1), { lost: true }, reply(0.3)] }, exit: 0 },
  // -w: sends until the deadline, every 1 s
  { name: 'deadline', argv: ['ping', '-w', '3', '10.244.2.7'], exit: 0 },
  // -c with -w: ping goes on sending past -c until -c replies came back
  { name: 'count-and-deadline', argv: ['ping', '-c', '2', '-w', '10', '10.244.2.7'], net: { probes: [{ lost: true }, { lost: true }, reply(0.2), reply(0.2)] }, exit: 0 },
  { name: 'count-and-deadline-short', argv: ['ping', '-c', '3', '-w', '4', '10.244.2.7'], net: { probes: [{ lost: true }, reply(0.2)] }, exit: 1 },
  // -w stops at the first batch of ICMP errors
  { name: 'deadline-error', argv: ['ping', '-w', '10', '10.244.1.99'], net: { probes: [0, 1, 2, 3, 4, 5].map((i) => ({ error: 'host-unreachable' as const, from: '10.244.1.7', afterMs: 3000 - (i % 3) * 1001 })) }, exit: 1 },
  // after the last -c probe ping waits -W (nothing came back yet): a reply 1.5 s later is too late for -W 1
  { name: 'linger-too-short', argv: ['ping', '-c', '1', '-W', '1', '10.244.2.7'], net: { probes: [reply(1500)] }, exit: 1 },
  { name: 'linger-long-enough', argv: ['ping', '-c', '1', '-W', '2', '10.244.2.7'], net: { probes: [reply(1500)] }, exit: 0 },
  // with replies, the wait after the last probe is max(2*tmax, interval): 1 s here
  { name: 'late-last-reply', argv: ['ping', '-c', '2', '10.244.2.7'], net: { probes: [reply(0.2), reply(1200)] }, exit: 0 },
  { name: 'interval-0', argv: ['ping', '-c', '3', '-i', '0', '10.244.2.7'], net: { slackMs: 0.05, probes: [reply(0.022), reply(0.005), reply(0.01)] }, exit: 0 },
  { name: 'interval-garbage', argv: ['ping', '-c', '2', '-i', '0.5x', '10.244.2.7'], exit: 0 },
  { name: 'too-long', argv: ['ping', '-c', '2', '-s', '70000', '10.244.2.7'], exit: 1 },
  { name: 'no-route', argv: ['ping', '-c', '1', '10.99.0.1'], net: { noRoute: ['10.99.0.1'] }, exit: 2 },
  { name: 'no-route-v6', argv: ['ping', '-6', '-c', '1', 'fd00:10:96::1'], net: { noRoute: ['fd00:10:96::1'] }, exit: 2 },
  // connect() fails for the first answer: ping goes on to the next one
  { name: 'no-route-next-address', argv: ['ping', '-c', '1', 'web-0'], net: { noRoute: ['fd00:10:244:2::7'] }, exit: 0 },
  { name: 'unknown-host', argv: ['ping', '-c', '1', 'nope'], exit: 2 },
  { name: 'family-mismatch', argv: ['ping', '-6', '-c', '1', '10.244.2.7'], exit: 2 },
  { name: 'ping6-v4-literal', argv: ['ping6', '-c', '1', '10.244.2.7'], exit: 2 },
  { name: 'no-destination', argv: ['ping', '-c', '1'], exit: 1 },
  { name: 'invalid-option', argv: ['ping', '-Z', '10.244.2.7'], exit: 2 },
  { name: 'missing-argument', argv: ['ping', '10.244.2.7', '-c'], exit: 2 },
  { name: 'ttl-zero', argv: ['ping', '-t', '0', '10.244.2.7'], exit: 2 },
  // -I: `from SRC DEV: ` in the header (captured: `PING 127.0.0.1 (127.0.0.1) from 127.0.0.1 lo: 56(84) ...`)
  { name: 'interface', argv: ['ping', '-c', '1', '-I', 'eth0', '10.244.2.7'], exit: 0 },
  { name: 'interface-v6', argv: ['ping', '-c', '1', '-I', 'eth0', 'fd00:10:244:2::7'], exit: 0 },
  { name: 'source-address', argv: ['ping', '-c', '1', '-I', '10.244.1.7', '10.244.2.7'], exit: 0 },
  { name: 'unknown-interface', argv: ['ping', '-c', '1', '-I', 'eth9', '10.244.2.7'], exit: 2 },
  { name: 'unknown-interface-v6', argv: ['ping', '-c', '1', '-I', 'eth9', 'fd00:10:244:2::7'], exit: 2 },
];

function run(c: Case): CommandResult {
  const ctx = pingContext('debian:12', { hosts: HOSTS, net: fakeNet(c.net) });
  return (c.argv[0] === 'ping6' ? ping6 : ping)(ctx, c.argv);
}

for (const c of cases) {
  t(c.name, () => {
    const r = run(c);
    assert.is(r.exitCode, c.exit);
    assertGolden(`ping/${c.name}`, transcript(c.argv, r));
  });
}

const optionErrors = [
  // captured from iputils 20221126 built from source
  { argv: ['ping', '-c', 'x', '127.0.0.1'], stderr: "ping: invalid argument: 'x'\n", exit: 1 },
  { argv: ['ping', '-c', '0', '127.0.0.1'], stderr: "ping: invalid argument: '0': out of range: 1 <= value <= 9223372036854775807\n", exit: 1 },
  { argv: ['ping', '-c', '99999999999999999999', '127.0.0.1'], stderr: "ping: invalid argument: '99999999999999999999': Numerical result out of range\n", exit: 1 },
  { argv: ['ping', '-t', '256', '127.0.0.1'], stderr: "ping: invalid argument: '256': out of range: 0 <= value <= 255\n", exit: 1 },
  { argv: ['ping', '-s', '2147483648', '127.0.0.1'], stderr: "ping: invalid argument: '2147483648': out of range: 0 <= value <= 2147483647\n", exit: 1 },
  { argv: ['ping', '-i', 'inf', '127.0.0.1'], stderr: 'ping: bad timing interval: inf: Numerical result out of range\n', exit: 2 },
  { argv: ['ping', '-i', '9999999', '127.0.0.1'], stderr: 'ping: bad timing interval: 9999999\n', exit: 2 },
  { argv: ['ping', '-W', '-1', '127.0.0.1'], stderr: 'ping: bad linger time: -1\n', exit: 2 },
  { argv: ['ping', '-4', '-6', '::1'], stderr: 'ping: only one -4 or -6 option may be specified\n', exit: 2 },
  { argv: ['ping6', '-4', '::1'], stderr: 'ping6: only one -4 or -6 option may be specified\n', exit: 2 },
  { argv: ['ping', '-4', '::1'], stderr: 'ping: ::1: Address family for hostname not supported\n', exit: 2 },
  { argv: ['ping', '-c', '1', '--', '-n'], stderr: 'ping: -n: Name or service not known\n', exit: 2 },
  { argv: ['ping', '-D', '127.0.0.1'], stderr: 'ping: option -D is not simulated by netsim\n', exit: 2 },
];
for (const c of optionErrors) {
  t(`option error: ${c.argv.slice(1).join(' ')}`, () => {
    const r = (c.argv[0] === 'ping6' ? ping6 : ping)(pingContext('debian:12'), c.argv);
    assert.equal([r.stdout, r.stderr, r.exitCode], ['', c.stderr, c.exit]);
  });
}

t('usage text on -h and after a getopt error (exit 2)', () => {
  const h = ping(pingContext('debian:12'), ['ping', '-h']);
  assert.is(h.exitCode, 2);
  assert.ok(h.stderr.startsWith('\nUsage\n  ping [options] <destination>\n'));
  assert.ok(h.stderr.endsWith('\nFor more details see ping(8).\n'));
  const z = ping(pingContext('debian:12'), ['ping', '-Z', 'x']);
  assert.is(z.stderr, `ping: invalid option -- 'Z'\n${h.stderr}`);
});

t('what the dataplane is asked: count, interval, payload, ttl, family', () => {
  const net = fakeNet();
  ping(pingContext('debian:12', { hosts: HOSTS, net }), ['ping', '-c', '2', '-i', '0.2', '-s', '100', '-t', '5', '-6', 'web-0']);
  assert.equal(net.echoCalls.map(({ ident: _ident, ...o }) => o), [{ family: 'IPv6', dst: 'fd00:10:244:2::7', count: 2, intervalMs: 200, payloadSize: 100, ttl: 5 }]);
  const deadline = fakeNet();
  ping(pingContext('debian:12', { net: deadline }), ['ping', '-w', '1', '-i', '0.3', '10.244.2.7']);
  assert.is(deadline.echoCalls[0].count, 4, 'sends at 0, 0.3, 0.6, 0.9 s fit before the 1 s alarm');
});

t('no dataplane: exit 2 after the name was resolved', () => {
  const r = ping(pingContext('debian:12', { net: null }), ['ping', '-c', '1', '10.244.2.7']);
  assert.equal([r.stderr, r.exitCode], ['ping: the dataplane is not running\n', 2]);
  const u = ping(pingContext('debian:12', { net: null }), ['ping', '-c', '1', 'nope']);
  assert.is(u.stderr, 'ping: nope: Name or service not known\n');
});

t('a container running ping without -c shows its first probes and keeps running', () => {
  const net = fakeNet();
  const r = ping(pingContext('debian:12', { net, mode: 'container' }), ['ping', '10.244.2.7']);
  assert.ok(r.blocks && r.blocks.seconds === undefined);
  assert.is(net.echoCalls[0].count, 5);
  assertGolden('ping/stream-cut', transcript(['ping', '10.244.2.7'], r));
});

t('exec ping without -c follows until cancelled, then prints the statistics (exit 0)', async () => {
  const net = fakeNet({ probes: [reply(0.1), reply(0.2), reply(0.3)] });
  const r = ping(pingContext('debian:12', { net }), ['ping', '-i', '0.002', '10.244.2.7']);
  assert.is(r.stdout, 'PING 10.244.2.7 (10.244.2.7) 56(84) bytes of data.\n');
  assert.ok(r.follow);
  const ac = new AbortController();
  let out = '';
  const code = await r.follow!({ stdout: (s) => { out += s; if (out.split('\n').length > 3) ac.abort(); }, stderr: () => undefined }, ac.signal);
  assert.is(code, 0);
  const lines = out.split('\n');
  assert.equal(lines.slice(0, 3), [
    '64 bytes from 10.244.2.7: icmp_seq=1 ttl=62 time=0.100 ms',
    '64 bytes from 10.244.2.7: icmp_seq=2 ttl=62 time=0.100 ms',
    '64 bytes from 10.244.2.7: icmp_seq=3 ttl=62 time=0.100 ms',
  ]);
  assert.match(out, /\n--- 10\.244\.2\.7 ping statistics ---\n3 packets transmitted, 3 received, 0% packet loss, time 4ms\nrtt min\/avg\/max\/mdev = 0\.100\/0\.100\/0\.100\/0\.000 ms\n$/);
  assert.ok(net.echoCalls.every((o) => o.count === 1));
});

t('an already cancelled follow prints the statistics of nothing sent', async () => {
  const r = ping(pingContext('debian:12', { net: fakeNet() }), ['ping', '10.244.2.7']);
  const ac = new AbortController();
  ac.abort();
  let out = '';
  assert.is(await r.follow!({ stdout: (s) => { out += s; }, stderr: () => undefined }, ac.signal), 1);
  assert.is(out, '\n--- 10.244.2.7 ping statistics ---\n0 packets transmitted, 0 received\n\n');
});

// spec/real-output (copied to test/golden/exec/ping/real-*.golden): the same bytes from scripted
// times of `ping -c 3 127.0.0.1`, `ping -c 2 -W 1 -q 127.0.0.1` and `ping -6 -c 2 ::1`.
const real = [
  { name: 'real-ping4', argv: ['ping', '-c', '3', '127.0.0.1'], times: [0.633, 0.069, 0.040], lastSent: 2048 },
  { name: 'real-ping4-q', argv: ['ping', '-c', '2', '-W', '1', '-q', '127.0.0.1'], times: [0.028, 0.046], lastSent: 1019 },
  { name: 'real-ping6', argv: ['ping', '-6', '-c', '2', '::1'], times: [0.383, 0.093], lastSent: 1018 },
];
for (const c of real) {
  t(`matches spec/real-output: ${c.name}`, () => {
    const slackMs = (c.lastSent - 1000 * (c.times.length - 1)) / (c.times.length - 1);
    const net = fakeNet({ slackMs, probes: c.times.map((ms) => reply(ms, 64)) });
    const r = ping(pingContext('debian:12', { net }), c.argv);
    assertGolden(`ping/${c.name}`, `${r.stdout}${r.stderr}rc=${r.exitCode}\n`);
  });
}

t.run();
