// nginx responder: the stock welcome page per release line (byte-exact, by SHA-1 of nginx's
// docs/html/index.html), header order and values, error pages, HEAD and connection handling.
import { createHash } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { nginxWelcomePage, respond } from '../../dataplane/apps/index.js';
import { assertAppGolden } from './golden.js';
import { bytes, CTX, curlGet, split } from './support.js';

const t = suite('nginx');
const nginx = (version: string) => ({ kind: 'nginx' as const, version });
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

const pages = [
  { name: 'before dark mode (1.20.2)', version: '1.20.2', sha: '7dd71afcfb14e105e80b0c0d7fce370a28a41f0a', size: 612 },
  { name: 'dark mode from 1.21.2', version: '1.21.2', sha: 'c51a3f0e6de4eb802d5630941c3fd9e1d0efae4b', size: 615 },
  { name: 'the tour image (1.23.2)', version: '1.23.2', sha: 'c51a3f0e6de4eb802d5630941c3fd9e1d0efae4b', size: 615 },
  { name: 'latest of the catalog (1.27.3)', version: '1.27.3', sha: 'c51a3f0e6de4eb802d5630941c3fd9e1d0efae4b', size: 615 },
  { name: 'the 2026 page (1.29.6)', version: '1.29.6', sha: '6c632430469361e39aa0a0a457c9e30d90a5119b', size: 896 },
];
for (const p of pages) {
  t(`welcome page: ${p.name}`, () => {
    const page = nginxWelcomePage(p.version);
    assert.is(page.length, p.size);
    assert.is(sha1(page), p.sha);
  });
}

t('GET / is the full response, byte for byte (golden)', () => {
  assertAppGolden('nginx-1.23.2-get', respond(nginx('1.23.2'), 'TCP', curlGet(), CTX)!);
});

// Last-Modified and ETag as `curl -I` shows them against the official images.
const observed = [
  { version: '1.23.2', lastModified: 'Wed, 19 Oct 2022 07:56:21 GMT', etag: '"634fada5-267"' },
  { version: '1.23.4', lastModified: 'Tue, 28 Mar 2023 15:01:54 GMT', etag: '"64230162-267"' },
  { version: '1.25.3', lastModified: 'Tue, 24 Oct 2023 16:48:50 GMT', etag: '"6537f572-267"' },
  { version: '1.27.3', lastModified: 'Tue, 26 Nov 2024 15:55:00 GMT', etag: '"6745ef54-267"' },
];
for (const o of observed) {
  t(`Last-Modified and ETag of ${o.version}`, () => {
    const { head } = split(respond(nginx(o.version), 'TCP', curlGet(), CTX));
    assert.ok(head.includes(`\r\nLast-Modified: ${o.lastModified}\r\n`), head);
    assert.ok(head.includes(`\r\nETag: ${o.etag}\r\n`), head);
  });
}

t('header order is ngx_http_header_filter\'s', () => {
  const { head } = split(respond(nginx('1.25.5'), 'TCP', curlGet(), CTX));
  const names = head.split('\r\n').slice(1, -1).map((l) => l.split(':')[0]);
  assert.equal(names, ['Server', 'Date', 'Content-Type', 'Content-Length', 'Last-Modified', 'Connection', 'ETag', 'Accept-Ranges']);
  assert.ok(head.includes('Server: nginx/1.25.5\r\nDate: Wed, 01 May 2024 10:00:05 GMT\r\n'));
});

t('404 page (golden) with its 153 bytes', () => {
  const r = respond(nginx('1.23.2'), 'TCP', curlGet('/nope'), CTX)!;
  assertAppGolden('nginx-1.23.2-404', r);
  assert.ok(split(r).head.includes('Content-Length: 153\r\n'));
});

t('HEAD: the GET head without a body', () => {
  const get = split(respond(nginx('1.23.2'), 'TCP', curlGet('/'), CTX));
  const head = split(respond(nginx('1.23.2'), 'TCP', curlGet('/', 'HEAD'), CTX));
  assert.is(head.head, get.head);
  assert.is(head.body, '');
});

const statuses = [
  { name: '/index.html is the same file', req: curlGet('/index.html'), status: 'HTTP/1.1 200 OK' },
  { name: 'a query string is ignored', req: curlGet('/?x=1'), status: 'HTTP/1.1 200 OK' },
  { name: 'PUT on a file', req: curlGet('/', 'PUT'), status: 'HTTP/1.1 405 Not Allowed' },
  { name: 'POST to the page', req: curlGet('/', 'POST'), status: 'HTTP/1.1 405 Not Allowed' },
  { name: 'POST to a missing file', req: curlGet('/missing', 'POST'), status: 'HTTP/1.1 404 Not Found' },
  { name: 'a lower-case method', req: curlGet('/', 'get'), status: 'HTTP/1.1 400 Bad Request' },
  { name: 'HTTP/1.1 without Host', req: bytes('GET / HTTP/1.1\r\n\r\n'), status: 'HTTP/1.1 400 Bad Request' },
  { name: 'HTTP/1.0 without Host is fine', req: bytes('GET / HTTP/1.0\r\n\r\n'), status: 'HTTP/1.1 200 OK' },
];
for (const c of statuses) {
  t(`status: ${c.name}`, () => {
    assert.is(split(respond(nginx('1.23.2'), 'TCP', c.req, CTX)).head.split('\r\n')[0], c.status);
  });
}

t('Connection: keep-alive for curl, close for HTTP/1.0, busybox wget and bad requests', () => {
  const conn = (req: Uint8Array) => /Connection: (\S+)/.exec(split(respond(nginx('1.23.2'), 'TCP', req, CTX)).head)?.[1];
  assert.is(conn(curlGet()), 'keep-alive');
  assert.is(conn(bytes('GET / HTTP/1.0\r\n\r\n')), 'close');
  assert.is(conn(bytes('GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n')), 'keep-alive');
  assert.is(conn(bytes('GET / HTTP/1.1\r\nHost: a\r\nUser-Agent: Wget\r\nConnection: close\r\n\r\n')), 'close');
  assert.is(conn(bytes('GET / HTTP/1.1\r\n\r\n')), 'close');
});

t('nothing, or half a request, gets no answer; UDP has no listener', () => {
  assert.is(respond(nginx('1.23.2'), 'TCP', new Uint8Array(0), CTX)?.length, 0);
  assert.is(respond(nginx('1.23.2'), 'TCP', bytes('GET / HTTP/1.1\r\nHost: a\r\n'), CTX)?.length, 0);
  assert.is(respond(nginx('1.23.2'), 'UDP', curlGet(), CTX), undefined);
});

t.run();
