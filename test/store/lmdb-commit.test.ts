// lmdb store: CRUD, preconditions and their exact Kubernetes messages, revisions, atomic
// multi-op commits, meta keys, reopen and group commit.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { AlreadyExistsError, BadRequestError, ConflictError, DomainError, NotFoundError } from '../../daemon/domain/errors.js';
import type { Deployment, Resource, StatefulSet } from '../../daemon/domain/types.js';
import { openLmdbStore, type LmdbStore } from '../../daemon/store/lmdb.js';
import type { WriteOp } from '../../daemon/store/store.js';
import { namespace, node, pod, tempDir } from './fixtures.js';

const t = suite('lmdb store commit');

async function withStore(fn: (s: LmdbStore, dir: string) => Promise<void>): Promise<void> {
  const { dir, cleanup } = tempDir('commit');
  const s = await openLmdbStore(dir);
  try { await fn(s, dir); } finally { await s.close(); cleanup(); }
}

const deployment = (name: string) => ({ ...pod('default', name), apiVersion: 'apps/v1', kind: 'Deployment', spec: {}, status: {} }) as unknown as Deployment;
const statefulSet = (name: string) => ({ ...pod('default', name), apiVersion: 'apps/v1', kind: 'StatefulSet', spec: {}, status: {} }) as unknown as StatefulSet;

interface PreconditionCase {
  name: string;
  seed: Resource[];                       // committed first, each at its own revision 1..n
  ops: WriteOp[];
  error?: { type: abstract new (...args: never[]) => DomainError; message: string };
}

const STALE = 'the object has been modified; please apply your changes to the latest version and try again';
const preconditions: PreconditionCase[] = [
  { name: 'create', seed: [], ops: [{ op: 'put', object: pod('default', 'a'), expectVersion: '' }] },
  { name: 'create over existing', seed: [pod('default', 'a')], ops: [{ op: 'put', object: pod('default', 'a'), expectVersion: '' }],
    error: { type: AlreadyExistsError, message: 'pods "a" already exists' } },
  { name: 'same name in another namespace', seed: [pod('default', 'a')], ops: [{ op: 'put', object: pod('other', 'a'), expectVersion: '' }] },
  { name: 'cluster-scoped create over existing', seed: [node('n1')], ops: [{ op: 'put', object: node('n1'), expectVersion: '' }],
    error: { type: AlreadyExistsError, message: 'nodes "n1" already exists' } },
  { name: 'update at the current version', seed: [pod('default', 'a')], ops: [{ op: 'put', object: pod('default', 'a'), expectVersion: '1' }] },
  { name: 'update at a stale version', seed: [pod('default', 'a')], ops: [{ op: 'put', object: pod('default', 'a'), expectVersion: '0' }],
    error: { type: ConflictError, message: `Operation cannot be fulfilled on pods "a": ${STALE}` } },
  { name: 'conditional update of a missing object', seed: [], ops: [{ op: 'put', object: pod('default', 'x'), expectVersion: '3' }],
    error: { type: NotFoundError, message: 'pods "x" not found' } },
  { name: 'unconditional put creates', seed: [], ops: [{ op: 'put', object: namespace('prod') }] },
  { name: 'delete', seed: [pod('default', 'a')], ops: [{ op: 'delete', key: { kind: 'Pod', namespace: 'default', name: 'a' } }] },
  { name: 'delete at the current version', seed: [pod('default', 'a')], ops: [{ op: 'delete', key: { kind: 'Pod', namespace: 'default', name: 'a' }, expectVersion: '1' }] },
  { name: 'delete at a stale version', seed: [pod('default', 'a')], ops: [{ op: 'delete', key: { kind: 'Pod', namespace: 'default', name: 'a' }, expectVersion: '7' }],
    error: { type: ConflictError, message: `Operation cannot be fulfilled on pods "a": ${STALE}` } },
  { name: 'delete of a missing pod', seed: [], ops: [{ op: 'delete', key: { kind: 'Pod', namespace: 'default', name: 'a' } }],
    error: { type: NotFoundError, message: 'pods "a" not found' } },
  { name: 'delete of a missing deployment names its group', seed: [], ops: [{ op: 'delete', key: { kind: 'Deployment', namespace: 'default', name: 'web' } }],
    error: { type: NotFoundError, message: 'deployments.apps "web" not found' } },
  { name: 'create over an existing statefulset names its group', seed: [statefulSet('db')], ops: [{ op: 'put', object: statefulSet('db'), expectVersion: '' }],
    error: { type: AlreadyExistsError, message: 'statefulsets.apps "db" already exists' } },
  { name: 'deployment update', seed: [deployment('web')], ops: [{ op: 'put', object: deployment('web'), expectVersion: '1' }] },
  { name: 'delete then re-create in one commit', seed: [pod('default', 'a')],
    ops: [{ op: 'delete', key: { kind: 'Pod', namespace: 'default', name: 'a' } }, { op: 'put', object: pod('default', 'a'), expectVersion: '' }] },
  { name: 'create twice in one commit', seed: [],
    ops: [{ op: 'put', object: pod('default', 'a'), expectVersion: '' }, { op: 'put', object: pod('default', 'a'), expectVersion: '' }],
    error: { type: AlreadyExistsError, message: 'pods "a" already exists' } },
];

