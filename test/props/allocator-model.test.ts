// Model tests: each allocator against a Set model under random allocate/occupy/release command
// sequences (performance.md "zero duplicate addresses", style.md "Properties"). Fixed seeds;
// fast-check prints the seed and the shrunk counterexample on failure.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { Bitmap, FlatBitmap } from '../../daemon/ipam/bitmap.js';
import { CidrSet } from '../../daemon/ipam/cidr-set.js';
import { HostLocalFullError, HostLocalRange } from '../../daemon/ipam/host-local.js';
import { NodeIpRange } from '../../daemon/ipam/node-ips.js';
import { parseIpRange } from '../../daemon/ipam/ip-range.js';
import { addrAdd, compareIp, formatCidr, formatIp, parseCidr } from '../../dataplane/wire/ip.js';

const t = suite('props/allocator-model');
const RUNS = { numRuns: 200 };

/** First index in cyclic order from `from` (mod n) for which `free` holds, or -1. */
function cyclicFirst(n: number, from: number, free: (i: number) => boolean): number {
  for (let k = 0; k < n; k++) { const i = (from + k) % n; if (free(i)) return i; }
  return -1;
}

type BitCmd = { op: 'alloc'; at: number } | { op: 'set'; at: number } | { op: 'clear'; at: number } | { op: 'run'; at: number; len: number };
const bitCmd: fc.Arbitrary<BitCmd> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('alloc' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('clear' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('run' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40_000 }) }) },
);
const bitSize = fc.oneof(fc.integer({ min: 1, max: 70 }), fc.integer({ min: 1000, max: 1100 }), fc.integer({ min: 32_760, max: 33_800 }));

t('Bitmap and FlatBitmap match a Set model', () => {
  fc.assert(fc.property(bitSize, fc.array(bitCmd, { maxLength: 120 }), (size, cmds) => {
    const model = new Set<number>(), bms = [new Bitmap(size), new FlatBitmap(size)];
    for (const c of cmds) {
      const at = c.at % size;
      if (c.op === 'alloc') {
        const want = cyclicFirst(size, at, (i) => !model.has(i));
        for (const bm of bms) assert.is(bm.nextFree(at), want);
        if (want >= 0) { model.add(want); for (const bm of bms) assert.ok(bm.set(want)); }
      } else if (c.op === 'set' || c.op === 'clear') {
        const changed = c.op === 'set' ? !model.has(at) : model.has(at);
        if (c.op === 'set') model.add(at); else model.delete(at);
        for (const bm of bms) assert.is(c.op === 'set' ? bm.set(at) : bm.clear(at), changed);
      } else {
        for (let i = at; i < Math.min(size, at + c.len); i++) { model.add(i); for (const bm of bms) bm.set(i); }
      }
      for (const bm of bms) assert.is(bm.count, model.size);
    }
    for (const bm of bms) for (let i = 0; i < size; i++) assert.is(bm.has(i), model.has(i));
  }), { seed: 101, ...RUNS });
});

