// agnhost netexec responder: each HTTP endpoint's body and status, Go's headers, and the UDP
// commands of startUDPServer.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { respond } from '../../dataplane/apps/index.js';
import { assertAppGolden } from './golden.js';
import { bytes, CTX, curlGet, split, text } from './support.js';

const t = suite('netexec');
const netexec = { kind: 'netexec' as const, httpPort: 8080, udpPort: 8081 };
const get = (path: string, ctx = CTX, app: typeof netexec = netexec) => split(respond(app, 'TCP', curlGet(path), ctx));
const status = (head: string) => head.split('\r\n')[0];

t('GET /hostname (golden): Go\'s Date, Content-Length, Content-Type', () => {
  assertAppGolden('netexec-hostname', respond(netexec, 'TCP', curlGet('/hostname'), CTX)!);
});

const endpoints = [
  { name: '/hostname', path: '/hostname', body: 'web-0', status: 'HTTP/1.1 200 OK' },
  { name: '/hostName (older handler)', path: '/hostName', body: 'web-0', status: 'HTTP/1.1 200 OK' },
  { name: '/clientip over IPv4', path: '/clientip', body: '10.244.1.5:43210', status: 'HTTP/1.1 200 OK' },
  { name: '/echo?msg=x', path: '/echo?msg=x', body: 'x', status: 'HTTP/1.1 200 OK' },
  { name: '/echo decodes + and %XX', path: '/echo?msg=hello+world%21', body: 'hello world!', status: 'HTTP/1.1 200 OK' },
  { name: '/echo with a code', path: '/echo?msg=gone&code=404', body: 'gone', status: 'HTTP/1.1 404 Not Found' },
  { name: '/echo with a bad code', path: '/echo?msg=x&code=abc', body: 'argument \'code\' must be an integer or empty, got "abc"\n', status: 'HTTP/1.1 200 OK' },
  { name: '/ is the time', path: '/', body: 'NOW: 2024-05-01 10:00:05.123 +0000 UTC m=+5.000000000', status: 'HTTP/1.1 200 OK' },
  { name: 'any other path is the root handler', path: '/foo/bar', body: 'NOW: 2024-05-01 10:00:05.123 +0000 UTC m=+5.000000000', status: 'HTTP/1.1 200 OK' },
  { name: '/healthz with the UDP server up', path: '/healthz', body: '', status: 'HTTP/1.1 200 OK' },
  { name: '/shell is not simulated', path: '/shell?cmd=ls', body: 'netsim: agnhost netexec /shell is not simulated\n', status: 'HTTP/1.1 501 Not Implemented' },
  { name: '/redirect', path: '/redirect?location=/echo%3Fmsg%3Dfoobar&code=307', body: '<a href="/echo?msg=foobar">Temporary Redirect</a>.\n\n', status: 'HTTP/1.1 307 Temporary Redirect' },
];
for (const e of endpoints) {
  t(`endpoint ${e.name}`, () => {
    const r = get(e.path);
    assert.is(status(r.head), e.status);
    assert.is(r.body, e.body);
  });
}

t('/clientip over IPv6 brackets the address', () => {
  assert.is(get('/clientip', { ...CTX, clientAddr: 'fd00:10:244:1::5' }).body, '[fd00:10:244:1::5]:43210');
});

t('/healthz is 412 with --udp-port=-1 (the UDP server never became ready)', () => {
  assert.is(status(get('/healthz', CTX, { ...netexec, udpPort: -1 }).head), 'HTTP/1.1 412 Precondition Failed');
});

t('an empty body has Content-Length: 0 and no Content-Type', () => {
  const { head } = get('/healthz');
  assert.ok(head.includes('Content-Length: 0\r\n'));
  assert.not.ok(head.includes('Content-Type'));
});

t('/redirect sorts the handler headers before Go\'s own', () => {
  const names = get('/redirect?location=/x').head.split('\r\n').slice(1, -1).map((l) => l.split(':')[0]);
  assert.equal(names, ['Content-Type', 'Location', 'Date', 'Content-Length']);
});

const udp = [
  { name: 'hostname', send: 'hostname\n', reply: 'web-0' },
  { name: 'HOSTNAME in capitals, trimmed', send: '  HOSTNAME  ', reply: 'web-0' },
  { name: 'echo (lower-cased, as netexec does)', send: 'echo Hello', reply: 'hello' },
  { name: 'clientip', send: 'clientip', reply: '10.244.1.5:43210' },
  { name: 'an unknown command gets silence', send: 'what', reply: '' },
];
for (const u of udp) {
  t(`UDP ${u.name}`, () => {
    assert.is(text(respond(netexec, 'UDP', bytes(u.send), CTX)), u.reply);
  });
}

t.run();
