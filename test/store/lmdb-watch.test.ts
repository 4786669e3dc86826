// lmdb store watch: live events after durability, op order, kind filter, replay from the
// history ring, ExpiredError, throwing listeners, and history after reopen.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ExpiredError } from '../../daemon/domain/errors.js';
import { openLmdbStore, type LmdbStore, type LmdbStoreOptions } from '../../daemon/store/lmdb.js';
import type { WatchEvent } from '../../daemon/store/store.js';
import { node, pod, tempDir } from './fixtures.js';

const t = suite('lmdb store watch');

async function withStore(fn: (s: LmdbStore, dir: string) => Promise<void>, opts?: LmdbStoreOptions): Promise<void> {
  const { dir, cleanup } = tempDir('watch');
  const s = await openLmdbStore(dir, opts);
  try { await fn(s, dir); } finally { await s.close(); cleanup(); }
}

const brief = (e: WatchEvent) => `${e.revision} ${e.type} ${e.object.kind}/${e.object.metadata.name}@${e.object.metadata.resourceVersion}`;

t('live events arrive once durable, before the commit resolves, in op order', () => withStore(async (s) => {
  const got: string[] = [];
  s.watch('*', 0, (e) => got.push(brief(e)));
  const pending = s.commit([{ op: 'put', object: pod('default', 'a') }, { op: 'put', object: node('n1') }]);
  assert.equal(got, [], 'nothing before the write is durable');
  await pending;
  assert.equal(got, ['1 ADDED Pod/a@1', '1 ADDED Node/n1@1']);
  await s.commit([{ op: 'put', object: pod('default', 'a'), expectVersion: '1' }]);
  await s.commit([{ op: 'delete', key: { kind: 'Pod', namespace: 'default', name: 'a' } }]);
  assert.equal(got.slice(2), ['2 MODIFIED Pod/a@2', '3 DELETED Pod/a@3']);
}));

t('a kind watch sees only its kind', () => withStore(async (s) => {
  const pods: string[] = [];
  s.watch('Pod', 0, (e) => pods.push(brief(e)));
  await s.commit([{ op: 'put', object: node('n1') }, { op: 'put', object: pod('default', 'a') }]);
  assert.equal(pods, ['1 ADDED Pod/a@1']);
}));

t('replay from a revision, then live events, without gaps or repeats', () => withStore(async (s) => {
  for (let i = 0; i < 5; i++) await s.commit([{ op: 'put', object: pod('default', `p${i}`) }]);
  const got: number[] = [];
  s.watch('Pod', 2, (e) => got.push(e.revision));
  assert.equal(got, [3, 4, 5], 'replayed synchronously');
  await s.commit([{ op: 'put', object: pod('default', 'p5') }]);
  assert.equal(got, [3, 4, 5, 6]);
}));

t('watching from the in-memory revision skips commits still in flight', () => withStore(async (s) => {
  const inFlight = s.commit([{ op: 'put', object: pod('default', 'a') }]);
  const got: number[] = [];
  s.watch('Pod', s.revision, (e) => got.push(e.revision));
  await inFlight;
  await s.commit([{ op: 'put', object: pod('default', 'b') }]);
  assert.equal(got, [2]);
}));

t('history older than the ring is Expired with the apiserver wording', () => withStore(async (s) => {
  for (let i = 0; i < 5; i++) await s.commit([{ op: 'put', object: pod('default', `p${i}`) }]);
  assert.is(s.oldestRevision, 3);
  try {
    s.watch('Pod', 1, () => {});
    assert.unreachable('must throw');
  } catch (e) {
    assert.instance(e, ExpiredError);
    assert.is((e as Error).message, 'too old resource version: 1 (2)');
  }
  const got: number[] = [];
  s.watch('Pod', 2, (e) => got.push(e.revision));
  assert.equal(got, [3, 4, 5]);
}, { historySize: 3 }));

t('a commit only partly kept in the ring is no longer replayable', () => withStore(async (s) => {
  await s.commit([{ op: 'put', object: pod('default', 'a') }]);
  await s.commit([{ op: 'put', object: pod('default', 'b') }, { op: 'put', object: pod('default', 'c') }]);
  await s.commit([{ op: 'put', object: pod('default', 'd') }]);
  assert.is(s.oldestRevision, 2);
  await s.commit([{ op: 'put', object: pod('default', 'e') }]);   // evicts Pod/b, half of revision 2
  assert.is(s.oldestRevision, 3);
  assert.throws(() => s.watch('*', 1, () => {}), (e: unknown) => e instanceof ExpiredError && e.message === 'too old resource version: 1 (2)');
  const got: string[] = [];
  s.watch('*', 2, (e) => got.push(brief(e)));
  assert.equal(got, ['3 ADDED Pod/d@3', '4 ADDED Pod/e@4']);
}, { historySize: 3 }));

t('a throwing listener breaks neither the store nor other watchers', () => withStore(async (s) => {
  let calls = 0;
  const got: number[] = [];
  s.watch('*', 0, () => { calls++; throw new Error('listener bug'); });
  s.watch('*', 0, (e) => got.push(e.revision));
  await s.commit([{ op: 'put', object: pod('default', 'a') }]);
  await s.commit([{ op: 'put', object: pod('default', 'b') }]);
  assert.is(calls, 2);
  assert.equal(got, [1, 2]);
}));

t('stop ends delivery, also from inside a listener', () => withStore(async (s) => {
  const got: number[] = [];
  const stop = s.watch('*', 0, (e) => { got.push(e.revision); stop(); });
  await s.commit([{ op: 'put', object: pod('default', 'a') }, { op: 'put', object: pod('default', 'b') }]);
  await s.commit([{ op: 'put', object: pod('default', 'c') }]);
  assert.equal(got, [1]);
}));

t('after reopen the ring starts empty at the stored revision', () => withStore(async (s, dir) => {
  for (let i = 0; i < 3; i++) await s.commit([{ op: 'put', object: pod('default', `p${i}`) }]);
  await s.close();
  const again = await openLmdbStore(dir);
  try {
    assert.is(again.oldestRevision, 4);
    assert.throws(() => again.watch('Pod', 2, () => {}), (e: unknown) => (e as Error).message === 'too old resource version: 2 (3)');
    const got: number[] = [];
    again.watch('Pod', 3, (e) => got.push(e.revision));
    await again.commit([{ op: 'put', object: pod('default', 'p3') }]);
    assert.equal(got, [4]);
  } finally { await again.close(); }
}));

t.run();
