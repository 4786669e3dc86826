import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { NodePortAllocator, PortAllocatedError, PortNotInRangeError, nodePortBandSize } from '../../daemon/ipam/node-port.js';
import { DomainError, RangeFullError } from '../../daemon/domain/errors.js';
import { Rng } from '../../daemon/sim/rng.js';

const t = suite('ipam/node-port');
const DEFAULT = { base: 30000, size: 2768 };

function drain(a: NodePortAllocator): number[] {
  const out: number[] = [];
  for (;;) {
    try { out.push(a.allocateNext()); } catch (e) {
      if (e instanceof RangeFullError) return out;
      throw e;
    }
  }
}

function throws(f: () => unknown, cls: Function, message: string, code: string): void {
  try { f(); assert.unreachable('expected a throw'); } catch (e) {
    assert.instance(e, cls);
    assert.is((e as Error).message, message);
    assert.is((e as DomainError).code, code);
  }
}

t('band sizes follow min(max(16, size/32), 128), 0 for 16 ports or fewer', () => {
  const cases = [
    { name: 'default 30000-32767', size: 2768, band: 86 },
    { name: '10 ports', size: 10, band: 0 },
    { name: '16 ports', size: 16, band: 0 },
    { name: '17 ports', size: 17, band: 16 },
    { name: '1000 ports', size: 1000, band: 31 },
    { name: 'whole port space', size: 65536, band: 128 },
  ];
  for (const c of cases) assert.is(nodePortBandSize(c.size), c.band, c.name);
});

t('exact errors for taken and out-of-range ports', () => {
  const a = new NodePortAllocator(DEFAULT, new Rng(1));
  a.allocate(30080);
  throws(() => a.allocate(30080), PortAllocatedError, 'provided port is already allocated', 'IP_ALLOCATED');
  const outOfRange = [
    29999, // one below the base
    32768, // one past the end
    80,    // a well-known port
  ];
  for (const p of outOfRange) {
    throws(() => a.allocate(p), PortNotInRangeError,
      'provided port is not in the valid range. The range of valid ports is 30000-32767', 'IP_NOT_IN_RANGE');
  }
  assert.is(a.used, 1);
});

t('dynamic ports start in the upper band (30086-32767) while it has room', () => {
  for (const seed of [1, 2, 3]) {
    const a = new NodePortAllocator(DEFAULT, new Rng(seed));
    for (let i = 0; i < 2768 - 86; i++) {
      const p = a.allocateNext();
      assert.ok(p >= 30086 && p <= 32767, `seed ${seed}: ${p} in the static band`);
    }
    const rest = drain(a).sort((x, y) => x - y);
    assert.equal(rest, Array.from({ length: 86 }, (_, i) => 30000 + i));
  }
});

t('a 10-port range: exhaustion, range is full, release and reuse, silent releases', () => {
  const a = new NodePortAllocator({ base: 31000, size: 10 }, new Rng(9));
  const got = drain(a).sort((x, y) => x - y);
  assert.equal(got, Array.from({ length: 10 }, (_, i) => 31000 + i));
  throws(() => a.allocateNext(), RangeFullError, 'range is full', 'RANGE_FULL');
  a.release(31004);
  a.release(31004);           // already free
  a.release(30999);           // out of range
  assert.is(a.free, 1);
  assert.is(a.allocateNext(), 31004);
  assert.ok(a.has(31004));
});

t('same seed, same ports', () => {
  const seq = (seed: number) => { const a = new NodePortAllocator(DEFAULT, new Rng(seed)); return [1, 2, 3].map(() => a.allocateNext()); };
  assert.equal(seq(5), seq(5));
  assert.not.equal(seq(5), seq(6));
});

t.run();
