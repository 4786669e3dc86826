// Properties of tables/lpm.ts: lookups equal smoltcp's naive oracle (route.rs: the containing route
// with the longest prefix, `max_by_key` so ties go to the last inserted) over clustered, nesting
// route sets, and the byte and word forms of an IPv6 lookup agree. Fixed seed; printed on failure.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { Lpm4, Lpm6 } from '../../dataplane/tables/lpm.js';
import { ipv6Word } from '../../dataplane/wire/ip.js';

const t = suite('tables/lpm-props');
const SEED = 20260417;
const RUNS = { seed: SEED, numRuns: 300 };

/** fc.assert with the seed in the failure message (fast-check also prints its replay path). */
function check(p: fc.IProperty<unknown>, params: fc.Parameters<unknown> = RUNS): void {
  try { fc.assert(p, params); } catch (e) { throw new Error(`seed ${params.seed}: ${(e as Error).message}`); }
}

const mask4 = (len: number): number => (len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0);

function naive4(routes: readonly (readonly [number, number, number])[], a: number): number {
  let best = -1, bestLen = -1;
  for (const [net, len, v] of routes) if (((a ^ net) & mask4(len)) === 0 && len >= bestLen) { best = v; bestLen = len; }
  return best;
}

/** Byte j of the mask of a /len. */
const maskByte = (len: number, j: number): number => (0xff00 >> Math.max(0, Math.min(8, len - 8 * j))) & 0xff;

function naive6(routes: readonly (readonly [Uint8Array, number, number])[], a: Uint8Array): number {
  let best = -1, bestLen = -1;
  for (const [net, len, v] of routes) {
    let inside = true;
    for (let j = 0; j < 16 && inside; j++) inside = ((a[j] ^ net[j]) & maskByte(len, j)) === 0;
    if (inside && len >= bestLen) { best = v; bestLen = len; }
  }
  return best;
}

/** Lengths biased to the stride edges, the extremes and everything between. */
const len4 = fc.oneof(fc.constantFrom(0, 32, 8, 15, 16, 17, 23, 24, 25, 31), fc.integer({ min: 0, max: 32 }));
const len6 = fc.oneof(fc.constantFrom(0, 128, 8, 15, 16, 17, 48, 64, 112, 120, 127), fc.integer({ min: 0, max: 128 }));
const value = fc.oneof(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 0xff_ffff }));

/** Routes near a few bases: each network keeps its base's top `keep` bits, so prefixes nest. */
const routes4 = fc.tuple(fc.array(fc.nat({ max: 0xffffffff }), { minLength: 1, maxLength: 4 }),
  fc.array(fc.record({ base: fc.nat(), keep: fc.integer({ min: 0, max: 32 }), noise: fc.nat({ max: 0xffffffff }), len: len4, value }), { maxLength: 120 }))
  .map(([bases, rs]) => rs.map((r): [number, number, number] => {
    const m = mask4(r.keep);
    return [((bases[r.base % bases.length] & m) | (r.noise & ~m)) >>> 0, r.len, r.value];
  }));

/** Addresses: each either random or inside a route (index into the route set, host bits random). */
const probes = fc.array(fc.record({ inside: fc.boolean(), at: fc.nat(), noise: fc.nat({ max: 0xffffffff }) }), { minLength: 1, maxLength: 60 });

t('IPv4 lookup equals the naive longest-match scan', () => {
  check(fc.property(routes4, probes, (routes, ps) => {
    const lpm = Lpm4.build(routes);
    const addrs = [0, 0xffffffff, ...ps.map((p) => {
      if (!p.inside || routes.length === 0) return p.noise;
      const [net, len] = routes[p.at % routes.length];
      return ((net & mask4(len)) | (p.noise & ~mask4(len))) >>> 0;
    })];
    for (const a of addrs) assert.is(lpm.lookup(a), naive4(routes, a), `addr ${a >>> 0}`);
    assert.is(lpm.size, new Set(routes.map(([n, l]) => `${(n & mask4(l)) >>> 0}/${l}`)).size, 'size');
  }));
});

const bytes16 = fc.uint8Array({ minLength: 16, maxLength: 16 });

const routes6 = fc.tuple(fc.array(bytes16, { minLength: 1, maxLength: 4 }),
  fc.array(fc.record({ base: fc.nat(), keep: fc.integer({ min: 0, max: 128 }), noise: bytes16, len: len6, value }), { maxLength: 120 }))
  .map(([bases, rs]) => rs.map((r): [Uint8Array, number, number] => {
    const b = bases[r.base % bases.length], net = new Uint8Array(16);
    for (let j = 0; j < 16; j++) { const m = maskByte(r.keep, j); net[j] = (b[j] & m) | (r.noise[j] & ~m & 0xff); }
    return [net, r.len, r.value];
  }));

const probes6 = fc.array(fc.record({ inside: fc.boolean(), at: fc.nat(), noise: bytes16, off: fc.integer({ min: 1, max: 40 }) }), { minLength: 1, maxLength: 60 });

t('IPv6 lookup equals the naive scan; offsets and words agree', () => {
  check(fc.property(routes6, probes6, (routes, ps) => {
    const lpm = Lpm6.build(routes), buf = new Uint8Array(64);
    for (const p of ps) {
      const a = p.noise.slice();
      if (p.inside && routes.length > 0) {
        const [net, len] = routes[p.at % routes.length];
        for (let j = 0; j < 16; j++) { const m = maskByte(len, j); a[j] = (net[j] & m) | (a[j] & ~m & 0xff); }
      }
      const want = naive6(routes, a);
      assert.is(lpm.lookup(a, 0), want, 'at offset 0');
      buf.fill(0xff); buf.set(a, p.off);
      assert.is(lpm.lookup(buf, p.off), want, `at offset ${p.off}`);
      assert.is(lpm.lookupWords(ipv6Word(a, 0), ipv6Word(a, 1), ipv6Word(a, 2), ipv6Word(a, 3)), want, 'as words');
    }
  }));
});

t('IPv6 edges: :: and all-ones against the naive scan', () => {
  check(fc.property(routes6, (routes) => {
    const lpm = Lpm6.build(routes);
    for (const a of [new Uint8Array(16), new Uint8Array(16).fill(0xff)]) assert.is(lpm.lookup(a, 0), naive6(routes, a));
  }), { seed: SEED + 1, numRuns: 200 });
});

t.run();
