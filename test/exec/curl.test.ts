// curl over a scripted network whose servers are dataplane/apps: one golden transcript per case
// (test/golden/exec/curl/), plus the request bytes curl sends.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { curlRequest, curlWith } from '../../daemon/exec/commands/curl-run.js';
import { parseCurlArgs, parseCurlUrl } from '../../daemon/exec/commands/curl-args.js';
import { fakeNet, stubLookup, toolContext, transcript } from './app-net.js';
import { assertGolden } from './golden.js';

const t = suite('curl');
const NGINX = { app: { kind: 'nginx' as const, version: '1.23.2' } };
const net = fakeNet({
  '10.96.0.12 80/TCP': NGINX,
  'fd00:10:244:2::7 80/TCP': NGINX,
  '10.96.0.20 80/TCP': { refused: true },
  '10.96.0.21 80/TCP': { drop: true },
  '10.96.0.22 80/TCP': { stall: true },
  '10.96.0.23 8080/TCP': { app: { kind: 'netexec', httpPort: 8080, udpPort: 8081 } },
  '10.96.0.24 80/TCP': { bare: true },
  '10.96.0.25 443/TCP': NGINX,
  '10.96.0.26 80/TCP': { icmp: 'host-unreachable' },
  '10.96.0.27 5678/TCP': { app: { kind: 'http-echo', text: 'hello', version: '1.0.0' } },
  'fd00:10:96::30 80/TCP': NGINX,
  '10.96.0.30 80/TCP': { refused: true },
  '10.96.0.31 9376/TCP': { app: { kind: 'serve-hostname', raw: true } },
});
const curl = curlWith(stubLookup({ web: ['10.96.0.12'], nginx: ['10.96.0.12'], both: ['10.96.0.30', 'fd00:10:96::30'], dead: ['10.96.0.20'] }));
const ctx = toolContext('debian:12', net, 'gnu');

const cases = [
  { name: 'body', argv: ['curl', 'http://10.96.0.12'] },
  { name: 'body-silent', argv: ['curl', '-s', 'http://nginx'] },
  { name: 'bare-host-ipv6', argv: ['curl', '-s', 'http://[fd00:10:244:2::7]'] },
  { name: 'head-I', argv: ['curl', '-I', 'http://10.96.0.12/'] },
  { name: 'include-i', argv: ['curl', '-si', 'web'] },
  { name: 'verbose', argv: ['curl', '-v', 'http://web/'] },
  { name: 'verbose-silent-404', argv: ['curl', '-sv', 'http://web/missing'] },
  { name: 'fail-404', argv: ['curl', '-f', 'http://web/missing'] },
  { name: 'fail-404-silent-show-error', argv: ['curl', '-sSf', 'http://web/missing'] },
  { name: 'refused', argv: ['curl', 'http://10.96.0.20'] },
  { name: 'refused-sS', argv: ['curl', '-sS', 'http://dead'] },
  { name: 'refused-verbose', argv: ['curl', '-v', 'http://dead:80/'] },
  { name: 'refused-silent', argv: ['curl', '-s', 'http://10.96.0.20'] },
  { name: 'unresolved', argv: ['curl', 'http://web2'] },
  { name: 'unresolved-verbose', argv: ['curl', '-sv', 'http://web2'] },
  { name: 'max-time', argv: ['curl', '-m', '2', 'http://10.96.0.21'] },
  { name: 'connect-timeout', argv: ['curl', '-sS', '--connect-timeout', '2', 'http://10.96.0.21'] },
  { name: 'connect-timeout-verbose', argv: ['curl', '-sv', '--connect-timeout', '2', 'http://10.96.0.21'] },
  { name: 'kernel-gives-up', argv: ['curl', '-sS', 'http://10.96.0.21'] },
  { name: 'max-time-transfer', argv: ['curl', '-sSv', '--max-time', '3', 'http://10.96.0.22'] },
  { name: 'max-time-transfer-meter', argv: ['curl', '-v', '-m', '3', 'http://10.96.0.22'] },
  { name: 'host-unreachable', argv: ['curl', '-sSv', 'http://10.96.0.26'] },
  { name: 'empty-reply', argv: ['curl', '-sS', 'http://10.96.0.24'] },
  { name: 'http09-raw-hostname', argv: ['curl', '-sS', 'http://10.96.0.31:9376'] },
  { name: 'https-no-tls', argv: ['curl', '-sSv', 'https://10.96.0.25'] },
  { name: 'netexec-echo-post', argv: ['curl', '-s', '-d', 'msg=posted', 'http://10.96.0.23:8080/echo'] },
  { name: 'netexec-hostname-verbose-headers', argv: ['curl', '-sv', '-H', 'X-Test: 1', 'http://10.96.0.23:8080/hostname'] },
  { name: 'write-out-code', argv: ['curl', '-s', '-o', '/dev/null', '-w', '%{http_code}\\n', 'http://10.96.0.27:5678/'] },
  { name: 'write-out-failed', argv: ['curl', '-s', '-w', '%{http_code}', 'http://10.96.0.20'] },
  { name: 'v4-refused-then-v6', argv: ['curl', '-sv', 'http://both/'] },
  { name: 'ipv4-only', argv: ['curl', '-4', '-sS', 'http://both/'] },
  { name: 'unknown-option', argv: ['curl', '--frobnicate', 'http://web'] },
  { name: 'no-url', argv: ['curl', '-s'] },
  { name: 'ftp', argv: ['curl', 'ftp://web/'] },
  { name: 'bad-url', argv: ['curl', 'http://[fd00::1/'] },
];
for (const c of cases) {
  t(c.name, () => assertGolden(`curl/${c.name}`, transcript(c.argv, curl(ctx, c.argv))));
}