for (const c of preconditions) {
  t(`precondition: ${c.name}`, () => withStore(async (s) => {
    for (const o of c.seed) await s.commit([{ op: 'put', object: o }]);
    const before = s.revision;
    if (!c.error) {
      const res = await s.commit(c.ops);
      assert.is(res.revision, before + 1);
      assert.is(s.revision, before + 1);
      return;
    }
    const want = c.error;
    assert.throws(() => s.commit(c.ops), (e: unknown) => e instanceof want.type && (e as Error).message === want.message);
    assert.is(s.revision, before, 'a refused commit takes no revision');
  }));
}

t('errors carry the ResourceRef', () => withStore(async (s) => {
  try {
    s.commit([{ op: 'delete', key: { kind: 'Pod', namespace: 'ns1', name: 'p' } }]);
    assert.unreachable('must throw');
  } catch (e) {
    assert.instance(e, NotFoundError);
    assert.equal((e as NotFoundError).ref, { kind: 'Pod', resource: 'pods', name: 'p', namespace: 'ns1' });
  }
}));

t('resourceVersion is the decimal commit revision; revisions increase by one', () => withStore(async (s) => {
  const seen: number[] = [];
  for (let i = 0; i < 5; i++) {
    const res = await s.commit([{ op: 'put', object: pod('default', `p${i}`) }, { op: 'put', object: node(`n${i}`) }]);
    seen.push(res.revision);
    assert.is(res.objects[0].metadata.resourceVersion, String(res.revision));
    assert.is(res.objects[1].metadata.resourceVersion, String(res.revision));
    assert.is(s.get('Pod', 'default', `p${i}`)?.metadata.resourceVersion, String(res.revision));
  }
  assert.equal(seen, [1, 2, 3, 4, 5]);
}));

t('the caller\'s object is not changed; stored objects are frozen', () => withStore(async (s) => {
  const p = pod('default', 'a');
  const res = await s.commit([{ op: 'put', object: p }]);
  assert.is(p.metadata.resourceVersion, '');
  const stored = s.get('Pod', 'default', 'a')!;
  assert.ok(Object.isFrozen(stored) && Object.isFrozen(stored.metadata) && Object.isFrozen(stored.spec.containers[0]));
  assert.is(res.objects[0], stored);
}));

t('a delete returns the last state at the delete\'s revision', () => withStore(async (s) => {
  await s.commit([{ op: 'put', object: pod('default', 'a', '10.244.1.5') }]);
  const res = await s.commit([{ op: 'delete', key: { kind: 'Pod', namespace: 'default', name: 'a' } }]);
  assert.is(res.objects[0].metadata.resourceVersion, '2');
  assert.is((res.objects[0] as { status: { podIP?: string } }).status.podIP, '10.244.1.5');
  assert.is(s.get('Pod', 'default', 'a'), undefined);
}));

