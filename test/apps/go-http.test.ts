// Go net/http server behaviour shared by agnhost and http-echo: request checks (Host, syntax),
// the head's field order, sniffed Content-Type, HEAD and Connection: close.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { goServe, sniffContentType } from '../../dataplane/apps/go-http.js';
import { bytes, curlGet, NOW, split, text } from './support.js';

const t = suite('go-http');
const serve = (req: Uint8Array, body = 'hi', headers: [string, string][] = []) => text(goServe(req, NOW, () => ({ headers, body })));

t('handler headers sorted, then Date, Content-Length, Content-Type', () => {
  const r = serve(curlGet(), 'hi', [['X-B', '2'], ['X-A', '1']]);
  assert.is(r, 'HTTP/1.1 200 OK\r\nX-A: 1\r\nX-B: 2\r\nDate: Wed, 01 May 2024 10:00:05 GMT\r\nContent-Length: 2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhi');
});

t('HTTP/1.1 without Host: 400 with the reason in the status line', () => {
  assert.is(serve(bytes('GET / HTTP/1.1\r\n\r\n')), 'HTTP/1.1 400 Bad Request: missing required Host header\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n400 Bad Request: missing required Host header');
});

t('a request line that does not parse: 400 and close', () => {
  assert.ok(serve(bytes('HELLO\r\n\r\n')).startsWith('HTTP/1.1 400 Bad Request\r\n'));
});

t('Connection: close is answered in kind; HTTP/1.0 closes silently', () => {
  assert.ok(split(goServe(bytes('GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'), NOW, () => ({ body: 'x' }))).head.endsWith('Connection: close\r\n'));
  assert.not.ok(serve(bytes('GET / HTTP/1.0\r\n\r\n')).includes('Connection'));
});

t('HEAD: Content-Length of what the handler wrote, no body', () => {
  const { head, body } = split(goServe(curlGet('/', 'HEAD'), NOW, () => ({ body: 'hello' })));
  assert.ok(head.includes('Content-Length: 5\r\n'));
  assert.is(body, '');
});

const sniffs = [
  { name: 'text', body: 'web-0', type: 'text/plain; charset=utf-8' },
  { name: 'json is text', body: '{"status":"ok"}\n', type: 'text/plain; charset=utf-8' },
  { name: 'an html anchor', body: '<a href="/x">Found</a>.\n\n', type: 'text/html; charset=utf-8' },
  { name: 'html after spaces', body: '  <html><body>', type: 'text/html; charset=utf-8' },
  { name: 'binary', body: 'a\x00b', type: 'application/octet-stream' },
];
for (const s of sniffs) t(`sniff: ${s.name}`, () => assert.is(sniffContentType(bytes(s.body)), s.type));

t.run();
