// The three one-answer apps: hashicorp/http-echo, agnhost serve-hostname (HTTP and raw modes)
// and busybox httpd without files.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { respond } from '../../dataplane/apps/index.js';
import { assertAppGolden } from './golden.js';
import { bytes, CTX, curlGet, split, text } from './support.js';

const t = suite('small-apps');

t('http-echo -text=hello (golden)', () => {
  assertAppGolden('http-echo-get', respond({ kind: 'http-echo', text: 'hello', version: '1.0.0' }, 'TCP', curlGet(), CTX)!);
});

t('http-echo /health and -status-code', () => {
  assert.is(split(respond({ kind: 'http-echo', text: 'x' }, 'TCP', curlGet('/health'), CTX)).body, '{"status":"ok"}\n');
  const teapot = split(respond({ kind: 'http-echo', text: 'x', status: 418 }, 'TCP', curlGet('/any'), CTX));
  assert.ok(teapot.head.startsWith("HTTP/1.1 418 I'm a teapot\r\nX-App-Name: http-echo\r\nX-App-Version: 1.0.0\r\n"));
  assert.is(teapot.body, 'x\n');
});

t('serve-hostname over HTTP, with --close', () => {
  assert.is(split(respond({ kind: 'serve-hostname' }, 'TCP', curlGet(), CTX)).body, 'web-0');
  const closing = split(respond({ kind: 'serve-hostname', close: true }, 'TCP', curlGet(), CTX)).head;
  assert.ok(closing.startsWith('HTTP/1.1 200 OK\r\nConnection: close\r\nDate: '), closing);
  assert.is(respond({ kind: 'serve-hostname' }, 'UDP', bytes('x'), CTX), undefined);
});

t('serve-hostname raw: the hostname on any connection or datagram', () => {
  assert.is(text(respond({ kind: 'serve-hostname', raw: true }, 'TCP', new Uint8Array(0), CTX)), 'web-0');
  assert.is(text(respond({ kind: 'serve-hostname', raw: true }, 'UDP', bytes('?'), CTX)), 'web-0');
});

t('busybox httpd: its 404 page, no Content-Length (golden)', () => {
  assertAppGolden('busybox-httpd-404', respond({ kind: 'busybox-httpd' }, 'TCP', curlGet(), CTX)!);
});

t.run();
