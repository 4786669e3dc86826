import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Bitmap, FlatBitmap, type BitSet } from '../../daemon/ipam/bitmap.js';

const t = suite('ipam/bitmap');

const impls: { name: string; make: (n: number) => BitSet }[] = [
  { name: 'Bitmap', make: (n) => new Bitmap(n) },
  { name: 'FlatBitmap', make: (n) => new FlatBitmap(n) },
];

const sizes = [
  { name: 'one bit', size: 1 },
  { name: 'partial word', size: 31 },
  { name: 'one word', size: 32 },
  { name: 'word plus one', size: 33 },
  { name: 'one full summary word', size: 1024 },
  { name: 'summary word plus one', size: 1025 },
  { name: 'three summary levels', size: 32 * 32 * 32 + 7 },
  { name: 'a /16 of ClusterIPs', size: 65534 },
];

for (const impl of impls) {
  for (const c of sizes) {
    t(`${impl.name} ${c.name}: fills in order from 0, then reports full`, () => {
      const bm = impl.make(c.size);
      for (let i = 0; i < c.size; i++) {
        const f = bm.nextFree(0);
        assert.is(f, i);
        assert.ok(bm.set(f));
      }
      assert.is(bm.count, c.size);
      assert.is(bm.nextFree(0), -1);
      assert.is(bm.nextFree(c.size - 1), -1);
    });

    t(`${impl.name} ${c.name}: the one free bit is found from anywhere (wrap-around)`, () => {
      const bm = impl.make(c.size);
      for (let i = 0; i < c.size; i++) bm.set(i);
      const hole = Math.floor(c.size / 2);
      assert.ok(bm.clear(hole));
      for (const from of [0, hole, hole + 1, c.size - 1, -5, c.size + 10]) assert.is(bm.nextFree(from), hole, `from ${from}`);
      assert.ok(bm.set(hole));
      assert.is(bm.nextFree(0), -1);
    });
  }

  t(`${impl.name} set and clear report changes and keep count`, () => {
    const bm = impl.make(100);
    assert.ok(bm.set(5));
    assert.not.ok(bm.set(5));
    assert.is(bm.count, 1);
    assert.ok(bm.has(5));
    assert.ok(bm.clear(5));
    assert.not.ok(bm.clear(5));                   // releasing a free bit is a no-op (k8s Release)
    assert.is(bm.count, 0);
    assert.not.ok(bm.has(5));
  });

  t(`${impl.name} nextFree scans forward from the cursor, not from 0`, () => {
    const bm = impl.make(200);
    for (const i of [10, 11, 12, 100]) bm.set(i);
    assert.is(bm.nextFree(10), 13);
    assert.is(bm.nextFree(100), 101);
    assert.is(bm.nextFree(150), 150);
    for (let i = 150; i < 200; i++) bm.set(i);
    assert.is(bm.nextFree(150), 0);               // wraps to the start
  });

  t(`${impl.name} rejects indexes outside the set`, () => {
    const bm = impl.make(64);
    assert.throws(() => bm.set(64), /outside bitmap/);
    assert.throws(() => bm.has(-1), /outside bitmap/);
    assert.throws(() => bm.clear(1.5), /outside bitmap/);
  });

  t(`${impl.name} of size 0 is always full`, () => {
    const bm = impl.make(0);
    assert.is(bm.nextFree(0), -1);
    assert.is(bm.count, 0);
  });
}

t('Bitmap summary follows clears of full words at every level', () => {
  const size = 32 * 32 * 32 * 2;
  const bm = new Bitmap(size);
  for (let i = 0; i < size; i++) bm.set(i);
  bm.clear(40_000);
  assert.is(bm.nextFree(0), 40_000);
  assert.is(bm.nextFree(40_001), 40_000);
  bm.set(40_000);
  bm.clear(3);
  assert.is(bm.nextFree(40_001), 3);
});

t.run();
