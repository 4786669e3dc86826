// The dataplane of an IPv4-only cluster as a user meets it: IPv6 has no route from a pod, so
// `ping -6` fails before sending (iputils: connect: Network is unreachable, exit 2), while IPv4
// works. (glibc's error() names the program as invoked: `ping6: connect: ...`.)
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { ROOT, TestDaemon } from '../support/daemon.js';
import { ok, podIPs } from './cli.js';

const t = suite('e2e dataplane ipv4-only');
const d = new TestDaemon();

t.before(async () => {
  await d.start(['--seed', '5', '--config', join(ROOT, 'examples', 'cluster-ipv4.yaml')]);
  ok(d, ['run', 'a', '--image=nicolaka/netshoot', '--', 'sleep', 'infinity']);
  ok(d, ['run', 'b', '--image=nicolaka/netshoot', '--', 'sleep', 'infinity']);
});
t.after(async () => { await d.stop(); d.cleanup(); });

t('ping -6 from a pod: Network is unreachable, exit 2; ping6 likewise; IPv4 answers', () => {
  for (const argv of [['ping', '-6', '-c', '1', 'fd00:10:244:1::5'], ['ping6', '-c', '1', 'fd00:10:244:1::5']]) {
    assert.equal(d.netsim(['exec', 'a', '--', ...argv]), { stdout: '', stderr: `${argv[0]}: connect: Network is unreachable\ncommand terminated with exit code 2\n`, code: 2 }, argv.join(' '));
  }
  assert.is(podIPs(d, 'b').length, 1);
  assert.match(ok(d, ['exec', 'a', '--', 'ping', '-c', '1', podIPs(d, 'b')[0]]), /1 packets transmitted, 1 received, 0% packet loss/);
});

t.run();
