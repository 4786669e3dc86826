import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkListenAddress, ListenError, parseDnsListen } from '../../daemon/config/listen.js';

const t = suite('listener flags');

const accepted = [
  { name: 'IPv4 loopback', in: '127.0.0.1:50051', want: { host: '127.0.0.1', port: 50051, address: '127.0.0.1:50051' } },
  { name: 'anywhere in 127/8', in: '127.1.2.3:1', want: { host: '127.1.2.3', port: 1, address: '127.1.2.3:1' } },
  { name: 'IPv6 loopback', in: '[::1]:50051', want: { host: '::1', port: 50051, address: '[::1]:50051' } },
  { name: 'IPv6 loopback written long', in: '[0:0::1]:0', want: { host: '0:0::1', port: 0, address: '[0:0::1]:0' } },
  { name: 'localhost', in: 'localhost:50051', want: { host: 'localhost', port: 50051, address: 'localhost:50051' } },
];
for (const c of accepted) t(`--listen accepts ${c.name}`, () => assert.equal(checkListenAddress(c.in), c.want));

const LOOPBACK = 'only loopback addresses are allowed until TLS and token authentication exist';
const refused = [
  { name: 'all interfaces', in: '0.0.0.0:50051', want: `--listen 0.0.0.0:50051 refused: ${LOOPBACK}` },
  { name: 'an empty host (all interfaces)', in: ':50051', want: `--listen :50051 refused: ${LOOPBACK}` },
  { name: 'IPv6 any', in: '[::]:50051', want: `--listen [::]:50051 refused: ${LOOPBACK}` },
  { name: 'a LAN address', in: '192.168.1.5:50051', want: `--listen 192.168.1.5:50051 refused: ${LOOPBACK}` },
  { name: 'a host name', in: 'example.com:50051', want: `--listen example.com:50051 refused: ${LOOPBACK}` },
  { name: 'IPv4-mapped loopback', in: '[::ffff:127.0.0.1]:1', want: `--listen [::ffff:127.0.0.1]:1 refused: ${LOOPBACK}` },
  { name: 'a lenient 127 form', in: '127.1:50051', want: `--listen 127.1:50051 refused: ${LOOPBACK}` },
  { name: 'no port', in: '127.0.0.1', want: '--listen "127.0.0.1": expected HOST:PORT, e.g. 127.0.0.1:50051 or [::1]:50051' },
  { name: 'bare IPv6', in: '::1:50051', want: '--listen "::1:50051": expected HOST:PORT, e.g. 127.0.0.1:50051 or [::1]:50051' },
  { name: 'port too high', in: '127.0.0.1:65536', want: '--listen 127.0.0.1:65536: port must be between 0 and 65535' },
];
for (const c of refused) {
  t(`--listen refuses ${c.name}`, () => {
    assert.throws(() => checkListenAddress(c.in), (e: unknown) => e instanceof ListenError && e.message === c.want);
  });
}

t('--dns-listen forms', () => {
  assert.is(parseDnsListen('off'), undefined);
  assert.equal(parseDnsListen('127.0.0.1:10053'), { host: '127.0.0.1', port: 10053, address: '127.0.0.1:10053' });
  assert.equal(parseDnsListen(':0'), { host: '127.0.0.1', port: 0, address: '127.0.0.1:0' });
  assert.equal(parseDnsListen('localhost:53'), { host: '127.0.0.1', port: 53, address: '127.0.0.1:53' });
  assert.equal(parseDnsListen('[::1]:10053'), { host: '::1', port: 10053, address: '[::1]:10053' });
  assert.throws(() => parseDnsListen('0.0.0.0:53'), (e: unknown) => e instanceof ListenError &&
    e.message === '--dns-listen 0.0.0.0:53 refused: only loopback addresses are allowed');
  assert.throws(() => parseDnsListen('on'), (e: unknown) => e instanceof ListenError &&
    e.message === '--dns-listen "on": expected HOST:PORT, e.g. 127.0.0.1:50051 or [::1]:50051');
});

t.run();
