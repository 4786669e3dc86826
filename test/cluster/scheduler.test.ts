import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { schedulePod, toleratesTaint } from '../../daemon/cluster/scheduler.js';
import type { Node, Pod, Taint } from '../../daemon/domain/types.js';

const t = suite('scheduler');

const node = (name: string, o: { ready?: boolean; taints?: Taint[]; labels?: Record<string, string>; unschedulable?: boolean } = {}): Node => ({
  apiVersion: 'v1', kind: 'Node', metadata: { name, uid: '', resourceVersion: '', creationTimestamp: '', labels: o.labels },
  spec: { taints: o.taints, unschedulable: o.unschedulable },
  status: { conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True' }] },
});
const pod = (spec: Partial<Pod['spec']> = {}): Pod => ({ apiVersion: 'v1', kind: 'Pod',
  metadata: { name: 'p', namespace: 'default', uid: '', resourceVersion: '', creationTimestamp: '' },
  spec: { containers: [{ name: 'c', image: 'x' }], ...spec }, status: {} });
const CP: Taint = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };
const none = () => 0;

t('least-loaded node wins, ties by name', () => {
  const counts: Record<string, number> = { a: 3, b: 1, c: 1 };
  const r = schedulePod(pod(), [node('a'), node('c'), node('b')], (n) => counts[n]);
  assert.is('node' in r && r.node.metadata.name, 'b');
});

t('taints, readiness, unschedulable and nodeSelector filter', () => {
  const nodes = [node('cp', { taints: [CP] }), node('down', { ready: false }), node('cordoned', { unschedulable: true }), node('w', { labels: { disk: 'ssd' } })];
  const r = schedulePod(pod({ nodeSelector: { disk: 'ssd' } }), nodes, none);
  assert.is('node' in r && r.node.metadata.name, 'w');
  const tolerated = schedulePod(pod({ tolerations: [{ key: CP.key, effect: 'NoSchedule' }] }), [node('cp', { taints: [CP] })], none);
  assert.ok('node' in tolerated);
});

t('no fit: kube-scheduler\'s FailedScheduling message', () => {
  const r = schedulePod(pod(), [node('cp', { taints: [CP] })], none);
  assert.ok('unschedulable' in r);
  assert.is((r as { unschedulable: string }).unschedulable,
    '0/1 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.');
});

const cases = [
  { name: 'Exists with no key tolerates everything', tol: { operator: 'Exists' as const }, taint: CP, want: true },
  { name: 'Equal needs the value', tol: { key: 'k', value: 'v' }, taint: { key: 'k', value: 'w', effect: 'NoSchedule' as const }, want: false },
  { name: 'effect must match when given', tol: { key: CP.key, operator: 'Exists' as const, effect: 'NoExecute' as const }, taint: CP, want: false },
  { name: 'empty effect matches all effects', tol: { key: CP.key, operator: 'Exists' as const }, taint: CP, want: true },
];
for (const c of cases) t(`toleration: ${c.name}`, () => assert.is(toleratesTaint(c.tol, c.taint), c.want));

t.run();
