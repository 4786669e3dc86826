import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Node, Pod, PodSpec } from '../../daemon/domain/types.js';
import { containerHostname, podHostnameAndDomain, renderHosts, renderNodeHosts } from '../../daemon/kubelet/hosts.js';

const t = suite('kubelet hosts');
const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), '../golden/hosts');

function golden(file: string, got: string): void {
  const path = join(GOLDEN, file);
  if (process.env.UPDATE_GOLDEN) { mkdirSync(dirname(path), { recursive: true }); writeFileSync(path, got); }
  assert.fixture(got, readFileSync(path, 'utf8'));
}

function pod(name: string, spec: Partial<PodSpec>, ips: string[], namespace = 'default'): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace, uid: 'u', resourceVersion: '1', creationTimestamp: '2024-01-01T00:00:00Z' },
    spec: { nodeName: 'netsim-worker', containers: [{ name: 'c', image: 'busybox:1.28' }], ...spec },
    status: { phase: 'Running', podIP: ips[0], podIPs: ips.map((ip) => ({ ip })) },
  };
}

const node: Node = {
  apiVersion: 'v1', kind: 'Node', spec: {},
  metadata: { name: 'netsim-worker', uid: 'n', resourceVersion: '1', creationTimestamp: '2024-01-01T00:00:00Z' },
  status: { addresses: [{ type: 'InternalIP', address: '172.18.0.3' }, { type: 'InternalIP', address: 'fc00:f853:ccd:e793::3' }, { type: 'Hostname', address: 'netsim-worker' }] },
};
const opts = { clusterDomain: 'cluster.local', nodeHostsFile: renderNodeHosts(node) };
const DUAL = ['10.244.1.5', 'fd00:10:244:1::5'];

const goldens: { name: string; file: string; pod: Pod }[] = [
  { name: 'single stack', file: 'single-stack.hosts', pod: pod('nginx', {}, ['10.244.1.2']) },
  { name: 'dual stack, one line per pod IP', file: 'dual-stack.hosts', pod: pod('web', {}, DUAL) },
  { name: 'hostname + subdomain gives the FQDN', file: 'subdomain-fqdn.hosts', pod: pod('web-0', { hostname: 'web-0', subdomain: 'web' }, DUAL) },
  // The docs' hostaliases-pod, on a dual-stack cluster.
  { name: 'HostAliases section', file: 'aliases.hosts', pod: pod('hostaliases-pod', { restartPolicy: 'Never', hostAliases: [
    { ip: '127.0.0.1', hostnames: ['foo.local', 'bar.local'] }, { ip: '10.1.2.3', hostnames: ['foo.remote', 'bar.remote'] }] }, ['10.244.1.4', 'fd00:10:244:1::4']) },
  { name: 'hostNetwork copies the node file', file: 'host-network.hosts', pod: pod('agent', { hostNetwork: true, hostAliases: [{ ip: '10.1.2.3', hostnames: ['registry.local'] }] }, ['172.18.0.3', 'fc00:f853:ccd:e793::3']) },
];
for (const c of goldens) t(c.name, () => golden(c.file, renderHosts(c.pod, opts)));

t('a node as Docker writes it (IPv4 first)', () => golden('node.hosts', renderNodeHosts(node)));

t('a node, IPv6-primary, still lists IPv4 first; legacy Docker spelling', () => {
  const v6first: Node = { ...node, status: { addresses: [{ type: 'InternalIP', address: 'fc00::3' }, { type: 'InternalIP', address: '172.18.0.3' }] } };
  const got = renderNodeHosts(v6first, { legacyDocker: true });
  assert.ok(got.includes('fe00::0\tip6-localnet\nff00::0\tip6-mcastprefix\n'));
  assert.ok(got.endsWith('172.18.0.3\tnetsim-worker\nfc00::3\tnetsim-worker\n'));
});

const names: { name: string; pod: Pod; hostname: string; domain: string }[] = [
  { name: 'pod name', pod: pod('nginx', {}, []), hostname: 'nginx', domain: '' },
  { name: 'spec.hostname wins', pod: pod('nginx', { hostname: 'front' }, []), hostname: 'front', domain: '' },
  { name: 'subdomain in another namespace', pod: pod('db-1', { subdomain: 'db' }, [], 'data'), hostname: 'db-1', domain: 'db.data.svc.cluster.local' },
  // Cut to 63 characters, then trailing '-' and '.' stripped.
  { name: 'truncated', pod: pod('a'.repeat(70), {}, []), hostname: 'a'.repeat(63) },
  { name: 'truncated mid-word', pod: pod(`${'a'.repeat(61)}-bc`, {}, []), hostname: `${'a'.repeat(61)}-b` },
  { name: 'truncated then stripped', pod: pod(`${'a'.repeat(61)}.-x`, {}, []), hostname: 'a'.repeat(61) },
].map((c) => ({ domain: '', ...c }));
for (const c of names) t(`hostname: ${c.name}`, () => assert.equal(podHostnameAndDomain(c.pod, 'cluster.local'), { hostname: c.hostname, domain: c.domain }));

t('an invalid hostname fails as the kubelet does', () => {
  assert.throws(() => podHostnameAndDomain(pod('p', { hostname: 'Bad' }, []), 'cluster.local'), /^pod Hostname "Bad" is not a valid DNS label: a lowercase RFC 1123 label/);
});

t('a hostNetwork container sees the node name', () => {
  assert.is(containerHostname(pod('agent', { hostNetwork: true }, [])), 'netsim-worker');
  assert.is(containerHostname(pod('agent', {}, [])), 'agent');
});

t.run();
