import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hostVethIndex, linkLocalFromMac, nodeInterfaces, podInterfaces, sortRoutes, type Route } from '../../daemon/kubelet/netif.js';
import { CONTROL, pod, WORKER, WORKER2 } from './fixtures.js';

const t = suite('netif');

const eth0 = (ns: ReturnType<typeof podInterfaces>) => ns.interfaces.find((i) => i.name === 'eth0')!;
const routeText = (r: Route) => `${r.dst}/${r.prefixLength}${r.via ? ` via ${r.via}` : ''} ${r.dev}`;

const macCases = [
  { name: 'dual-stack: MAC from the IPv4 (GenerateHardwareAddr4)', ips: ['10.244.1.5', 'fd00:10:244:1::5'], mac: '0a:58:0a:f4:01:05', ll: 'fe80::858:aff:fef4:105' },
  { name: 'IPv6 first still uses the IPv4', ips: ['fd00:10:244:1::9', '10.244.1.9'], mac: '0a:58:0a:f4:01:09', ll: 'fe80::858:aff:fef4:109' },
  { name: 'IPv6-only: last four bytes (ovn-kubernetes)', ips: ['fd00:10:244:1::a:5'], mac: '0a:58:00:0a:00:05', ll: 'fe80::858:ff:fe0a:5' },
];
for (const c of macCases) {
  t(c.name, () => {
    const e = eth0(podInterfaces(pod('p', 'busybox', c.ips), WORKER));
    assert.is(e.mac, c.mac);
    assert.equal(e.addresses.filter((a) => a.scope === 'link').map((a) => a.address), [c.ll]);
  });
}

t('EUI-64 flips the universal/local bit', () => {
  assert.is(linkLocalFromMac('02:42:ac:12:00:02'), 'fe80::42:acff:fe12:2');
  assert.is(linkLocalFromMac('0a:58:0a:f4:00:01'), 'fe80::858:aff:fef4:1');
});

t('addresses use the podCIDR prefix, IPv4 before IPv6, global before link', () => {
  const e = eth0(podInterfaces(pod('p', 'busybox', ['fd00:10:244:1::5', '10.244.1.5']), WORKER));
  assert.equal(e.addresses.map((a) => `${a.address}/${a.prefixLength} ${a.scope}${a.broadcast ? ` brd ${a.broadcast}` : ''}`), [
    '10.244.1.5/24 global brd 10.244.1.255', 'fd00:10:244:1::5/64 global', 'fe80::858:aff:fef4:105/64 link',
  ]);
});

t('peer ifindex follows the IP offset, first pod at 3', () => {
  assert.is(hostVethIndex(pod('a', 'busybox', ['10.244.1.2']), WORKER), 3);
  assert.is(eth0(podInterfaces(pod('b', 'busybox', ['10.244.1.9']), WORKER)).peer?.index, 10);
  assert.is(hostVethIndex(pod('c', 'busybox', ['fd00:10:244:1::4']), WORKER), 5);
});

t('ptp routes, IPv4 then IPv6 in dump order', () => {
  const ns = podInterfaces(pod('p', 'busybox', ['10.244.1.5', 'fd00:10:244:1::5']), WORKER);
  assert.equal(ns.routes.map(routeText), [
    '0.0.0.0/0 via 10.244.1.1 eth0', '10.244.1.0/24 via 10.244.1.1 eth0', '10.244.1.1/32 eth0',
    '::1/128 lo', 'fd00:10:244:1::1/128 eth0', 'fd00:10:244:1::/64 via fd00:10:244:1::1 eth0', 'fe80::/64 eth0',
    '::/0 via fd00:10:244:1::1 eth0',
    'ff00::/8 eth0',                         // local table, after main
  ]);
});

t('a node without podCIDRs falls back to /24 and /64 around the pod IP', () => {
  const bare = { ...WORKER, spec: {} };
  const e = eth0(podInterfaces(pod('p', 'busybox', ['10.9.8.7', 'fd00::7']), bare));
  assert.equal(e.addresses.filter((a) => a.scope === 'global').map((a) => a.prefixLength), [24, 64]);
});