t('the request: curl 7.88\'s header order, Host with port and brackets', () => {
  const req = (argv: string[]) => {
    const a = parseCurlArgs(argv);
    const u = a.ok ? parseCurlUrl(a.opts.url ?? '') : undefined;
    if (!a.ok || !u?.ok) throw new Error('bad');
    const r = curlRequest(a.opts, u.url, 'curl/7.88.1');
    return r.head + r.body;
  };
  assert.is(req(['curl', 'http://10.96.0.12']), 'GET / HTTP/1.1\r\nHost: 10.96.0.12\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n');
  assert.is(req(['curl', 'http://[fd00::1]:8080/x?y=1#frag']), 'GET /x?y=1 HTTP/1.1\r\nHost: [fd00::1]:8080\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n');
  assert.is(req(['curl', '-X', 'PUT', '-H', 'Accept: text/plain', '-H', 'Host: other', '-d', 'a=1', '-d', 'b=2', 'web']),
    'PUT / HTTP/1.1\r\nHost: other\r\nUser-Agent: curl/7.88.1\r\nAccept: text/plain\r\nContent-Length: 7\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\na=1&b=2');
  assert.is(req(['curl', '-H', 'User-Agent:', '-H', 'X-Empty;', 'web']), 'GET / HTTP/1.1\r\nHost: web\r\nAccept: */*\r\nX-Empty:\r\n\r\n');
});

t('a bare listener gets exactly the request curl built', () => {
  const before = net.calls.length;
  curl(ctx, ['curl', '-s', 'http://10.96.0.24:80/']);
  assert.is(new TextDecoder().decode(net.calls[before].request), 'GET / HTTP/1.1\r\nHost: 10.96.0.24\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n');
  assert.is(net.calls[before].connectTimeoutMs, 127_000);
});

t('curlimages/curl says its own version', () => {
  const r = curl(toolContext('curlimages/curl:8.11.0', net, 'gnu'), ['curl', '-sv', 'http://10.96.0.24']);
  assert.ok(r.stderr.includes('> User-Agent: curl/8.11.0\r\n'), r.stderr);
});

t.run();
