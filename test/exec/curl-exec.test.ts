// The client tools through the exec path: the registry finds curl, wget and nc per image, names
// resolve through the container's /etc/hosts (resolve.ts), and a shell pipeline carries stdin.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runExec } from '../../daemon/exec/context.js';
import type { NetAccess } from '../../daemon/exec/net.js';
import { fakeNet } from './app-net.js';
import { pod, podContext } from './fixtures.js';

const t = suite('curl-exec');
const NETEXEC = { app: { kind: 'netexec' as const, httpPort: 8080, udpPort: 8081 }, hostname: 'client' };
const net = fakeNet({ '10.244.1.7 8080/TCP': NETEXEC, 'fd00:10:244:1::7 8080/TCP': NETEXEC, '10.244.1.7 80/TCP': { app: { kind: 'nginx', version: '1.23.2' } } });
const exec = (image: string) => podContext(pod('client', image, ['10.244.1.7', 'fd00:10:244:1::7']), { net: net as unknown as NetAccess });

t('curl resolves the pod\'s own name from /etc/hosts', () => {
  const r = runExec(exec('debian:12'), ['curl', '-s', 'http://client:8080/hostname']);
  assert.equal([r.stdout, r.stderr, r.exitCode], ['client', '', 0]);
});

t('a name /etc/hosts lacks fails as getaddrinfo does', () => {
  const r = runExec(exec('debian:12'), ['curl', '-sS', 'http://web']);
  assert.equal([r.stderr, r.exitCode], ['curl: (6) Could not resolve host: web\n', 6]);
});

t('busybox images have wget and nc, not curl', () => {
  const bb = exec('busybox:1.36');
  assert.equal(runExec(bb, ['wget', '-qO-', 'http://10.244.1.7:8080/hostname']).stdout, 'client');
  assert.is(runExec(bb, ['curl', 'http://10.244.1.7']).exitCode, 127);
  assert.equal(runExec(bb, ['nc', '-zv', '10.244.1.7', '80']).stderr, '10.244.1.7 (10.244.1.7:80) open\n');
});

t('nc -l still listens; nc HOST PORT is the client, fed by a pipe', () => {
  assert.ok(runExec(exec('debian:12'), ['nc', '-l', '-p', '9000']).runsForever);
  // dash's echo reads the escapes; echo's newline ends the head.
  const r = runExec(exec('debian:12'), ['sh', '-c', 'echo "GET /hostname HTTP/1.0\\r\\n\\r" | nc 10.244.1.7 8080']);
  assert.ok(r.stdout.startsWith('HTTP/1.1 200 OK\r\n'), r.stdout);
  assert.ok(r.stdout.endsWith('\r\n\r\nclient'), r.stdout);
});

t('curl in a pipeline keeps its meter on stderr', () => {
  const r = runExec(exec('debian:12'), ['sh', '-c', 'curl http://10.244.1.7/ > /dev/null']);
  assert.ok(r.stderr.startsWith('  % Total    % Received % Xferd'), r.stderr);
  assert.is(r.stdout, '');
});

t.run();