t('hostNetwork pods see the node namespace', () => {
  const p = pod('h', 'busybox', ['172.18.0.3']);
  p.spec.hostNetwork = true;
  assert.equal(podInterfaces(p, WORKER).interfaces.map((i) => i.name), ['lo', 'eth0']);
  assert.is(eth0(podInterfaces(p, WORKER)).mac, '02:42:ac:12:00:03');
});

t('node: one veth per local pod, routes to peers and pods', () => {
  const pods = [pod('b', 'busybox', ['10.244.1.9', 'fd00:10:244:1::9']), pod('a', 'busybox', ['10.244.1.2', 'fd00:10:244:1::2'])];
  const ns = nodeInterfaces(WORKER, { pods, peers: [CONTROL, WORKER2] });
  assert.equal(ns.interfaces.map((i) => `${i.index}:${i.name.startsWith('veth') ? 'veth' : i.name}@${i.peer?.index ?? '-'}`), ['1:lo@-', '2:eth0@8', '3:veth@2', '10:veth@2']);
  const v4 = ns.routes.filter((r) => r.family === 'IPv4').map(routeText);
  assert.equal(v4.map((s) => s.replace(/veth[0-9a-f]{8}/, 'vethX')), [
    '0.0.0.0/0 via 172.18.0.1 eth0', '10.244.0.0/24 via 172.18.0.2 eth0', '10.244.1.2/32 vethX', '10.244.1.9/32 vethX',
    '10.244.2.0/24 via 172.18.0.4 eth0', '172.18.0.0/16 eth0',
  ]);
  const gw = ns.interfaces[2].addresses.filter((a) => a.scope === 'global').map((a) => `${a.address}/${a.prefixLength}`);
  assert.equal(gw, ['10.244.1.1/32', 'fd00:10:244:1::1/128']);
});

// ---- dump order against an explicit radix-tree walk ----------------------------------------

interface Trie { zero?: Trie; one?: Trie; routes: Route[] }

function bitsOf(r: Route): number[] {
  const groups = r.dst.split('::')[0].split(':').filter(Boolean).map((g) => parseInt(g, 16));
  const bits: number[] = [];
  for (let i = 0; i < r.prefixLength; i++) bits.push(((groups[i >> 4] ?? 0) >> (15 - (i & 15))) & 1);
  return bits;
}

/** fib6_walk: left subtree, right subtree, then the node's own routes. */
function postOrder(routes: Route[]): Route[] {
  const root: Trie = { routes: [] };
  for (const r of routes) {
    let n = root;
    for (const b of bitsOf(r)) n = b ? (n.one ??= { routes: [] }) : (n.zero ??= { routes: [] });
    n.routes.push(r);
  }
  const out: Route[] = [];
  const walk = (n?: Trie) => { if (!n) return; walk(n.zero); walk(n.one); out.push(...n.routes); };
  walk(root);
  return out;
}

// Prefixes built from the first 48 bits so nesting happens often.
const v6Route = fc.tuple(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 48 })).map(([g, h, len]): Route => {
  const keep = (v: number, bits: number) => (bits <= 0 ? 0 : bits >= 16 ? v : v & (0xffff << (16 - bits)) & 0xffff);
  const dst = `${keep(g, len).toString(16)}:${keep(h, len - 16).toString(16)}::`;
  return { family: 'IPv6', dst, prefixLength: len, dev: 'eth0', metric: 1024 };
});

t('IPv6 order equals a post-order walk of the radix tree', () => {
  fc.assert(fc.property(fc.uniqueArray(v6Route, { selector: (r) => `${r.dst}/${r.prefixLength}`, maxLength: 12 }), (routes) => {
    assert.equal(sortRoutes(routes).map(routeText), postOrder(routes).map(routeText));
  }), { seed: 20240501, numRuns: 300 });
});

t('IPv4 order: ascending key, longer prefix first', () => {
  const r = (dst: string, len: number): Route => ({ family: 'IPv4', dst, prefixLength: len, dev: 'eth0' });
  const sorted = sortRoutes([r('10.0.0.0', 8), r('0.0.0.0', 0), r('10.0.0.0', 16), r('9.255.0.0', 16)]);
  assert.equal(sorted.map(routeText), ['0.0.0.0/0 eth0', '9.255.0.0/16 eth0', '10.0.0.0/16 eth0', '10.0.0.0/8 eth0']);
});

t.run();
