// Apache httpd responder: "It works!" with the image's mtime and ETag, the 404 and 405 pages,
// and ap_set_keepalive's Keep-Alive/Connection headers.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { IT_WORKS, respond } from '../../dataplane/apps/index.js';
import { assertAppGolden } from './golden.js';
import { bytes, CTX, curlGet, split } from './support.js';

const t = suite('httpd');
const httpd = { kind: 'httpd' as const, version: '2.4.62' };

t('GET / (golden): the 45-byte page, mtime Mon, 11 Jun 2007 18:53:14 GMT', () => {
  const r = respond(httpd, 'TCP', curlGet(), CTX)!;
  assertAppGolden('httpd-2.4.62-get', r);
  assert.is(IT_WORKS.length, 45);
  assert.ok(split(r).head.includes('ETag: "2d-432a5e4a73a80"\r\n'));
});

t('404 page (golden)', () => {
  assertAppGolden('httpd-2.4.62-404', respond(httpd, 'TCP', curlGet('/missing'), CTX)!);
});

t('405 for DELETE names the method', () => {
  const { head, body } = split(respond(httpd, 'TCP', curlGet('/', 'DELETE'), CTX));
  assert.ok(head.startsWith('HTTP/1.1 405 Method Not Allowed\r\n'));
  assert.ok(body.includes('<p>The requested method DELETE is not allowed for this URL.</p>'));
});

const connections = [
  { name: 'curl (HTTP/1.1, no Connection): nothing said', req: curlGet(), want: [] as string[] },
  { name: 'GNU wget (Keep-Alive): echoed', req: bytes('GET / HTTP/1.1\r\nHost: a\r\nConnection: Keep-Alive\r\n\r\n'), want: ['Keep-Alive: timeout=5, max=100', 'Connection: Keep-Alive'] },
  { name: 'busybox wget (close)', req: bytes('GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'), want: ['Connection: close'] },
  { name: 'HTTP/1.0 without keep-alive', req: bytes('GET / HTTP/1.0\r\n\r\n'), want: ['Connection: close'] },
];
for (const c of connections) {
  t(`connection headers: ${c.name}`, () => {
    const lines = split(respond(httpd, 'TCP', c.req, CTX)).head.split('\r\n');
    assert.equal(lines.filter((l) => /^(Keep-Alive|Connection):/.test(l)), c.want);
    assert.is(lines[lines.length - 2], 'Content-Type: text/html');
  });
}

t('HEAD keeps Content-Length and drops the body', () => {
  const { head, body } = split(respond(httpd, 'TCP', curlGet('/', 'HEAD'), CTX));
  assert.ok(head.includes('Content-Length: 45\r\n'));
  assert.is(body, '');
});

t('HTTP/1.1 without Host is a 400 that closes', () => {
  const { head } = split(respond(httpd, 'TCP', bytes('GET / HTTP/1.1\r\n\r\n'), CTX));
  assert.ok(head.startsWith('HTTP/1.1 400 Bad Request\r\n'));
  assert.ok(head.includes('Connection: close\r\n'));
});

t.run();
