// Tests tables/lpm.ts (and lpm-build.ts through it): table-driven longest-prefix cases per family,
// build errors, node shapes (run, full, path-compressed) against a naive scan, memory budget.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Lpm4, Lpm6 } from '../../dataplane/tables/lpm.js';
import { benchLpm } from '../../dataplane/tables/lpm-bench.js';
import { ipv6Word, parseCidr, parseIpv4, parseIpv6 } from '../../dataplane/wire/ip.js';

const t = suite('tables/lpm');

const v4 = (s: string): number => parseIpv4(s)!;
const v6 = (s: string): Uint8Array => parseIpv6(s)!;
function r4(cidr: string, value: number): [number, number, number] {
  const c = parseCidr(cidr)!;
  if (c.family !== 'IPv4') throw new Error(cidr);
  return [c.network, c.prefix, value];
}
function r6(cidr: string, value: number): [Uint8Array, number, number] {
  const c = parseCidr(cidr)!;
  if (c.family !== 'IPv6') throw new Error(cidr);
  return [c.network, c.prefix, value];
}

/** smoltcp route.rs oracle: the longest containing prefix; ties go to the last inserted. */
function naive4(routes: readonly (readonly [number, number, number])[], a: number): number {
  let best = -1, bestLen = -1;
  for (const [net, len, v] of routes) {
    const m = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
    if (((a & m) >>> 0) === ((net & m) >>> 0) && len >= bestLen) { best = v; bestLen = len; }
  }
  return best;
}

interface Case4 { name: string; routes: [number, number, number][]; size: number; expect: [string, number][] }
const CASES4: Case4[] = [
  { name: 'empty table', routes: [], size: 0, expect: [['0.0.0.0', -1], ['10.1.2.3', -1], ['255.255.255.255', -1]] },
  { name: 'default route only', routes: [r4('0.0.0.0/0', 7)], size: 1, expect: [['0.0.0.0', 7], ['10.1.2.3', 7], ['255.255.255.255', 7]] },
  { name: '/32 host route', routes: [r4('10.1.2.3/32', 4)], size: 1, expect: [['10.1.2.3', 4], ['10.1.2.2', -1], ['10.1.2.4', -1], ['10.1.3.3', -1]] },
  {
    name: 'nested /0 /8 /16 /24 /25', size: 5,
    routes: [r4('10.1.2.128/25', 5), r4('0.0.0.0/0', 1), r4('10.1.0.0/16', 3), r4('10.0.0.0/8', 2), r4('10.1.2.0/24', 4)],
    expect: [['9.255.255.255', 1], ['10.0.0.1', 2], ['10.1.0.1', 3], ['10.1.2.1', 4], ['10.1.2.127', 4], ['10.1.2.128', 5], ['10.1.2.255', 5], ['10.1.3.0', 3], ['10.2.0.0', 2], ['11.0.0.0', 1]],
  },
  { name: '/31 point-to-point', routes: [r4('192.168.0.0/31', 9)], size: 1, expect: [['192.168.0.0', 9], ['192.168.0.1', 9], ['192.168.0.2', -1], ['192.167.255.255', -1]] },
  {
    name: 'edges of the address space', size: 4,
    routes: [r4('0.0.0.0/32', 1), r4('255.255.255.255/32', 2), r4('0.0.0.0/1', 3), r4('128.0.0.0/1', 4)],
    expect: [['0.0.0.0', 1], ['0.0.0.1', 3], ['127.255.255.255', 3], ['128.0.0.0', 4], ['255.255.255.254', 4], ['255.255.255.255', 2]],
  },
  {
    name: 'later duplicates win', size: 2,
    routes: [r4('10.0.0.0/8', 1), r4('10.1.1.0/24', 2), r4('10.0.0.0/8', 3), r4('10.1.1.0/24', 4)],
    expect: [['10.9.9.9', 3], ['10.1.1.1', 4]],
  },
  {
    name: 'around the 16-bit first stride', size: 3,
    routes: [r4('172.16.0.0/15', 1), r4('172.16.0.0/16', 2), r4('172.17.128.0/17', 3)],
    expect: [['172.16.5.5', 2], ['172.17.5.5', 1], ['172.17.128.1', 3], ['172.17.255.255', 3], ['172.18.0.0', -1], ['172.15.255.255', -1]],
  },
  {
    name: 'host bits in the network are ignored', size: 1,
    routes: [[v4('10.1.2.3'), 24, 6]],
    expect: [['10.1.2.0', 6], ['10.1.2.255', 6], ['10.1.3.0', -1]],
  },
  {
    name: 'a /32 under an exact /24 under a /8 (path compression across a changed default)', size: 3,
    routes: [r4('10.0.0.0/8', 1), r4('10.1.2.0/24', 5), r4('10.1.2.3/32', 6)],
    expect: [['10.1.2.3', 6], ['10.1.2.4', 5], ['10.1.3.0', 1], ['10.1.2.2', 5], ['11.1.2.3', -1]],
  },
  {
    name: 'a /28 and a /32 in one /16 (a run node below the root)', size: 3,
    routes: [r4('10.1.2.16/28', 1), r4('10.1.7.9/32', 2), r4('10.1.2.0/26', 3)],
    expect: [['10.1.2.15', 3], ['10.1.2.16', 1], ['10.1.2.31', 1], ['10.1.2.32', 3], ['10.1.2.64', -1], ['10.1.7.9', 2], ['10.1.7.8', -1]],
  },
];

