// nc as a client: netcat-openbsd (Debian 12) and busybox's nc_bloaty over a scripted network of
// dataplane/apps servers; goldens under test/golden/exec/nc/.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ncClientWith } from '../../daemon/exec/commands/nc-client.js';
import { fakeNet, stubLookup, toolContext, transcript } from './app-net.js';
import { assertGolden } from './golden.js';

const t = suite('nc-client');
const net = fakeNet({
  '10.96.0.12 80/TCP': { app: { kind: 'nginx', version: '1.23.2' } },
  '10.96.0.13 8081/UDP': { app: { kind: 'netexec', httpPort: 8080, udpPort: 8081 } },
  '10.96.0.14 9376/TCP': { app: { kind: 'serve-hostname', raw: true } },
  '10.96.0.20 80/TCP': { refused: true },
  '10.96.0.21 80/TCP': { drop: true },
  '10.96.0.26 80/TCP': { icmp: 'host-unreachable' },
});
const nc = ncClientWith(stubLookup({ web: ['10.96.0.12'], dead: ['10.96.0.20'] }));
const debian = (stdin = '') => toolContext('debian:12', net, 'gnu', stdin);
const busybox = (stdin = '') => toolContext('busybox:1.36', net, 'busybox', stdin);

const cases = [
  { name: 'openbsd-zv-ok', ctx: debian(), argv: ['nc', '-zv', '10.96.0.12', '80'] },
  { name: 'openbsd-zv-name', ctx: debian(), argv: ['nc', '-zv', 'web', '80'] },
  { name: 'openbsd-zv-refused', ctx: debian(), argv: ['nc', '-zv', '10.96.0.20', '80'] },
  { name: 'openbsd-zv-refused-name', ctx: debian(), argv: ['nc', '-zv', 'dead', '80'] },
  { name: 'openbsd-z-refused-quiet', ctx: debian(), argv: ['nc', '-z', '10.96.0.20', '80'] },
  { name: 'openbsd-zv-w-timeout', ctx: debian(), argv: ['nc', '-zv', '-w', '2', '10.96.0.21', '80'] },
  { name: 'openbsd-zv-unreachable', ctx: debian(), argv: ['nc', '-zvn', '10.96.0.26', '80'] },
  { name: 'openbsd-zv-range', ctx: debian(), argv: ['nc', '-zv', '10.96.0.12', '79-81'] },
  { name: 'openbsd-unresolved', ctx: debian(), argv: ['nc', '-zv', 'nope', '80'] },
  { name: 'openbsd-http-by-hand', ctx: debian('HEAD / HTTP/1.0\n\n'), argv: ['nc', '10.96.0.12', '80'] },
  { name: 'openbsd-C-crlf', ctx: debian('GET /missing HTTP/1.1\nHost: web\nConnection: close\n\n'), argv: ['nc', '-C', 'web', '80'] },
  { name: 'openbsd-raw-hostname', ctx: debian(), argv: ['nc', '10.96.0.14', '9376'] },
  { name: 'openbsd-udp-w', ctx: debian('hostname'), argv: ['nc', '-u', '-w', '1', '10.96.0.13', '8081'] },
  { name: 'openbsd-udp-runs-on', ctx: debian('echo hi'), argv: ['nc', '-u', '10.96.0.13', '8081'] },
  { name: 'openbsd-zuv', ctx: debian(), argv: ['nc', '-zuv', '10.96.0.13', '8081'] },
  { name: 'openbsd-no-port', ctx: debian(), argv: ['nc', '10.96.0.12'] },
  { name: 'busybox-zv-ok', ctx: busybox(), argv: ['nc', '-zv', '10.96.0.12', '80'] },
  { name: 'busybox-zv-refused', ctx: busybox(), argv: ['nc', '-zv', '10.96.0.20', '80'] },
  { name: 'busybox-zvv-refused', ctx: busybox(), argv: ['nc', '-zvv', 'dead', '80'] },
  { name: 'busybox-w-timeout', ctx: busybox(), argv: ['nc', '-v', '-w', '1', '10.96.0.21', '80'] },
  { name: 'busybox-unresolved', ctx: busybox(), argv: ['nc', 'nope', '80'] },
  { name: 'busybox-http-by-hand', ctx: busybox('GET / HTTP/1.0\r\n\r\n'), argv: ['nc', 'web', '80'] },
];
for (const c of cases) t(c.name, () => assertGolden(`nc/${c.name}`, transcript(c.argv, nc(c.ctx, c.argv))));

t('nc-refused.txt: nc -zv 127.0.0.1 18081', () => {
  const r = nc(debian(), ['nc', '-zv', '127.0.0.1', '18081']);
  assert.equal([r.stdout, r.stderr, r.exitCode], ['', 'nc: connect to 127.0.0.1 port 18081 (tcp) failed: Connection refused\n', 1]);
});

t('-w bounds the connect; without it the kernel\'s 127 s', () => {
  const at = net.calls.length;
  nc(debian(), ['nc', '-zw', '3', '10.96.0.21', '80']);
  nc(debian(), ['nc', '-z', '10.96.0.21', '80']);
  assert.equal(net.calls.slice(at).map((c) => c.connectTimeoutMs), [3000, 127_000]);
});

t.run();