t('a failing precondition in op 3 leaves ops 1-2 unapplied, in memory and on disk', () => withStore(async (s, dir) => {
  await s.commit([{ op: 'put', object: pod('default', 'taken') }, { op: 'meta', key: 'cursor', value: 1 }]);
  const ops: WriteOp[] = [
    { op: 'put', object: pod('default', 'one'), expectVersion: '' },
    { op: 'meta', key: 'cursor', value: 2 },
    { op: 'put', object: pod('default', 'taken'), expectVersion: '' },
  ];
  assert.throws(() => s.commit(ops), (e: unknown) => e instanceof AlreadyExistsError);
  assert.is(s.get('Pod', 'default', 'one'), undefined);
  assert.is(s.getMeta('cursor'), 1);
  assert.is(s.revision, 1);
  await s.close();
  const again = await openLmdbStore(dir);
  try {
    assert.is(again.get('Pod', 'default', 'one'), undefined);
    assert.is(again.getMeta('cursor'), 1);
    assert.is(again.revision, 1);
  } finally { await again.close(); }
}));

t('list sorts by namespace then name and filters by namespace', () => withStore(async (s) => {
  const names: [string, string][] = [['b', 'x'], ['a-b', 'y'], ['a', 'z'], ['a', 'b'], ['b', 'a']];
  await s.commit(names.map(([ns, n]) => ({ op: 'put', object: pod(ns, n) })));
  const all = s.list('Pod').map((p) => `${p.metadata.namespace}/${p.metadata.name}`);
  assert.equal(all, ['a/b', 'a/z', 'a-b/y', 'b/a', 'b/x']);   // 'a' before 'a-b': namespace, then name
  assert.equal(s.list('Pod', 'a').map((p) => p.metadata.name), ['b', 'z']);
  assert.equal(s.list('Pod', 'none'), []);
  assert.equal(s.list('Node'), []);
  await s.commit([{ op: 'delete', key: { kind: 'Pod', namespace: 'a', name: 'b' } }]);
  assert.equal(s.list('Pod', 'a').map((p) => p.metadata.name), ['z']);
}));

t('cluster-scoped kinds ignore the namespace', () => withStore(async (s) => {
  await s.commit([{ op: 'put', object: { ...node('n1'), metadata: { ...node('n1').metadata, namespace: 'stray' } } }]);
  assert.ok(s.get('Node', undefined, 'n1'));
  assert.ok(s.get('Node', 'anything', 'n1'));
  assert.is(s.list('Node').length, 1);
}));

t('meta keys: set, overwrite, delete with undefined', () => withStore(async (s) => {
  await s.commit([{ op: 'meta', key: 'config', value: { podSubnet: ['10.244.0.0/16'] } }, { op: 'meta', key: 'cursor/v4', value: 7 }]);
  assert.equal(s.getMeta('config'), { podSubnet: ['10.244.0.0/16'] });
  await s.commit([{ op: 'meta', key: 'cursor/v4', value: 8 }]);
  assert.is(s.getMeta('cursor/v4'), 8);
  await s.commit([{ op: 'meta', key: 'cursor/v4', value: undefined }]);
  assert.is(s.getMeta('cursor/v4'), undefined);
  assert.is(s.revision, 3);
}));

t('bad input is refused before anything changes', () => withStore(async (s) => {
  assert.throws(() => s.commit([{ op: 'meta', key: 'n', value: 1n }]), (e: unknown) => e instanceof TypeError);
  assert.throws(() => s.commit([{ op: 'put', object: pod('default', 'x'.repeat(2000)) }]), (e: unknown) => e instanceof BadRequestError);
  assert.throws(() => s.commit([{ op: 'put', object: { ...pod('default', 'a'), kind: 'ConfigMap' } as unknown as Resource }]), (e: unknown) => e instanceof BadRequestError);
  assert.is(s.revision, 0);
  assert.equal((await s.commit([])).revision, 0);
}));