for (const c of CASES4) {
  t(`IPv4: ${c.name}`, () => {
    const lpm = Lpm4.build(c.routes);
    assert.is(lpm.size, c.size, 'size');
    for (const [addr, want] of c.expect) {
      assert.is(lpm.lookup(v4(addr)), want, addr);
      assert.is(naive4(c.routes, v4(addr)), want, `oracle ${addr}`);
    }
  });
}

t('IPv4: an int32 bit pattern looks up like its u32', () => {
  const lpm = Lpm4.build([r4('255.255.255.0/24', 3), r4('128.0.0.0/1', 1)]);
  assert.is(lpm.lookup(-1), 3);
  assert.is(lpm.lookup(0x8000_0000 | 0), 1);
});

t('IPv4: dense nodes (full nodes) agree with the naive scan over a whole /16', () => {
  const routes: [number, number, number][] = [r4('10.0.0.0/16', 0)];
  for (let x = 0; x < 256; x += 3) routes.push([v4(`10.0.${x}.0`), 24, x + 1]);
  for (let x = 0; x < 256; x += 5) routes.push([v4(`10.0.7.${x}`), 32, 1000 + x], [v4(`10.0.9.${x}`), 30, 2000 + x]);
  const lpm = Lpm4.build(routes), base = v4('10.0.0.0');
  for (let i = 0; i < 65536; i++) if (lpm.lookup(base + i) !== naive4(routes, base + i)) assert.unreachable(`10.0.${i >> 8}.${i & 255}`);
});

