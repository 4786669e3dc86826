// WatchHistory: the bounded ring, eviction by whole commits, and replay lookup.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { WatchHistory } from '../../daemon/store/history.js';
import type { WatchEvent } from '../../daemon/store/store.js';
import { pod } from './fixtures.js';

const t = suite('watch history');

const ev = (revision: number, name = `p${revision}`): WatchEvent => ({ type: 'ADDED', object: pod('default', name), revision });

const cases = [
  { name: 'empty ring replays nothing after its base', capacity: 4, base: 7, revs: [], oldest: 8, from: 7, want: [] },
  { name: 'not full keeps everything', capacity: 4, base: 0, revs: [1, 2, 3], oldest: 1, from: 1, want: [2, 3] },
  { name: 'full evicts the oldest', capacity: 2, base: 0, revs: [1, 2, 3, 4], oldest: 3, from: 2, want: [3, 4] },
  { name: 'capacity 1', capacity: 1, base: 0, revs: [1, 2], oldest: 2, from: 1, want: [2] },
  { name: 'partly evicted commit is not replayable', capacity: 3, base: 0, revs: [1, 1, 2, 2], oldest: 2, from: 1, want: [2, 2] },
  { name: 'gaps (meta-only commits) are fine', capacity: 3, base: 0, revs: [2, 5, 9], oldest: 1, from: 4, want: [5, 9] },
  { name: 'from beyond the last event', capacity: 3, base: 0, revs: [1, 2], oldest: 1, from: 10, want: [] },
];

for (const c of cases) {
  t(c.name, () => {
    const h = new WatchHistory(c.capacity, c.base);
    c.revs.forEach((r, i) => h.push(ev(r, `p${i}`)));
    assert.is(h.oldestRevision, c.oldest);
    assert.ok(h.canReplayFrom(c.oldest - 1));
    assert.not.ok(h.canReplayFrom(c.oldest - 2));
    assert.equal(h.since(c.from).map((e) => e.revision), c.want);
  });
}

t('wraps around many times', () => {
  const h = new WatchHistory(5, 0);
  for (let r = 1; r <= 103; r++) h.push(ev(r));
  assert.equal(h.since(0).map((e) => e.revision), [99, 100, 101, 102, 103]);
  assert.is(h.oldestRevision, 99);
});

t('refuses a non-positive capacity', () => {
  assert.throws(() => new WatchHistory(0, 0), (e: unknown) => e instanceof RangeError);
});

t.run();
