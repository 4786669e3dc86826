import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatLabels, formatLabelSelector } from '../../../cli/print/label-selector.js';
import type { LabelSelectorShape } from '../../../cli/print/kube-shapes.js';

const t = suite('cli/print/label-selector');

// metav1.LabelSelectorAsSelector(...).String(): requirements sorted by key, values sorted.
const selectors: { name: string; sel: LabelSelectorShape | undefined; want: string }[] = [
  { name: 'absent', sel: undefined, want: '' },
  { name: 'empty selects everything', sel: {}, want: '' },
  { name: 'matchLabels sorted by key', sel: { matchLabels: { tier: 'web', app: 'nginx' } }, want: 'app=nginx,tier=web' },
  { name: 'In with sorted values', sel: { matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'dev'] }] }, want: 'env in (dev,prod)' },
  { name: 'NotIn with one value', sel: { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['qa'] }] }, want: 'env notin (qa)' },
  { name: 'Exists and DoesNotExist', sel: { matchExpressions: [{ key: 'b', operator: 'DoesNotExist' }, { key: 'a', operator: 'Exists' }] }, want: 'a,!b' },
  { name: 'labels and expressions merged in key order', sel: { matchLabels: { z: '1' }, matchExpressions: [{ key: 'm', operator: 'In', values: ['x'] }] }, want: 'm in (x),z=1' },
  { name: 'unknown operator', sel: { matchExpressions: [{ key: 'a', operator: 'Gt', values: ['1'] }] }, want: '<invalid>' },
];
for (const c of selectors) t(c.name, () => assert.is(formatLabelSelector(c.sel), c.want));

t('labels.FormatLabels', () => {
  assert.is(formatLabels({ b: '2', a: '1' }), 'a=1,b=2');
  assert.is(formatLabels({}), '<none>');
  assert.is(formatLabels(undefined), '<none>');
});

t.run();
