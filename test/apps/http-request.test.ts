// The servers' request parser: complete, incomplete, empty and bad requests, bare-LF line ends,
// bodies by Content-Length; and a property: it never throws on arbitrary bytes.
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseHttpRequest, targetPath, targetQuery, wantsKeepAlive } from '../../dataplane/apps/http-request.js';
import { bytes } from './support.js';

const t = suite('http-request');

const cases = [
  { name: 'curl GET', req: 'GET / HTTP/1.1\r\nHost: a\r\nAccept: */*\r\n\r\n', kind: 'ok' },
  { name: 'bare LF line ends (printf | nc)', req: 'GET /x HTTP/1.0\n\n', kind: 'ok' },
  { name: 'leading empty lines are skipped', req: '\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n', kind: 'ok' },
  { name: 'nothing sent (nc -z)', req: '', kind: 'empty' },
  { name: 'head not finished', req: 'GET / HTTP/1.1\r\nHost: a\r\n', kind: 'incomplete' },
  { name: 'body shorter than Content-Length', req: 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 9\r\n\r\nabc', kind: 'incomplete' },
  { name: 'garbage line', req: 'hello there\r\n', kind: 'bad' },
  { name: 'HTTP/2.0 is not 1.x', req: 'GET / HTTP/2.0\r\n\r\n', kind: 'bad' },
  { name: 'a header without colon', req: 'GET / HTTP/1.1\r\nHost a\r\n\r\n', kind: 'bad' },
  { name: 'a negative Content-Length', req: 'GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n', kind: 'bad' },
];
for (const c of cases) t(c.name, () => assert.is(parseHttpRequest(bytes(c.req)).kind, c.kind));

t('fields of a POST', () => {
  const r = parseHttpRequest(bytes('POST /echo?msg=a HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabcdef'));
  assert.is(r.kind, 'ok');
  if (r.kind !== 'ok') return;
  assert.is(r.request.method, 'POST');
  assert.is(targetPath(r.request.target), '/echo');
  assert.is(targetQuery(r.request.target), 'msg=a');
  assert.equal(Array.from(r.request.body), [97, 98, 99]);
  assert.is(wantsKeepAlive(r.request), false);
});

t('property: arbitrary bytes never throw', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => { parseHttpRequest(b); }), { seed: 4242, numRuns: 2000 });
});

t.run();
