// ping and traceroute through the real dataplane of an in-process dual-stack cluster: pods on
// two nodes, a Debian pod (iputils, traceroute 2.1) and a busybox pod, through Pods.exec.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { podManifest } from '../support/cluster.js';
import { openNetFixture, type NetFixture } from '../dataplane/fixture.js';

const t = suite('ping and traceroute in a cluster');
let f: NetFixture;

t.before(async () => {
  f = await openNetFixture({ bb: 'netsim-worker', far: 'netsim-worker2' });
  await f.tc.cluster.pods.create(podManifest('deb', [{ image: 'debian:12', command: ['sleep', 'infinity'] }], { nodeName: 'netsim-worker' }));
});
t.after(async () => { await f.tc.close(); });

const exec = (pod: string, argv: string[]) => f.tc.cluster.pods.exec('default', pod, undefined, argv);

t('iputils ping to a pod on another node: replies, statistics, exit 0', () => {
  const { v4 } = f.ips('far');
  const r = exec('deb', ['ping', '-c', '3', v4!]);
  assert.is(r.exitCode, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`^PING ${v4} \\(${v4}\\) 56\\(84\\) bytes of data\\.\\n`));
  assert.match(r.stdout, new RegExp(`64 bytes from ${v4!.replace(/\./g, '\\.')}: icmp_seq=3 ttl=\\d+ time=[\\d.]+ ms\\n`));
  assert.match(r.stdout, /\n3 packets transmitted, 3 received, 0% packet loss, time \d+ms\nrtt min\/avg\/max\/mdev = [\d.]+\/[\d.]+\/[\d.]+\/[\d.]+ ms\n$/);
});

t('iputils ping6 and busybox ping reach the far pod over each family', () => {
  const { v4, v6 } = f.ips('far');
  const six = exec('deb', ['ping6', '-c', '2', v6!]);
  assert.is(six.exitCode, 0, six.stdout + six.stderr);
  assert.match(six.stdout, new RegExp(`^PING ${v6}\\(${v6}\\) 56 data bytes\\n64 bytes from ${v6}: icmp_seq=1 ttl=\\d+ time=`));
  const bb = exec('bb', ['ping', '-c', '2', v4!]);
  assert.is(bb.exitCode, 0, bb.stdout + bb.stderr);
  assert.match(bb.stdout, /: seq=0 ttl=\d+ time=\d+\.\d{3} ms\n.*: seq=1 /s);
  assert.match(bb.stdout, /\n2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min\/avg\/max = /);
});

t('traceroute to the far pod ends at the pod, hop numbers right-aligned', () => {
  const { v4 } = f.ips('far');
  const r = exec('deb', ['traceroute', '-n', v4!]);
  assert.is(r.exitCode, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.is(lines[0], `traceroute to ${v4} (${v4}), 30 hops max, 60 byte packets`);
  assert.ok(lines.length >= 2 && lines.length < 10, r.stdout);
  assert.match(lines[lines.length - 1], new RegExp(`^ ?\\d  ${v4!.replace(/\./g, '\\.')}  [\\d.]+ ms`));
  const bb = exec('bb', ['traceroute', '-n', v4!]);
  assert.match(bb.stdout, new RegExp(`^traceroute to ${v4} \\(${v4}\\), 30 hops max, 46 byte packets\\n`));
});
t.run();