type RangeCmd = { op: 'alloc' } | { op: 'release' | 'occupy' | 'cursor'; at: number };
const rangeCmd: fc.Arbitrary<RangeCmd> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('alloc' as const) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('release' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('occupy' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cursor' as const), at: fc.nat() }) },
);
const podCidr = fc.constantFrom('10.244.1.0/30', '10.244.1.0/29', '10.244.1.64/27', '10.244.1.0/24', 'fd00:10:244:1::/126', 'fd00:10:244:1::/121', 'fd00:10:244:1::/64');

t('HostLocalRange matches a model: round-robin from lastReserved + 1, gateway never handed out', () => {
  fc.assert(fc.property(podCidr, fc.array(rangeCmd, { maxLength: 150 }), (cidr, cmds) => {
    const r = new HostLocalRange(cidr);
    const ipAt = (off: number) => formatIp(addrAdd(r.rangeStart, off));
    const model = new Set<number>();
    let last = -1;
    for (const c of cmds) {
      if (c.op === 'alloc') {
        const want = cyclicFirst(r.size, last < 0 ? 0 : last + 1, (i) => i !== 0 && !model.has(i));
        if (want < 0) { assert.throws(() => r.allocate(), (e: unknown) => e instanceof HostLocalFullError); continue; }
        assert.is(r.allocate(), ipAt(want));
        model.add(want); last = want;
      } else {
        const off = c.at % r.size;
        if (c.op === 'release') { assert.is(r.release(ipAt(off)), model.delete(off)); }
        else if (c.op === 'occupy') { const fresh = off !== 0 && !model.has(off); assert.is(r.occupy(ipAt(off)), fresh); if (off) model.add(off); }
        else { r.lastReserved = ipAt(off); last = off; }
      }
      assert.is(r.count, model.size);
      assert.is(r.lastReserved, last < 0 ? undefined : ipAt(last));
    }
  }), { seed: 202, ...RUNS });
});

const clusters = fc.constantFrom(
  { cluster: '10.0.0.0/20', mask: 24 }, { cluster: '10.0.0.0/24', mask: 28 }, { cluster: '10.0.0.0/24', mask: 24 },
  { cluster: 'fd00:10:244::/56', mask: 64 }, { cluster: 'fd00:10::/60', mask: 64 },
);

t('CidrSet matches a model: sequential from a rolling cursor that wraps', () => {
  fc.assert(fc.property(clusters, fc.array(rangeCmd, { maxLength: 300 }), (cfg, cmds) => {
    const s = new CidrSet(parseCidr(cfg.cluster)!, cfg.mask);
    const model = new Set<number>();
    let cursor = 0;
    for (const c of cmds) {
      if (c.op === 'alloc') {
        const want = cyclicFirst(s.maxCidrs, cursor, (i) => !model.has(i));
        if (want < 0) { assert.throws(() => s.allocateNext(), /no remaining CIDRs/); continue; }
        assert.is(formatCidr(s.allocateNext()), formatCidr(s.indexToCidr(want)));
        model.add(want); cursor = (want + 1) % s.maxCidrs;
      } else if (c.op !== 'cursor') {
        const i = c.at % s.maxCidrs;
        if (c.op === 'release') { s.release(s.indexToCidr(i)); model.delete(i); }
        else { s.occupy(s.indexToCidr(i)); model.add(i); }
      }
      assert.is(s.allocated, model.size);
    }
  }), { seed: 303, ...RUNS });
});

const nodeSubnets = fc.constantFrom(
  { subnet: '172.18.255.192/26', pool: '172.18.255.200-172.18.255.250' },
  { subnet: '172.18.0.0/28', pool: '172.18.0.4-172.18.0.6' },
  { subnet: 'fc00:f853:ccd:e793::/120', pool: 'fc00:f853:ccd:e793::10/124' },
);

t('NodeIpRange matches a model: lowest free address outside the pools', () => {
  fc.assert(fc.property(nodeSubnets, fc.array(rangeCmd, { maxLength: 150 }), (cfg, cmds) => {
    const r = new NodeIpRange(cfg.subnet, [parseIpRange(cfg.pool)!]);
    const ipAt = (off: number) => formatIp(addrAdd(r.window.start, off));
    const pool = parseIpRange(cfg.pool)!;
    const blocked = new Set<number>([0]);                          // the gateway
    for (let off = 0; off < r.window.size; off++) {
      const a = addrAdd(r.window.start, off);
      if (compareIp(pool.start, a) <= 0 && compareIp(a, pool.end) <= 0) blocked.add(off);
    }
    const model = new Set<number>();
    for (const c of cmds) {
      if (c.op === 'alloc') {
        const want = cyclicFirst(r.window.size, 0, (i) => !blocked.has(i) && !model.has(i));
        if (want < 0) { assert.throws(() => r.allocate(), /No available addresses/); continue; }
        assert.is(r.allocate(), ipAt(want));
        model.add(want);
      } else if (c.op !== 'cursor') {
        const off = c.at % r.window.size;
        const ok = !blocked.has(off) && (c.op === 'release' ? model.has(off) : !model.has(off));
        assert.is(c.op === 'release' ? r.release(ipAt(off)) : r.occupy(ipAt(off)), ok);
        if (ok && c.op === 'release') model.delete(off); else if (ok) model.add(off);
      }
      assert.is(r.count, model.size);
    }
  }), { seed: 404, ...RUNS });
});

t.run();