interface Case6 { name: string; routes: [Uint8Array, number, number][]; size: number; expect: [string, number][] }
const CASES6: Case6[] = [
  { name: 'empty table', routes: [], size: 0, expect: [['::', -1], ['fd00::1', -1], ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', -1]] },
  { name: 'default route only', routes: [r6('::/0', 7)], size: 1, expect: [['::', 7], ['fd00::1', 7], ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 7]] },
  { name: '/128 host route', routes: [r6('fd00:10::5/128', 4)], size: 1, expect: [['fd00:10::5', 4], ['fd00:10::4', -1], ['fd00:10::6', -1], ['fd00:11::5', -1]] },
  {
    name: 'nested /0 /8 /48 /64 /112', size: 5,
    routes: [r6('fd00:10:0:1::/112', 5), r6('::/0', 1), r6('fd00:10::/48', 3), r6('fd00::/8', 2), r6('fd00:10:0:1::/64', 4)],
    expect: [['fc00::1', 1], ['fd01::1', 2], ['fd00:10::1', 3], ['fd00:10:0:1::1:1', 4], ['fd00:10:0:1::ffff', 5], ['fd00:10:0:2::', 3], ['fd00:11::', 2], ['fe00::', 1]],
  },
  { name: '/127 point-to-point', routes: [r6('2001:db8::/127', 9)], size: 1, expect: [['2001:db8::', 9], ['2001:db8::1', 9], ['2001:db8::2', -1]] },
  {
    name: 'edges of the address space', size: 3,
    routes: [r6('::/128', 1), r6('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128', 2), r6('8000::/1', 3)],
    expect: [['::', 1], ['::1', -1], ['8000::', 3], ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe', 3], ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 2]],
  },
  { name: 'later duplicates win', size: 1, routes: [r6('fd00::/64', 1), r6('fd00::/64', 2)], expect: [['fd00::9', 2]] },
  {
    name: 'around the 16-bit first stride', size: 3,
    routes: [r6('fd00::/15', 1), r6('fd00::/16', 2), r6('fd01:8000::/17', 3)],
    expect: [['fd00::1', 2], ['fd01::1', 1], ['fd01:8000::1', 3], ['fd02::', -1], ['fcff::', -1]],
  },
];

for (const c of CASES6) {
  t(`IPv6: ${c.name}`, () => {
    const lpm = Lpm6.build(c.routes);
    assert.is(lpm.size, c.size, 'size');
    const buf = new Uint8Array(40).fill(0xa5);
    for (const [addr, want] of c.expect) {
      const a = v6(addr);
      assert.is(lpm.lookup(a, 0), want, addr);
      buf.set(a, 24);                                   // the IPv6 destination offset
      assert.is(lpm.lookup(buf, 24), want, `${addr} at offset 24`);
      assert.is(lpm.lookupWords(ipv6Word(a, 0), ipv6Word(a, 1), ipv6Word(a, 2), ipv6Word(a, 3)), want, `${addr} as words`);
    }
  });
}

interface BadCase { name: string; build: () => unknown; message: RegExp }
const BAD: BadCase[] = [
  { name: 'negative value', build: () => Lpm4.build([[0, 0, -1]]), message: /route 0: value -1 outside 0\.\.16777215/ },
  { name: 'value 2^24', build: () => Lpm4.build([r4('10.0.0.0/8', 1), [0, 0, 1 << 24]]), message: /route 1: value 16777216/ },
  { name: 'fractional value', build: () => Lpm6.build([[new Uint8Array(16), 0, 1.5]]), message: /value 1\.5/ },
  { name: 'IPv4 prefix 33', build: () => Lpm4.build([[0, 33, 1]]), message: /prefix length 33 outside 0\.\.32/ },
  { name: 'IPv6 prefix 129', build: () => Lpm6.build([[new Uint8Array(16), 129, 1]]), message: /prefix length 129 outside 0\.\.128/ },
  { name: 'negative prefix', build: () => Lpm4.build([[0, -1, 1]]), message: /prefix length -1/ },
  { name: 'IPv4 network 2^32', build: () => Lpm4.build([[2 ** 32, 8, 1]]), message: /network 4294967296 is not a u32/ },
  { name: 'IPv6 network of 4 bytes', build: () => Lpm6.build([[new Uint8Array(4), 8, 1]]), message: /network is not 16 bytes/ },
];

for (const c of BAD) {
  t(`build throws RangeError: ${c.name}`, () => {
    assert.throws(c.build, (e: unknown) => e instanceof RangeError && c.message.test(e.message));
  });
}

t('values up to 2^24-1 round-trip', () => {
  assert.is(Lpm4.build([[0, 0, 0xff_ffff]]).lookup(5), 0xff_ffff);
  assert.is(Lpm6.build([[new Uint8Array(16), 0, 0]]).lookup(new Uint8Array(16), 0), 0);
});

/** Deterministic u32 stream (mulberry32). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return (x ^ (x >>> 14)) >>> 0;
  };
}

t('memory: 10k random /24../32 and /48../128 routes stay under 64 MiB', () => {
  const r = rng(42), routes4: [number, number, number][] = [], routes6: [Uint8Array, number, number][] = [];
  for (let i = 0; i < 10_000; i++) {
    routes4.push([r(), 24 + (r() % 9), i]);
    const net = new Uint8Array(16);
    for (let j = 0; j < 16; j++) net[j] = r();
    routes6.push([net, 48 + (r() % 81), i]);
  }
  const a = Lpm4.build(routes4), b = Lpm6.build(routes6);
  assert.ok(a.byteLength < 64 * 1024 * 1024, `IPv4 ${a.byteLength} bytes`);
  assert.ok(b.byteLength < 64 * 1024 * 1024, `IPv6 ${b.byteLength} bytes`);
  for (let i = 0; i < 10_000; i += 97) assert.is(a.lookup(routes4[i][0]), naive4(routes4, routes4[i][0]));
});

t('benchLpm reports median rates and ratios from at least 5 A/B rounds (shape only, no timing)', () => {
  const r = benchLpm({ seconds: 0 });
  assert.ok(r.rounds >= 5, `${r.rounds} rounds`);
  for (const f of [r.ipv4, r.ipv6]) {
    assert.ok(f.routes100 > 0 && f.routes10k > 0 && Number.isFinite(f.routes100) && Number.isFinite(f.routes10k));
    assert.ok(f.ratioMin <= f.ratio && f.ratio <= f.ratioMax, JSON.stringify(f));
  }
  assert.ok(Number.isInteger(r.checksum));
});

t.run();
