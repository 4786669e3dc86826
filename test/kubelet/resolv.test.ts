import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Pod, PodSpec } from '../../daemon/domain/types.js';
import {
  kindNodeResolvConf, mergeDnsOptions, parseResolvConf, renderNodeResolvConf, renderResolvConf, type ResolvOptions,
} from '../../daemon/kubelet/resolv.js';

const t = suite('kubelet resolv.conf');
const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), '../golden/resolv');

function golden(file: string, got: string): void {
  const path = join(GOLDEN, file);
  if (process.env.UPDATE_GOLDEN) { mkdirSync(dirname(path), { recursive: true }); writeFileSync(path, got); }
  assert.fixture(got, readFileSync(path, 'utf8'));
}

function pod(spec: Partial<PodSpec>, namespace = 'default'): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod', status: {},
    metadata: { name: 'p', namespace, uid: 'u-1', resourceVersion: '1', creationTimestamp: '2024-01-01T00:00:00Z' },
    spec: { containers: [{ name: 'c', image: 'busybox' }], ...spec },
  };
}

const kind: ResolvOptions = { clusterDomain: 'cluster.local', clusterDNS: ['10.96.0.10'], nodeResolvConf: kindNodeResolvConf() };
const withNodeSearch: ResolvOptions = { ...kind, nodeResolvConf: parseResolvConf('nameserver 192.168.1.1\nsearch example.internal.\noptions rotate\n') };

