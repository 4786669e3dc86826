import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { noResources, printTable, registerTablePrinter, TableStream, type PrintTableOptions } from '../../../cli/print/tables.js';
import { renderTable } from '../../../cli/print/table.js';
import type { KubeObject } from '../../../cli/print/kube-shapes.js';
import { assertGolden } from './golden.js';
import * as f from './fixtures.js';

const t = suite('cli/print/tables');

// One golden per kind and flag combination (kubectl get output is for people).
const goldens: { name: string; kind: string; items: KubeObject[]; opts?: Partial<PrintTableOptions> }[] = [
  { name: 'get-nodes', kind: 'nodes', items: f.nodes },
  { name: 'get-nodes-wide', kind: 'nodes', items: f.nodes, opts: { wide: true } },
  { name: 'get-nodes-no-headers', kind: 'no', items: f.nodes, opts: { noHeaders: true } },
  { name: 'get-pods', kind: 'pods', items: f.pods },
  { name: 'get-pods-wide', kind: 'pods', items: f.pods, opts: { wide: true } },
  { name: 'get-pods-all-namespaces', kind: 'pods', items: f.pods, opts: { showNamespace: true } },
  { name: 'get-pods-all-namespaces-wide', kind: 'po', items: f.pods, opts: { showNamespace: true, wide: true } },
  { name: 'get-pods-no-headers', kind: 'pod', items: f.pods, opts: { noHeaders: true } },
  { name: 'get-pods-show-kind', kind: 'pods', items: [f.webPod], opts: { showKind: true } },
  { name: 'get-pods-show-labels', kind: 'pods', items: [f.webPod, f.crashPod], opts: { showLabels: true, labelColumns: ['app'] } },
  { name: 'get-deployments', kind: 'deployments', items: [f.deployment] },
  { name: 'get-deployments-wide', kind: 'deploy', items: [f.deployment], opts: { wide: true } },
  { name: 'get-deployments-all-namespaces-wide', kind: 'deployments', items: [f.deployment, f.corednsDeployment], opts: { wide: true, showNamespace: true } },
  { name: 'get-deployments-show-kind', kind: 'deployments', items: [f.corednsDeployment], opts: { showKind: true } },
  { name: 'get-statefulsets', kind: 'statefulsets', items: [f.statefulSet] },
  { name: 'get-statefulsets-wide', kind: 'sts', items: [f.statefulSet], opts: { wide: true } },
  { name: 'get-namespaces', kind: 'namespaces', items: f.namespaces },
  { name: 'get-events', kind: 'events', items: f.events.filter((e) => e.metadata.namespace === 'default') },
  { name: 'get-events-all-namespaces', kind: 'events', items: f.events, opts: { showNamespace: true } },
  { name: 'get-events-wide', kind: 'ev', items: f.events, opts: { wide: true } },
];
for (const g of goldens) t(`golden ${g.name}`, () => assertGolden(g.name, printTable(g.kind, g.items, { now: f.NOW, ...g.opts })));

// The formats.md 4.1 example, byte for byte.
t('pods -o wide matches formats.md (only the primary pod IP)', () => {
  const pod = { ...f.webPod, spec: { ...f.webPod.spec, nodeName: 'kind-worker' }, metadata: { ...f.webPod.metadata, creationTimestamp: f.ago(5) } };
  assert.is(printTable('pods', [pod], { now: f.NOW, wide: true }),
    'NAME    READY   STATUS    RESTARTS   AGE   IP           NODE          NOMINATED NODE   READINESS GATES\n' +
    'web-0   1/1     Running   0          5s    10.244.1.5   kind-worker   <none>           <none>\n');
});

t('get -w: header with the first rows, later rows aligned to remembered widths', () => {
  const s = new TableStream('pods', { now: f.NOW });
  assert.is(s.print([]), '');
  assert.is(s.print([f.unscheduledPod]), 'NAME      READY   STATUS    RESTARTS   AGE\nwaiting   0/1     Pending   0          8s\n');
  const running = { ...f.unscheduledPod, status: { ...f.webPod.status } };
  assert.is(s.print([running]), 'waiting   1/1     Running   0          8s\n');
  assert.is(s.print([f.completedPod]), 'hostaliases-pod   0/1     Completed   0          2m5s\n');
});

t('nothing to print: no table, and kubectl\'s stderr line', () => {
  assert.is(printTable('pods', [], { now: f.NOW }), '');
  assert.is(printTable('pods', [], { now: f.NOW, noHeaders: true }), '');
  assert.is(noResources('default'), 'No resources found in default namespace.');
  assert.is(noResources('kube-system'), 'No resources found in kube-system namespace.');
  assert.is(noResources(undefined), 'No resources found');
});

t('an unknown kind has no printer', () => {
  assert.throws(() => printTable('widgets', [], { now: f.NOW }), /no table printer for kind "widgets"/);
});

t('a later kind registers a printer and gets namespace, kind prefix and wide handling for free', () => {
  registerTablePrinter(['widgets', 'widget'], {
    kindPrefix: 'widget.example.com',
    columns: [{ name: 'Name', format: 'name' }, { name: 'Size' }, { name: 'Color', priority: 1 }],
    cells: (o: KubeObject & { spec?: { size?: number; color?: string } }) => [o.metadata?.name ?? '', o.spec?.size ?? 0, o.spec?.color ?? ''],
  });
  const w = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w1', namespace: 'ns1' }, spec: { size: 3, color: 'red' } };
  assert.is(printTable('widget', [w], { now: f.NOW, showNamespace: true, showKind: true }),
    'NAMESPACE   NAME                    SIZE\nns1         widget.example.com/w1   3\n');
  assert.is(printTable('widgets', [w], { now: f.NOW, wide: true }), 'NAME   SIZE   COLOR\nw1     3      red\n');
});

t('cells are cut at a line break and escape ESC, as tableprinter.go does', () => {
  const out = renderTable({ columns: [{ name: 'Name' }, { name: 'Message' }], rows: [{ cells: ['a', 'first line\nsecond'] }, { cells: ['b', 'x\x1b[31my'] }] });
  assert.is(out, 'NAME   MESSAGE\na      first line...\nb      x^[[31my\n');
});

t.run();
