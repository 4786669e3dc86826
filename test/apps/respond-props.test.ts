// Properties of respond() over every app kind (style.md "parsers never throw on arbitrary
// bytes"): never throws, HEAD is GET without its body, and the AppSpec key round-trips.
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { appFromKey, appKey, respond, type AppSpec } from '../../dataplane/apps/index.js';
import { bytes, CTX, split } from './support.js';

const t = suite('respond-props');

const APPS: AppSpec[] = [
  { kind: 'nginx', version: '1.23.2' }, { kind: 'nginx', version: '1.19.10' }, { kind: 'httpd', version: '2.4.62' },
  { kind: 'netexec', httpPort: 8080, udpPort: 8081 }, { kind: 'serve-hostname' }, { kind: 'serve-hostname', raw: true, close: true },
  { kind: 'http-echo', text: 'héllo', version: '0.2.3', status: 201 }, { kind: 'busybox-httpd' },
];

const requestish = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc.tuple(fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'x'), fc.string({ maxLength: 30 }), fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/9'), fc.string({ maxLength: 40 }))
    .map(([m, p, v, h]) => bytes(`${m} /${p} ${v}\r\nHost: a\r\n${h}\r\n\r\n`)),
);

t('respond never throws, on either protocol', () => {
  fc.assert(fc.property(fc.constantFrom(...APPS), fc.constantFrom('TCP' as const, 'UDP' as const), requestish, (app, proto, req) => {
    const r = respond(app, proto, req, CTX);
    assert.ok(r === undefined || r instanceof Uint8Array);
  }), { seed: 7, numRuns: 3000 });
});

t('HEAD answers GET\'s head with no body', () => {
  const httpApps = APPS.filter((a) => a.kind !== 'busybox-httpd' && !(a.kind === 'serve-hostname' && a.raw));
  fc.assert(fc.property(fc.constantFrom(...httpApps), fc.stringMatching(/^\/[a-z/?=&]{0,12}$/), (app, path) => {
    const get = split(respond(app, 'TCP', bytes(`GET ${path} HTTP/1.1\r\nHost: a\r\n\r\n`), CTX));
    const head = split(respond(app, 'TCP', bytes(`HEAD ${path} HTTP/1.1\r\nHost: a\r\n\r\n`), CTX));
    assert.is(head.head, get.head);
    assert.is(head.body, '');
  }), { seed: 11, numRuns: 300 });
});

t('appKey / appFromKey round-trip; junk keys are undefined', () => {
  for (const app of APPS) assert.equal(appFromKey(appKey(app)), app);
  assert.is(appKey({ kind: 'nginx', version: '1.23.2' }), '{"kind":"nginx","version":"1.23.2"}');
  for (const junk of ['', 'nginx', '{"kind":"nginx"}', '{"kind":"ftp"}', '[1]', 'null']) assert.is(appFromKey(junk), undefined, junk);
});

t.run();