const goldens: { name: string; file: string; pod: Pod; opts?: ResolvOptions }[] = [
  { name: 'ClusterFirst', file: 'cluster-first.conf', pod: pod({ dnsPolicy: 'ClusterFirst' }) },
  // R7.2: host search domains follow (trailing dot trimmed); host nameservers and options dropped.
  { name: 'ClusterFirst keeps the node search list', file: 'cluster-first-node-search.conf', pod: pod({}), opts: withNodeSearch },
  { name: 'Default is the node file', file: 'default.conf', pod: pod({ dnsPolicy: 'Default' }) },
  // ClusterFirst on the host network behaves as Default.
  { name: 'ClusterFirst with hostNetwork falls back to Default', file: 'default.conf', pod: pod({ hostNetwork: true }) },
  { name: 'ClusterFirstWithHostNet', file: 'cluster-first-with-host-net.conf', pod: pod({ hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet' }, 'kube-system') },
  // The docs' dns-example pod.
  { name: 'None', file: 'none.conf', pod: pod({ dnsPolicy: 'None', dnsConfig: { nameservers: ['192.0.2.1'], searches: ['ns1.svc.cluster-domain.example', 'my.dns.search.suffix'], options: [{ name: 'ndots', value: '2' }, { name: 'edns0' }] } }) },
  // R7.3: appended with duplicates removed; options merged by name, pod value winning.
  { name: 'dnsConfig merge', file: 'dnsconfig-merge.conf', pod: pod({ dnsConfig: { nameservers: ['10.96.0.10', '1.1.1.1'], searches: ['svc.cluster.local', 'foo.example'], options: [{ name: 'ndots', value: '2' }, { name: 'edns0' }] } }) },
  { name: 'nameservers cut to 3', file: 'limits.conf', pod: pod({ dnsConfig: { nameservers: ['1.1.1.1', '8.8.8.8', '9.9.9.9'] } }) },
];
for (const c of goldens) t(c.name, () => golden(c.file, renderResolvConf(c.pod, c.opts ?? kind).text));

t('the kind node file', () => golden('node.conf', renderNodeResolvConf()));

t('the node file parses to the Default base', () => {
  assert.equal(kindNodeResolvConf(), { nameservers: ['172.18.0.1'], searches: [], options: ['edns0', 'trust-ad', 'ndots:0'] });
  assert.equal(kindNodeResolvConf('fc00:f853:ccd:e793::1').nameservers, ['fc00:f853:ccd:e793::1']);
});

t('nameserver limit event (R7.6)', () => {
  const { events } = renderResolvConf(pod({ dnsConfig: { nameservers: ['1.1.1.1', '8.8.8.8', '9.9.9.9'] } }), kind);
  assert.equal(events, [{ type: 'Warning', reason: 'DNSConfigForming', involvedObject: 'Pod',
    message: 'Nameserver limits were exceeded, some nameservers have been omitted, the applied nameserver line is: 10.96.0.10 1.1.1.1 8.8.8.8' }]);
});

t('search limit: 32 paths', () => {
  const searches = Array.from({ length: 31 }, (_, i) => `s${i}.example`);
  const { text, events } = renderResolvConf(pod({ dnsConfig: { searches } }), kind);
  const applied = ['default.svc.cluster.local', 'svc.cluster.local', 'cluster.local', ...searches.slice(0, 29)];
  assert.ok(text.startsWith(`search ${applied.join(' ')}\n`));
  assert.equal(events, [{ type: 'Warning', reason: 'DNSConfigForming', involvedObject: 'Pod',
    message: `Search Line limits were exceeded, some search paths have been omitted, the applied search line is: ${applied.join(' ')}` }]);
});

t('search limit: 2048 characters, cut from the end', () => {
  // 3 cluster domains (57 characters with spaces) + 10 × 230: two must go to fit 2048.
  const searches = Array.from({ length: 10 }, (_, i) => `${String(i).repeat(222)}.example`);
  const { text, events } = renderResolvConf(pod({ dnsConfig: { searches } }), kind);
  const line = text.split('\n')[0].slice('search '.length);
  assert.ok(line.length <= 2048, String(line.length));
  assert.is(line.split(' ').length, 3 + 8);
  assert.is(events.length, 1);
});

t('property: whatever the dnsConfig, the file respects the resolver limits', () => {
  const label = fc.stringMatching(/^[a-z0-9]{1,60}$/);
  fc.assert(fc.property(fc.array(fc.ipV4(), { maxLength: 6 }), fc.array(fc.array(label, { minLength: 1, maxLength: 5 }).map((l) => l.join('.')), { maxLength: 40 }), (ns, searches) => {
    const conf = parseResolvConf(renderResolvConf(pod({ dnsConfig: { nameservers: ns, searches } }), kind).text);
    assert.ok(conf.nameservers.length <= 3);
    assert.ok(conf.searches.length <= 32);
    assert.ok(conf.searches.join(' ').length <= 2048);
    assert.equal(conf.searches.slice(0, 3), ['default.svc.cluster.local', 'svc.cluster.local', 'cluster.local']);
  }), { seed: 4242, numRuns: 200 });
});

t('missing cluster DNS falls back to Default with two events', () => {
  const { text, events } = renderResolvConf(pod({}), { ...kind, clusterDNS: [] });
  assert.is(text, 'nameserver 172.18.0.1\noptions edns0 trust-ad ndots:0\n');
  const msg = 'kubelet does not have ClusterDNS IP configured and cannot create Pod using "ClusterFirst" policy. Falling back to "Default" policy.';
  assert.equal(events, [
    { type: 'Warning', reason: 'MissingClusterDNS', message: msg, involvedObject: 'Node' },
    { type: 'Warning', reason: 'MissingClusterDNS', message: `pod: "p_default(u-1)". ${msg}`, involvedObject: 'Pod' },
  ]);
});

t('dual-stack cluster DNS gives one nameserver line each', () => {
  const { text } = renderResolvConf(pod({}), { ...kind, clusterDNS: ['10.96.0.10', 'fd00:10:96::a'] });
  assert.ok(text.includes('nameserver 10.96.0.10\nnameserver fd00:10:96::a\n'));
});

const merges: { name: string; base: string[]; pod: { name: string; value?: string }[]; want: string[] }[] = [
  { name: 'override in place', base: ['ndots:5', 'edns0'], pod: [{ name: 'ndots', value: '1' }], want: ['ndots:1', 'edns0'] },
  { name: 'new options follow', base: ['ndots:5'], pod: [{ name: 'timeout', value: '2' }, { name: 'rotate' }], want: ['ndots:5', 'timeout:2', 'rotate'] },
  // A value-less pod option clears the value.
  { name: 'clearing a value', base: ['ndots:5'], pod: [{ name: 'ndots' }], want: ['ndots'] },
];
for (const c of merges) t(`options: ${c.name}`, () => assert.equal(mergeDnsOptions(c.base, c.pod), c.want));

t('parse: last search and options win, nameservers accumulate, comments skipped', () => {
  assert.equal(parseResolvConf('# c\nnameserver 1.1.1.1\nsearch a b\nnameserver 2.2.2.2\nsearch c.\noptions x\noptions y z\n'),
    { nameservers: ['1.1.1.1', '2.2.2.2'], searches: ['c'], options: ['y', 'z'] });
});

t.run();
