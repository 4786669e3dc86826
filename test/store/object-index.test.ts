// ObjectIndex: sorted listing under interleaved writes, checked against a sort of the live set.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import type { Pod } from '../../daemon/domain/types.js';
import { ObjectIndex } from '../../daemon/store/object-index.js';
import { node, pod } from './fixtures.js';

const t = suite('object index');

t('list equals a sorted scan of the live objects after any writes', () => {
  const step = fc.record({ del: fc.boolean(), ns: fc.constantFrom('a', 'a-b', 'b', ''), name: fc.constantFrom('x', 'y', 'z', 'x-1'), list: fc.boolean() });
  fc.assert(fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
    const idx = new ObjectIndex();
    const model = new Map<string, [string, string]>();
    for (const s of steps) {
      if (s.del) { idx.delete('Pod', s.ns, s.name); model.delete(`${s.ns}\0${s.name}`); }
      else { idx.set(pod(s.ns, s.name)); model.set(`${s.ns}\0${s.name}`, [s.ns, s.name]); }
      if (!s.list) continue;
      const want = [...model.values()].sort((p, q) => (p[0] === q[0] ? (p[1] < q[1] ? -1 : 1) : p[0] < q[0] ? -1 : 1));
      assert.equal(idx.list('Pod').map((p) => [p.metadata.namespace, p.metadata.name]), want);
      assert.equal(idx.list('Pod', 'a').map((p) => p.metadata.name), want.filter(([ns]) => ns === 'a').map(([, n]) => n));
      assert.is(idx.count('Pod'), model.size);
    }
  }), { numRuns: 300, seed: 7 });
});

t('replacing an object keeps one entry; kinds are separate', () => {
  const idx = new ObjectIndex();
  idx.set(pod('a', 'x'));
  idx.set(pod('a', 'x', '10.0.0.1'));
  idx.set(node('x'));
  assert.is(idx.list('Pod').length, 1);
  assert.is((idx.get('Pod', 'a', 'x') as Pod | undefined)?.status.podIP, '10.0.0.1');
  assert.equal(idx.list('Node').map((n) => n.metadata.name), ['x']);
  assert.equal(idx.list('Namespace'), []);
});

t.run();
