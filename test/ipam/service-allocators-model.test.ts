// Model tests for the Service allocators: each against a literal port of upstream's scan over a
// Set (allocator/bitmap.go randomScanStrategyWithOffset) fed by a Rng of the same seed, so the
// two must agree on every address, not only on counts. Fixed fast-check seed, 200 runs.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { ClusterIpAllocator } from '../../daemon/ipam/cluster-ip.js';
import { NodePortAllocator } from '../../daemon/ipam/node-port.js';
import { LoadBalancerPools } from '../../daemon/ipam/lb-pool.js';
import { Rng } from '../../daemon/sim/rng.js';

const t = suite('ipam/service-allocators-model');
const OPTS = { numRuns: 200, seed: 20240611 };

/** The upstream AllocateBit over a Set: random start in [band, max) with wrap, then [0, band). */
function modelNext(used: Set<number>, max: number, band: number, rng: Rng): number {
  if (used.size >= max) return -1;
  const upper = max - band;
  const start = rng.intn(upper);
  for (let i = 0; i < upper; i++) { const at = band + ((start + i) % upper); if (!used.has(at)) return at; }
  const low = rng.intn(band);
  for (let i = 0; i < band; i++) { const at = (low + i) % band; if (!used.has(at)) return at; }
  return -1;
}

type Cmd = { op: 'next' } | { op: 'static'; at: number } | { op: 'release'; at: number } | { op: 'fill'; n: number };
const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 5, arbitrary: fc.constant({ op: 'next' as const }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('static' as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('release' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('fill' as const), n: fc.integer({ min: 1, max: 300 }) }) },
);

interface Subject {
  max: number; band: number;
  next(): number | 'full';
  take(off: number): 'ok' | 'taken' | 'range';
  release(off: number): void;
  used: number;
}

function clusterIpSubject(cidr: string, seed: number): Subject {
  const a = new ClusterIpAllocator(cidr, new Rng(seed));
  const code = (f: () => void): 'ok' | 'taken' | 'range' => {
    try { f(); return 'ok'; } catch (e) { return (e as { code: string }).code === 'IP_ALLOCATED' ? 'taken' : 'range'; }
  };
  return {
    max: a.size, band: a.band,
    next: () => { try { return a.offsetOf(a.allocateNext()); } catch { return 'full'; } },
    take: (off) => code(() => a.allocate(a.addressAt(off))),           // off >= size: broadcast or past the range
    release: (off) => a.release(a.addressAt(off)),
    get used() { return a.used; },
  };
}

function nodePortSubject(size: number, seed: number): Subject {
  const a = new NodePortAllocator({ base: 30000, size }, new Rng(seed));
  const code = (f: () => void): 'ok' | 'taken' | 'range' => {
    try { f(); return 'ok'; } catch (e) { return (e as { code: string }).code === 'IP_ALLOCATED' ? 'taken' : 'range'; }
  };
  return {
    max: size, band: a.band,
    next: () => { try { return a.allocateNext() - 30000; } catch { return 'full'; } },
    take: (off) => code(() => a.allocate(30000 + off)),
    release: (off) => a.release(30000 + off),
    get used() { return a.used; },
  };
}

function runAgainstModel(s: Subject, seed: number, cmds: Cmd[]): void {
  const used = new Set<number>(), rng = new Rng(seed);
  const next = () => {
    const want = modelNext(used, s.max, s.band, rng);
    assert.is(s.next(), want < 0 ? 'full' : want);
    if (want >= 0) used.add(want);
  };
  for (const c of cmds) {
    if (c.op === 'next') next();
    else if (c.op === 'fill') for (let i = 0; i < c.n; i++) next();
    else if (c.op === 'static') {
      const off = c.at % (s.max + 2);                                // a few offsets past the end
      const want = off >= s.max ? 'range' : used.has(off) ? 'taken' : 'ok';
      assert.is(s.take(off), want);
      if (want === 'ok') used.add(off);
    } else if (s.max > 0) {
      const off = c.at % s.max;
      s.release(off);
      used.delete(off);
    }
    assert.is(s.used, used.size);
  }
}

const cidrs = ['10.0.0.0/28', '10.0.0.0/27', '10.0.0.0/24', '10.0.0.0/23', 'fd00::/120', 'fd00::/124', '10.0.0.0/30'];

t('ClusterIpAllocator agrees with the upstream scan, address for address', () => {
  fc.assert(fc.property(fc.constantFrom(...cidrs), fc.nat(), fc.array(cmd, { maxLength: 80 }), (cidr, seed, cmds) => {
    runAgainstModel(clusterIpSubject(cidr, seed), seed, cmds);
  }), OPTS);
});

t('NodePortAllocator agrees with the upstream scan, port for port', () => {
  fc.assert(fc.property(fc.constantFrom(10, 16, 17, 100, 600), fc.nat(), fc.array(cmd, { maxLength: 80 }), (size, seed, cmds) => {
    runAgainstModel(nodePortSubject(size, seed), seed, cmds);
  }), OPTS);
});

t('LoadBalancerPools hand out the lowest free address of the first pool with room', () => {
  const pools = ['10.0.0.10-10.0.0.14', '10.0.1.0/30'];
  const all = ['10.0.0.10', '10.0.0.11', '10.0.0.12', '10.0.0.13', '10.0.0.14', '10.0.1.0', '10.0.1.1', '10.0.1.2', '10.0.1.3'];
  const op = fc.oneof(fc.constant({ op: 'alloc' as const, i: 0 }), fc.record({ op: fc.constant('release' as const), i: fc.nat(all.length - 1) }),
    fc.record({ op: fc.constant('occupy' as const), i: fc.nat(all.length - 1) }));
  fc.assert(fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
    const p = new LoadBalancerPools(pools), used = new Set<string>();
    for (const o of ops) {
      if (o.op === 'alloc') {
        const want = all.find((ip) => !used.has(ip));
        assert.is(p.allocate('IPv4'), want);
        if (want) used.add(want);
      } else if (o.op === 'occupy') {
        assert.is(p.occupy(all[o.i]), !used.has(all[o.i]));
        used.add(all[o.i]);
      } else { p.release(all[o.i]); used.delete(all[o.i]); }
    }
    assert.is(p.usage('IPv4').used, used.size);
  }), OPTS);
});

t.run();
