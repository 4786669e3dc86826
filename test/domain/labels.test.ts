import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fromLabelSelector, matchesSelector, parseSelector } from '../../daemon/domain/labels.js';

const t = suite('label selectors');
const L = { app: 'web', tier: 'front', env: 'prod' };
const cases = [
  { sel: 'app=web', want: true }, { sel: 'app==web', want: true }, { sel: 'app!=web', want: false },
  { sel: 'app=web,tier=back', want: false }, { sel: 'env in (prod, staging)', want: true }, { sel: 'env notin (prod)', want: false },
  { sel: 'tier', want: true }, { sel: '!tier', want: false }, { sel: '!missing', want: true }, { sel: 'missing!=x', want: true },
  { sel: '', want: true },
];
for (const c of cases) t(`"${c.sel}"`, () => assert.is(matchesSelector(parseSelector(c.sel), L), c.want));

t('unparsable requirement', () => assert.throws(() => parseSelector('a=b=c'), /unable to parse requirement/));

t('matchLabels and matchExpressions', () => {
  const sel = fromLabelSelector({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'env', operator: 'In', values: ['prod'] }, { key: 'x', operator: 'DoesNotExist' }] });
  assert.ok(matchesSelector(sel, L));
  assert.not.ok(matchesSelector(sel, { ...L, x: '1' }));
});

t.run();
