// Conntrack's tables against a Map model: per-family packed keys, the flow index (backward-shift
// deletion), records, expiry and GC, as a map from key to entry with "set overwrites" semantics
// (a reply tuple two flows share belongs to the later one, as with the WordHash it replaces).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { Conntrack, CT_KEY_WIDTH, CtFlag, Rec4, Rec6, REC_STRIDE } from '../../dataplane/tables/conntrack.js';
import { FlowIndex } from '../../dataplane/tables/flow-index.js';

const t = suite('pipeline/conntrack-table');
const SEED = 20261122;

/** A flow key from small numbers, so keys collide often: [ns, proto | v4 bit, ports, src..., dst...]. */
function key(ns: number, v6: boolean, sport: number, src: number, dst: number): Int32Array {
  const k = new Int32Array(CT_KEY_WIDTH);
  k[0] = ns; k[1] = 17 | (v6 ? 0 : 256); k[2] = (sport << 16) | 80;
  k[3] = 0x0af40000 + src; k[7] = 0x0a600000 + dst;
  if (v6) { k[3] = 0xfd000010 | 0; k[6] = src; k[7] = 0xfd000010 | 0; k[10] = dst; }
  return k;
}
const str = (k: Int32Array) => Array.from(k).join(',');
const to = (n: number) => Int32Array.from({ length: 9 }, (_, i) => n * 16 + i);

const op = fc.record({
  kind: fc.constantFrom('insert', 'insert', 'lookup', 'remove', 'gc'),
  v6: fc.boolean(), ns: fc.integer({ min: 0, max: 2 }), sport: fc.integer({ min: 1, max: 6 }),
  src: fc.integer({ min: 0, max: 3 }), dst: fc.integer({ min: 0, max: 3 }), ttl: fc.integer({ min: 1, max: 5 }),
});

t('behaves as a map from key to entry under inserts, lookups, removals, expiry and GC', () => {
  fc.assert(fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
    const ct = new Conntrack(), model = new Map<string, number>();
    let now = 0, n = 0;
    for (const o of ops) {
      now += 0.5;
      const k = key(o.ns, o.v6, o.sport, o.src, o.dst);
      if (o.kind === 'insert') {
        if (ct.lookup(k, 0, now) >= 0) continue; // the pipeline inserts only after a miss
        const back = key(o.ns, o.v6, 1000 + o.sport, o.dst, o.src);
        const e = ct.insert(k, to(n), back, to(n + 1), CtFlag.DNAT, 7, now + o.ttl);
        n += 2;
        model.set(str(k), e); model.set(str(back), ct.peer[e]);
      } else if (o.kind === 'lookup') {
        const e = ct.lookup(k, 0, now), want = model.get(str(k));
        const alive = want !== undefined && ct.expiry[want] >= now;
        if (alive !== (e >= 0) || (alive && e !== want)) return false;
        if (!alive && want !== undefined) { model.delete(str(k)); removePeerKeys(model, ct); }
      } else if (o.kind === 'remove') {
        const e = model.get(str(k));
        if (e === undefined) continue;
        ct.remove(e);
        removePeerKeys(model, ct);
      } else {
        ct.expire(now);
        removePeerKeys(model, ct);
      }
      if (ct.size !== model.size) return false;
    }
    return true;
  }), { seed: SEED, numRuns: 400 });
});

/** Drops model keys whose entry conntrack freed (peer -1): what a removal of either direction does. */
function removePeerKeys(model: Map<string, number>, ct: Conntrack): void {
  for (const [k, e] of model) if (ct.peer[e] === -1) model.delete(k);
}

