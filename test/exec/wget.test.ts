// wget over a scripted network of dataplane/apps servers: busybox's applet and GNU Wget 1.21.3,
// one golden transcript per case (test/golden/exec/wget/), and the requests each sends.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { busyboxProgress, smartUlltoa5 } from '../../daemon/exec/commands/wget-busybox.js';
import { dotProgress, retrRate } from '../../daemon/exec/commands/wget-dots.js';
import { wgetWith } from '../../daemon/exec/commands/wget-run.js';
import { fakeNet, stubLookup, toolContext, transcript } from './app-net.js';
import { assertGolden } from './golden.js';

const t = suite('wget');
const NGINX = { app: { kind: 'nginx' as const, version: '1.23.2' } };
const net = fakeNet({
  '10.96.0.12 80/TCP': NGINX,
  'fd00:10:96::12 80/TCP': NGINX,
  '10.96.0.13 8080/TCP': { app: { kind: 'netexec', httpPort: 8080, udpPort: 8081 } },
  '10.96.0.20 80/TCP': { refused: true },
  '10.96.0.21 80/TCP': { drop: true },
  '10.96.0.24 80/TCP': { bare: true },
  '10.96.0.26 80/TCP': { icmp: 'host-unreachable' },
  '10.96.0.25 443/TCP': NGINX,
});
const wget = wgetWith(stubLookup({ web: ['10.96.0.12'], dead: ['10.96.0.20'] }));
const busybox = toolContext('busybox:1.36', net, 'busybox');
const debian = toolContext('debian:12', net, 'gnu');

const cases = [
  { name: 'busybox/qO-', ctx: busybox, argv: ['wget', '-qO-', 'http://web'] },
  { name: 'busybox/O-', ctx: busybox, argv: ['wget', '-O-', 'http://10.96.0.12'] },
  { name: 'busybox/save', ctx: busybox, argv: ['wget', 'http://web/index.html'] },
  { name: 'busybox/port-and-path', ctx: busybox, argv: ['wget', '-O', '-', 'http://10.96.0.13:8080/hostname'] },
  { name: 'busybox/ipv6', ctx: busybox, argv: ['wget', '-O-', 'http://[fd00:10:96::12]/'] },
  { name: 'busybox/refused', ctx: busybox, argv: ['wget', '-qO-', 'http://10.96.0.20'] },
  { name: 'busybox/refused-verbose', ctx: busybox, argv: ['wget', '-O-', 'http://dead'] },
  { name: 'busybox/unresolved', ctx: busybox, argv: ['wget', '-qO-', 'http://nope'] },
  { name: 'busybox/404', ctx: busybox, argv: ['wget', '-O-', 'http://web/missing'] },
  { name: 'busybox/timeout-T', ctx: busybox, argv: ['wget', '-T', '2', '-O-', 'http://10.96.0.21'] },
  { name: 'busybox/kernel-timeout', ctx: busybox, argv: ['wget', '-qO-', 'http://10.96.0.21'] },
  { name: 'busybox/empty-reply', ctx: busybox, argv: ['wget', '-qO-', 'http://10.96.0.24'] },
  { name: 'busybox/server-response', ctx: busybox, argv: ['wget', '-S', '-O', '/dev/null', 'http://web'] },
  { name: 'gnu/qO-', ctx: debian, argv: ['wget', '-qO-', 'http://10.96.0.12'] },
  { name: 'gnu/qO-refused', ctx: debian, argv: ['wget', '-qO-', 'http://10.96.0.20'] },
  { name: 'gnu/save', ctx: debian, argv: ['wget', 'http://10.96.0.12/'] },
  { name: 'gnu/O-name', ctx: debian, argv: ['wget', '-O-', 'web'] },
  { name: 'gnu/no-verbose', ctx: debian, argv: ['wget', '-nv', 'http://web/'] },
  { name: 'gnu/refused', ctx: debian, argv: ['wget', 'http://dead/'] },
  { name: 'gnu/unresolved', ctx: debian, argv: ['wget', 'http://nope/'] },
  { name: 'gnu/404', ctx: debian, argv: ['wget', 'http://web/missing'] },
  { name: 'gnu/port-text', ctx: debian, argv: ['wget', '-O-', 'http://10.96.0.13:8080/hostname'] },
  { name: 'gnu/timeout-retries', ctx: debian, argv: ['wget', '-T', '1', '-t', '3', 'http://10.96.0.21/'] },
  { name: 'gnu/no-data-retries', ctx: debian, argv: ['wget', '-t', '2', 'http://10.96.0.24/'] },
  { name: 'gnu/host-unreachable', ctx: debian, argv: ['wget', 'http://10.96.0.26/'] },
  { name: 'gnu/https-no-tls', ctx: debian, argv: ['wget', 'https://10.96.0.25/'] },
  { name: 'busybox/https-no-tls', ctx: busybox, argv: ['wget', '-qO-', 'https://10.96.0.25/'] },
  { name: 'gnu/unknown-option', ctx: debian, argv: ['wget', '--frob', 'http://web/'] },
  { name: 'gnu/missing-url', ctx: debian, argv: ['wget', '-q'] },
];
for (const c of cases) t(c.name, () => assertGolden(`wget/${c.name.replace('/', '-')}`, transcript(c.argv, wget(c.ctx, c.argv))));

t('wget-refused.txt: GNU wget -qO- to a closed port prints nothing and exits 4', () => {
  const r = wget(debian, ['wget', '-qO-', 'http://127.0.0.1:18081/']);
  assert.equal([r.stdout, r.stderr, r.exitCode], ['', '', 4]);
});

t('the requests: busybox closes, GNU keeps alive', () => {
  const at = net.calls.length;
  wget(busybox, ['wget', '-qO-', 'http://10.96.0.13:8080/x?y=1']);
  wget(debian, ['wget', '-qO-', 'http://10.96.0.13:8080/x?y=1']);
  const sent = net.calls.slice(at).map((c) => new TextDecoder().decode(c.request));
  assert.is(sent[0], 'GET /x?y=1 HTTP/1.1\r\nHost: 10.96.0.13:8080\r\nUser-Agent: Wget\r\nConnection: close\r\n\r\n');
  assert.is(sent[1], 'GET /x?y=1 HTTP/1.1\r\nHost: 10.96.0.13:8080\r\nUser-Agent: Wget/1.21.3\r\nAccept: */*\r\nAccept-Encoding: identity\r\nConnection: Keep-Alive\r\n\r\n');
});

t('busybox progress line and its 5-column sizes', () => {
  assert.is(busyboxProgress('-', 615), '-                    100% |********************************|   615  0:00:00 ETA\n');
  assert.is(busyboxProgress('a-very-long-file-name.html', 12), 'a-very-long-file-nam 100% |********************************|    12  0:00:00 ETA\n');
  assert.equal([0, 99999, 100000, 1048576, 123456789].map(smartUlltoa5), ['    0', '99999', '97.6k', '1024k', ' 117M']);
});

t('GNU dots: a sub-K body, a 3K body, rates', () => {
  assert.is(dotProgress(615, 615, 0.00035), `\n     0K${' '.repeat(55)}100% 1.68M=0s\n\n`);
  assert.is(dotProgress(3 * 1024 + 10, 0, 0.002), `\n     0K ...${' '.repeat(51)} 1.47M=0.002s\n\n`);
  assert.is(retrRate(615, 0.00035), '1.68 MB/s');
  assert.is(retrRate(100, 1), '100 B/s');
});

t.run();
