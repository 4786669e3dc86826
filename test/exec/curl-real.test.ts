// curl against the Debian 12 captures in shared/spec/real-output (curl 7.88.1 on loopback,
// Python's http.server answering): the simulated bytes equal the real ones, meter included.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { curlWith } from '../../daemon/exec/commands/curl-run.js';
import { fakeNet, stubLookup, toolContext } from './app-net.js';

const t = suite('curl-real');
const curl = curlWith(stubLookup({}));

// SimpleHTTP/0.6's answer to `GET /` (HTTP/1.0, closes after the body); timings chosen so the
// meter's speeds come out as captured (475 B in 2.53 ms: 183k average, 231k current).
const PY_HEAD = 'HTTP/1.0 200 OK\r\nServer: SimpleHTTP/0.6 Python/3.11.7\r\nDate: Sun, 22 Nov 2026 03:18:30 GMT\r\n'
  + 'Content-type: text/html; charset=utf-8\r\nContent-Length: 475\r\n\r\n';
const net = fakeNet({
  '127.0.0.1 18080/TCP': { raw: PY_HEAD + 'x'.repeat(475), connectMs: 0.2, totalMs: 2.53 },
  '127.0.0.1 18081/TCP': { refused: true },
  '::1 18081/TCP': { refused: true },
});
const ctx = toolContext('debian:12', net, 'gnu');

t('curl-v.txt: curl -v http://127.0.0.1:18080/ -o /dev/null', () => {
  const r = curl(ctx, ['curl', '-v', 'http://127.0.0.1:18080/', '-o', '/dev/null']);
  const real = '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n'
    + '                                 Dload  Upload   Total   Spent    Left  Speed\n'
    + '\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0*   Trying 127.0.0.1:18080...\n'
    + '* Connected to 127.0.0.1 (127.0.0.1) port 18080 (#0)\n'
    + '> GET / HTTP/1.1\r\n> Host: 127.0.0.1:18080\r\n> User-Agent: curl/7.88.1\r\n> Accept: */*\r\n> \r\n'
    + '* HTTP 1.0, assume close after body\n'
    + '< HTTP/1.0 200 OK\r\n< Server: SimpleHTTP/0.6 Python/3.11.7\r\n< Date: Sun, 22 Nov 2026 03:18:30 GMT\r\n'
    + '< Content-type: text/html; charset=utf-8\r\n< Content-Length: 475\r\n< \r\n'
    + '{ [475 bytes data]\n'
    + '\r100   475  100   475    0     0   183k      0 --:--:-- --:--:-- --:--:--  231k\n'
    + '* Closing connection 0\n';
  assert.fixture(r.stderr, real);
  assert.is(r.stdout, '');
  assert.is(r.exitCode, 0);
});

t('curl-I.txt: curl -sI http://127.0.0.1:18080/', () => {
  const r = curl(ctx, ['curl', '-sI', 'http://127.0.0.1:18080/']);
  assert.is(r.stdout, PY_HEAD);
  assert.is(r.stderr, '');
  assert.is(r.exitCode, 0);
});

t('curl-refused.txt: curl -sS to a closed port', () => {
  const r = curl(ctx, ['curl', '-sS', 'http://127.0.0.1:18081/']);
  assert.is(r.stderr, "curl: (7) Failed to connect to 127.0.0.1 port 18081 after 0 ms: Couldn't connect to server\n");
  assert.is(r.exitCode, 7);
});

t('curl-refused6.txt: curl -sS to a closed IPv6 port', () => {
  const r = curl(ctx, ['curl', '-sS', 'http://[::1]:18081/']);
  assert.is(r.stderr, "curl: (7) Failed to connect to ::1 port 18081 after 0 ms: Couldn't connect to server\n");
  assert.is(r.exitCode, 7);
});

t('curl-unresolved.txt: curl -sS http://no-such-host.invalid/', () => {
  const r = curl(ctx, ['curl', '-sS', 'http://no-such-host.invalid/']);
  assert.is(r.stderr, 'curl: (6) Could not resolve host: no-such-host.invalid\n');
  assert.is(r.exitCode, 6);
});

t.run();