t('reopen sees the same objects, meta and revision', () => withStore(async (s, dir) => {
  await s.commit([{ op: 'put', object: pod('default', 'a', '10.244.1.2') }, { op: 'put', object: node('n1') }]);
  await s.commit([{ op: 'put', object: namespace('prod') }, { op: 'meta', key: 'k', value: ['x'] }]);
  await s.commit([{ op: 'delete', key: { kind: 'Node', name: 'n1' } }]);
  const snapshot = { pods: s.list('Pod'), nodes: s.list('Node'), nss: s.list('Namespace'), meta: s.getMeta('k'), rev: s.revision };
  await s.close();
  const again = await openLmdbStore(dir);
  try {
    assert.equal({ pods: again.list('Pod'), nodes: again.list('Node'), nss: again.list('Namespace'), meta: again.getMeta('k'), rev: again.revision }, snapshot);
    assert.is(again.revision, 3);
    const next = await again.commit([{ op: 'put', object: pod('default', 'b') }]);
    assert.is(next.revision, 4, 'revisions continue after reopen');
  } finally { await again.close(); }
}));

t('1,000 concurrent commits all resolve, in order, and are all present after reopen', () => withStore(async (s, dir) => {
  const results = await Promise.all(Array.from({ length: 1000 }, (_, i) => s.commit([{ op: 'put', object: pod('load', `p${i}`) }, { op: 'meta', key: `m${i % 10}`, value: i }])));
  assert.equal(results.map((r) => r.revision), Array.from({ length: 1000 }, (_, i) => i + 1));
  await s.close();
  const again = await openLmdbStore(dir);
  try {
    assert.is(again.list('Pod', 'load').length, 1000);
    assert.is(again.revision, 1000);
    assert.is(again.getMeta('m9'), 999);
    assert.is(again.get('Pod', 'load', 'p500')?.metadata.resourceVersion, '501');
  } finally { await again.close(); }
}));

t('commits resolve in revision order and memory changes at once', () => withStore(async (s) => {
  const order: number[] = [];
  const a = s.commit([{ op: 'put', object: pod('default', 'a') }]).then((r) => order.push(r.revision));
  assert.ok(s.get('Pod', 'default', 'a'), 'visible before durable');
  const b = s.commit([{ op: 'put', object: pod('default', 'a'), expectVersion: '1' }]).then((r) => order.push(r.revision));
  await Promise.all([a, b]);
  assert.equal(order, [1, 2]);
}));

t('close waits for pending commits; commit after close is refused', async () => {
  const { dir, cleanup } = tempDir('close');
  try {
    const s = await openLmdbStore(dir);
    const pending = s.commit([{ op: 'put', object: pod('default', 'a') }]);
    await s.close();
    assert.is((await pending).revision, 1);
    assert.throws(() => s.commit([{ op: 'put', object: pod('default', 'b') }]), (e: unknown) => (e as DomainError).code === 'NOT_READY');
    const again = await openLmdbStore(dir);
    assert.ok(again.get('Pod', 'default', 'a'));
    await again.close();
  } finally { cleanup(); }
});

t('a write the disk refuses calls onFatal, rejects the commit and refuses later ones', async () => {
  const { dir, cleanup } = tempDir('fatal');
  const fatal: unknown[] = [];
  const s = await openLmdbStore(dir, { onFatal: (e) => fatal.push(e) });
  try {
    await s.commit([{ op: 'put', object: pod('default', 'a') }]);
    // Fault injection: the next lmdb transaction fails as a full or broken disk would.
    const dbs = (s as unknown as { dbs: { objects: { batch: () => Promise<boolean> } } }).dbs;
    const realBatch = dbs.objects.batch;
    dbs.objects.batch = () => Promise.reject(new Error('EIO: i/o error'));
    const failed = s.commit([{ op: 'put', object: pod('default', 'b') }]);
    await failed.then(() => assert.unreachable('must reject'), (e: Error) => assert.is(e.message, 'EIO: i/o error'));
    assert.is(fatal.length, 1);
    assert.throws(() => s.commit([{ op: 'put', object: pod('default', 'c') }]), (e: unknown) => (e as DomainError).code === 'INTERNAL');
    assert.is(fatal.length, 1, 'onFatal is called once');
    dbs.objects.batch = realBatch;
  } finally { await s.close(); cleanup(); }
});

t.run();