t('a reply tuple two flows share belongs to the later one; removing the earlier deletes it (a map, as before)', () => {
  for (const v6 of [false, true]) {
    const ct = new Conntrack(), back = key(0, v6, 2000, 9, 1);
    const a = ct.insert(key(0, v6, 1, 1, 9), to(1), back, to(2), CtFlag.DNAT | CtFlag.SNAT, 0, 100);
    const b = ct.insert(key(0, v6, 2, 1, 9), to(3), back, to(4), CtFlag.DNAT | CtFlag.SNAT, 0, 100);
    assert.is(ct.size, 3, 'three keys: two originals, one shared reply');
    assert.is(ct.lookup(back, 0, 0), ct.peer[b]);
    ct.remove(a);
    assert.is(ct.lookup(back, 0, 0), -1, 'the shared key went with the earlier flow');
    assert.is(ct.lookup(key(0, v6, 2, 1, 9), 0, 0), b);
    assert.is(ct.size, 1);
  }
});

t('records hold the packed key, the rewrite and the expiry the hot path reads', () => {
  const ct = new Conntrack();
  for (const v6 of [false, true]) {
    const k = key(3, v6, 5, 1, 2), e = ct.insert(k, to(1), key(3, v6, 9, 2, 1), to(2), CtFlag.DNAT, 0, 42.5);
    const r = ct.rec, o = e * REC_STRIDE, L = v6 ? Rec6 : Rec4;
    assert.is(r[o], (3 << 8) | 17, 'ns << 8 | protocol');
    assert.is(r[o + 1], k[2], 'ports');
    assert.equal(Array.from(r.subarray(o + L.SRC, o + L.SRC + (v6 ? 4 : 1))), Array.from(to(1).subarray(0, v6 ? 4 : 1)));
    assert.equal(Array.from(r.subarray(o + L.DST, o + L.DST + (v6 ? 4 : 1))), Array.from(to(1).subarray(4, v6 ? 8 : 5)));
    assert.is(r[o + L.PORTS], to(1)[8]);
    assert.is(new Float64Array(r.buffer)[(o + L.EXPIRY) >> 1], 42.5);
    assert.is(!!(ct.flags[e] & CtFlag.V6), v6);
    assert.is(ct.lookup(k, 0, 42.5), e, 'alive at its expiry');
    assert.is(ct.lookup(k, 0, 42.6), -1, 'gone after it');
  }
  assert.is(ct.size, 0);
});

t('grows far past its first capacity; GC of every flow leaves short probes and finds each later flow', () => {
  const ct = new Conntrack(), n = 20_000;
  for (let i = 0; i < n; i++) ct.insert(key(i % 3, (i & 1) === 1, 1 + (i % 60000), i, i >> 3), to(i), key(i % 3, (i & 1) === 1, 60001, i >> 3, i), to(i), CtFlag.DNAT, 0, i < n / 2 ? 1 : 100);
  assert.is(ct.size, 2 * n);
  let seen = 0;
  ct.forEach(() => { seen++; });
  assert.is(seen, 2 * n, 'forEach visits every entry once');
  assert.is(ct.expire(50), n / 2, 'the first half expires, one count per flow');
  assert.is(ct.size, n);
  for (let i = 0; i < n; i++) {
    const e = ct.lookup(key(i % 3, (i & 1) === 1, 1 + (i % 60000), i, i >> 3), 0, 50);
    assert.is(e >= 0, i >= n / 2, `flow ${i}`);
  }
});

t('FlowIndex: backward-shift deletion keeps every probe run unbroken (against a model)', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 40 })), { maxLength: 300 }), (ops) => {
    const ix = new FlowIndex(4), live = new Set<number>();
    const hashOf = (e: number) => (e % 5) * 16 + (e & 3); // crowded home slots
    const slotOf = (e: number): number => {
      for (let i = hashOf(e) & ix.mask; ix.slots[2 * i + 1] !== 0; i = (i + 1) & ix.mask) if (ix.entryAt(i) === e) return i;
      return -1;
    };
    for (const [add, e] of ops) {
      if (add && !live.has(e)) { ix.add(hashOf(e), e); live.add(e); } else if (!add && live.has(e)) { ix.kill(slotOf(e)); live.delete(e); }
      if (ix.size !== live.size) return false;
      for (const x of live) if (slotOf(x) < 0) return false;
    }
    return Array.from(ix.entries()).sort((a, b) => a - b).join() === [...live].sort((a, b) => a - b).join();
  }), { seed: SEED, numRuns: 300 });
});

t.run();
