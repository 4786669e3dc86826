import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CATALOG, resolveImage } from '../../daemon/images/catalog.js';
import { parseImageRef } from '../../daemon/images/image-ref.js';

const refs = suite('parseImageRef');

const refCases = [
  { name: 'bare name', image: 'nginx', want: { repository: 'nginx', tag: 'latest' } },
  { name: 'tag', image: 'nginx:1.23.2', want: { repository: 'nginx', tag: '1.23.2' } },
  { name: 'docker hub library prefix', image: 'docker.io/library/nginx:latest', want: { repository: 'nginx', tag: 'latest' } },
  { name: 'hub user repo', image: 'docker.io/hashicorp/http-echo:1.0', want: { repository: 'hashicorp/http-echo', tag: '1.0' } },
  { name: 'other registry', image: 'registry.k8s.io/e2e-test-images/agnhost:2.39', want: { repository: 'registry.k8s.io/e2e-test-images/agnhost', tag: '2.39' } },
  { name: 'registry port is not a tag', image: 'localhost:5000/app', want: { repository: 'localhost:5000/app', tag: 'latest' } },
  { name: 'digest dropped', image: 'busybox@sha256:' + 'a'.repeat(64), want: { repository: 'busybox', tag: 'latest' } },
  { name: 'tag and digest', image: 'busybox:1.28@sha256:' + 'b'.repeat(64), want: { repository: 'busybox', tag: '1.28' } },
];
for (const c of refCases) refs(c.name, () => assert.equal(parseImageRef(c.image), c.want));
refs.run();

const t = suite('resolveImage');

const cases = [
  { name: 'nginx tag gives the version', image: 'nginx:1.23.2',
    want: { name: 'nginx', family: 'debian', tools: 'gnu', sh: 'dash', version: '1.23.2', longRunning: true, known: true,
      defaultCommand: ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], listens: [{ port: 80, protocol: 'TCP' }] } },
  { name: 'nginx latest is the documented version', image: 'docker.io/library/nginx:latest', want: { name: 'nginx', version: '1.27.3' } },
  { name: 'nginx minor tag is its last patch', image: 'nginx:1.23', want: { version: '1.23.4' } },
  { name: 'nginx alpine variant', image: 'nginx:1.25-alpine', want: { name: 'nginx', family: 'alpine', tools: 'alpine', sh: 'ash', version: '1.25.5' } },
  { name: 'busybox', image: 'busybox', want: { name: 'busybox', family: 'busybox', shell: 'ash', tools: 'busybox', version: '1.36.1', defaultCommand: ['sh'], longRunning: false, listens: [] } },
  { name: 'busybox 1.28', image: 'busybox:1.28', want: { version: '1.28.4' } },
  { name: 'alpine', image: 'alpine:3.19', want: { family: 'alpine', defaultCommand: ['/bin/sh'], version: '3.19' } },
  { name: 'httpd', image: 'httpd:2.4', want: { name: 'httpd', defaultCommand: ['httpd-foreground'], listens: [{ port: 80, protocol: 'TCP' }] } },
  { name: 'centos sh is bash', image: 'centos:7', want: { family: 'centos', sh: 'bash', version: '7.9.2009' } },
  { name: 'debian', image: 'debian', want: { family: 'debian', shell: 'bash', sh: 'dash', defaultCommand: ['bash'], version: '12' } },
  { name: 'ubuntu', image: 'ubuntu:22.04', want: { family: 'ubuntu', defaultCommand: ['/bin/bash'], version: '22.04' } },
  { name: 'coredns', image: 'registry.k8s.io/coredns/coredns:v1.11.1',
    want: { name: 'coredns', shell: 'none', tools: 'none', version: '1.11.1', defaultCommand: ['/coredns'],
      listens: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }, { port: 9153, protocol: 'TCP' }, { port: 8080, protocol: 'TCP' }, { port: 8181, protocol: 'TCP' }] } },
  { name: 'agnhost full name', image: 'registry.k8s.io/e2e-test-images/agnhost:2.39', want: { name: 'agnhost', tools: 'agnhost', version: '2.39', defaultCommand: ['/agnhost'] } },
  { name: 'agnhost short name', image: 'agnhost', want: { name: 'agnhost' } },
  { name: 'http-echo', image: 'hashicorp/http-echo', want: { name: 'http-echo', defaultCommand: ['/http-echo'], longRunning: false } },
  { name: 'unknown image: generic', image: 'ghcr.io/acme/shop:v3', want: { name: 'generic', known: false, family: 'debian', longRunning: true, defaultCommand: [] } },
];

for (const c of cases) {
  t(c.name, () => {
    const p = resolveImage(c.image) as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(c.want)) assert.equal(p[k], v, `${c.image} ${k}`);
    assert.is(p.image, c.image);
  });
}

t('defaultCommand is ENTRYPOINT followed by CMD for every entry', () => {
  for (const e of CATALOG) {
    const p = resolveImage(e.repositories[0]);
    assert.equal(p.defaultCommand, [...e.entrypoint, ...e.cmd], e.name);
  }
});

t('every catalog entry is documented in docs/images.md', async () => {
  const { readFileSync } = await import('node:fs');
  const doc = readFileSync(new URL('../../docs/images.md', import.meta.url), 'utf8');
  for (const e of CATALOG) assert.ok(doc.includes(`| \`${e.name}\``), `docs/images.md lacks ${e.name}`);
});

t.run();
