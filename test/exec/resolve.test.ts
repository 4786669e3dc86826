// resolve.ts: getaddrinfo/getnameinfo over the kubelet hosts file, and glibc's destination order.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { lookupHost, preferIpv4, resolveHost, reverseHost } from '../../daemon/exec/resolve.js';
import { fakeNet, pingContext } from './ping-fake.js';

const t = suite('resolve');

const HOSTS = '\n# Entries added by HostAliases.\n10.244.2.7\tweb-0.nginx.default.svc.cluster.local\tweb-0\nfd00:10:244:2::7\tweb-0.nginx.default.svc.cluster.local\tweb-0\n'
  + '10.1.2.3\tfoo.local\tbar.local\n2001:db8::5\tglobal6\n10.9.9.9\tglobal6\n::1\tlo6\n127.0.0.2\tlo6\n';
const ctx = pingContext('debian:12', { hosts: HOSTS });

const lookups = [
  { name: 'IPv4 literal passes through', host: '10.244.2.7', want: { ok: true, canonical: '10.244.2.7', addresses: ['10.244.2.7'] } },
  { name: 'IPv6 literal is normalised (RFC 5952)', host: 'FD00:10:244:2:0:0:0:7', want: { ok: true, canonical: 'FD00:10:244:2:0:0:0:7', addresses: ['fd00:10:244:2::7'] } },
  { name: 'a literal of the other family', host: '10.244.2.7', family: 'IPv6' as const, want: { ok: false, error: 'EAI_ADDRFAMILY' } },
  { name: 'an alias resolves to the canonical (first) name', host: 'bar.local', want: { ok: true, canonical: 'foo.local', addresses: ['10.1.2.3'] } },
  { name: 'names match case-insensitively', host: 'BAR.Local', want: { ok: true, canonical: 'foo.local', addresses: ['10.1.2.3'] } },
  { name: 'the pod name from the kubelet section', host: 'client', family: 'IPv4' as const, want: { ok: true, canonical: 'client', addresses: ['10.244.1.7'] } },
  { name: 'unknown name', host: 'nope', want: { ok: false, error: 'EAI_NONAME' } },
  { name: 'a name without an address of the family asked', host: 'bar.local', family: 'IPv6' as const, want: { ok: false, error: 'EAI_NONAME' } },
  { name: 'comments are not names', host: 'Entries', want: { ok: false, error: 'EAI_NONAME' } },
];

for (const c of lookups) t(`lookupHost: ${c.name}`, () => assert.equal(lookupHost(ctx, c.host, c.family), c.want));

// glibc rfc3484_sort with the RFC 3484 tables: ULA and global IPv6 (precedence 40) before IPv4
// (::ffff:0:0/96, precedence 10) when the labels of source and destination match; ::1 (50)
// first; an address without a route last.
const orders = [
  { name: 'dual-stack ULA pod: IPv6 first', host: 'web-0', net: fakeNet(), want: ['fd00:10:244:2::7', '10.244.2.7'] },
  { name: 'no IPv6 route (IPv4-only cluster): IPv4 first', host: 'web-0', net: fakeNet({ noRoute: ['fd00:10:244:2::7'] }), want: ['10.244.2.7', 'fd00:10:244:2::7'] },
  { name: 'global IPv6 from a ULA source: labels differ (1 vs 6), IPv4 first', host: 'global6', net: fakeNet(), want: ['10.9.9.9', '2001:db8::5'] },
  { name: 'global IPv6 from a global source: precedence puts it first', host: 'global6', net: fakeNet({}, { v4: '10.244.1.7', v6: '2001:db8::7' }), want: ['2001:db8::5', '10.9.9.9'] },
  { name: 'loopback: ::1 scope matches only with an IPv6 source of the same scope', host: 'lo6', net: fakeNet({}, { v4: '127.0.0.1', v6: '::1' }), want: ['::1', '127.0.0.2'] },
];
for (const c of orders) {
  t(`order: ${c.name}`, () => assert.equal(resolveHost(pingContext('debian:12', { hosts: HOSTS, net: c.net }), c.host), c.want));
}

t('without a dataplane the order is precedence, then file order', () => {
  assert.equal(resolveHost(pingContext('debian:12', { hosts: HOSTS, net: null }), 'web-0'), ['fd00:10:244:2::7', '10.244.2.7']);
});

t('resolveHost filters by family and is empty for unknown names', () => {
  assert.equal(resolveHost(ctx, 'web-0', 'IPv4'), ['10.244.2.7']);
  assert.equal(resolveHost(ctx, 'nope'), []);
});

t('reverseHost: first line with the address, its first name', () => {
  assert.is(reverseHost(ctx, '10.244.2.7'), 'web-0.nginx.default.svc.cluster.local');
  assert.is(reverseHost(ctx, 'fd00:10:244:2:0::7'), 'web-0.nginx.default.svc.cluster.local');
  assert.is(reverseHost(ctx, '10.244.1.7'), 'client');
  assert.is(reverseHost(ctx, '10.0.0.99'), undefined);
  assert.is(reverseHost(ctx, 'not-an-ip'), undefined);
});

t('preferIpv4: busybox and traceroute pick IPv4 when there is one', () => {
  assert.is(preferIpv4(['fd00::1', '10.0.0.1']), '10.0.0.1');
  assert.is(preferIpv4(['fd00::1']), 'fd00::1');
  assert.is(preferIpv4([]), undefined);
});

t.run();
