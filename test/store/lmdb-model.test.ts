// Model-based property (reliability P1): random commits of puts, deletes, conditional writes
// and meta keys against the lmdb store and against a Map model; outcomes, state and revision
// agree after every commit and after a reopen. fast-check, 200 runs, fixed seed.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import type { Pod } from '../../daemon/domain/types.js';
import { openLmdbStore, type LmdbStore } from '../../daemon/store/lmdb.js';
import type { WriteOp } from '../../daemon/store/store.js';
import { pod, tempDir } from './fixtures.js';

const t = suite('lmdb store model');
const SEED = 20240611;

type Version = 'none' | 'create' | 'current' | 'stale';
type Cmd =
  | { t: 'put'; ns: string; name: string; ver: Version; ip: number }
  | { t: 'del'; ns: string; name: string; ver: Version }
  | { t: 'meta'; key: string; value: number | null };

const nsArb = fc.constantFrom('a', 'b');
const nameArb = fc.constantFrom('x', 'y', 'z');
const verArb = fc.constantFrom<Version>('none', 'create', 'current', 'stale');
const cmdArb: fc.Arbitrary<Cmd> = fc.oneof(
  fc.record({ t: fc.constant('put' as const), ns: nsArb, name: nameArb, ver: verArb, ip: fc.integer({ min: 1, max: 254 }) }),
  fc.record({ t: fc.constant('del' as const), ns: nsArb, name: nameArb, ver: verArb }),
  fc.record({ t: fc.constant('meta' as const), key: fc.constantFrom('m1', 'm2'), value: fc.option(fc.integer(), { nil: null }) }),
);
const runArb = fc.array(fc.array(cmdArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 25 });

interface Model { objects: Map<string, { rv: string; ip: string }>; meta: Map<string, number>; revision: number }

/** The outcome the model predicts: the error name, or the next model. */
function modelCommit(m: Model, cmds: Cmd[], ops: WriteOp[]): { error?: string; next?: Model } {
  const next: Model = { objects: new Map(m.objects), meta: new Map(m.meta), revision: m.revision + 1 };
  for (const [i, c] of cmds.entries()) {
    if (c.t === 'meta') { if (c.value === null) next.meta.delete(c.key); else next.meta.set(c.key, c.value); continue; }
    const key = `${c.ns}/${c.name}`, cur = next.objects.get(key), op = ops[i];
    const expect = op.op === 'meta' ? undefined : op.expectVersion;
    if (c.t === 'put') {
      if (expect === '' && cur) return { error: 'AlreadyExistsError' };
      if (expect && !cur) return { error: 'NotFoundError' };
      if (expect && cur!.rv !== expect) return { error: 'ConflictError' };
      next.objects.set(key, { rv: String(next.revision), ip: `10.0.0.${c.ip}` });
    } else {
      if (!cur) return { error: 'NotFoundError' };
      if (expect && cur.rv !== expect) return { error: 'ConflictError' };
      next.objects.delete(key);
    }
  }
  return { next };
}

function toOps(m: Model, cmds: Cmd[]): WriteOp[] {
  return cmds.map((c): WriteOp => {
    if (c.t === 'meta') return { op: 'meta', key: c.key, value: c.value ?? undefined };
    const rv = m.objects.get(`${c.ns}/${c.name}`)?.rv;
    const expectVersion = { none: undefined, create: '', current: rv ?? '1', stale: String(Number(rv ?? 0) + 1000) }[c.ver];
    if (c.t === 'del') return { op: 'delete', key: { kind: 'Pod', namespace: c.ns, name: c.name }, expectVersion: c.ver === 'create' ? undefined : expectVersion };
    return { op: 'put', object: pod(c.ns, c.name, `10.0.0.${c.ip}`), expectVersion };
  });
}

function assertSame(s: LmdbStore, m: Model): void {
  const got = new Map(s.list('Pod').map((p: Pod) => [`${p.metadata.namespace}/${p.metadata.name}`, { rv: p.metadata.resourceVersion, ip: p.status.podIP! }]));
  assert.equal([...got.entries()], [...m.objects.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  for (const k of ['m1', 'm2']) assert.is(s.getMeta(k), m.meta.get(k));
  assert.is(s.revision, m.revision);
}

t('store matches a Map model under random commits, and after reopen', async () => {
  await fc.assert(fc.asyncProperty(runArb, async (run) => {
    const { dir, cleanup } = tempDir('model');
    let s = await openLmdbStore(dir);
    try {
      let m: Model = { objects: new Map(), meta: new Map(), revision: 0 };
      for (const cmds of run) {
        const ops = toOps(m, cmds);
        const want = modelCommit(m, cmds, ops);
        let pending: Promise<unknown> | undefined;
        try { pending = s.commit(ops); } catch (e) { assert.is((e as Error).name, want.error ?? 'no error'); }
        if (pending) { assert.is(want.error, undefined); await pending; m = want.next!; }
        assertSame(s, m);
      }
      await s.close();
      s = await openLmdbStore(dir);
      assertSame(s, m);
    } finally { await s.close(); cleanup(); }
  }), { numRuns: 200, seed: SEED });
});

t.run();
