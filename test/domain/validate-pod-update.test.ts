import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { defaultPod } from '../../daemon/domain/defaults.js';
import { renderFieldError } from '../../daemon/domain/field-errors.js';
import type { Pod, PodSpec } from '../../daemon/domain/types.js';
import { podSpecDiff, semanticEqual } from '../../daemon/domain/validate-pod-update.js';
import { validatePodUpdate } from '../../daemon/domain/validate-pod.js';

const t = suite('validate-pod-update');

const UPDATABLE = 'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

const live = defaultPod({
  apiVersion: 'v1', kind: 'Pod', status: {},
  metadata: { name: 'web', namespace: 'default', uid: 'u1', resourceVersion: '7', creationTimestamp: '2024-01-01T00:00:00Z' },
  spec: { nodeName: 'netsim-worker', containers: [{ name: 'nginx', image: 'nginx:1.23.2' }] },
});
const withSpec = (spec: Partial<PodSpec>): Pod => ({ ...live, spec: { ...live.spec, ...spec } });
const errors = (next: Pod) => validatePodUpdate(next, live).map(renderFieldError);

const cases: { name: string; next: Pod; want: string[] }[] = [
  { name: 'no change', next: live, want: [] },
  { name: 'image may change', next: withSpec({ containers: [{ ...live.spec.containers[0], image: 'nginx:1.25' }] }), want: [] },
  { name: 'toleration may be added', next: withSpec({ tolerations: [...live.spec.tolerations!, { key: 'k', operator: 'Exists' }] }), want: [] },
  { name: 'tolerationSeconds may change', next: withSpec({ tolerations: live.spec.tolerations!.map((x) => ({ ...x, tolerationSeconds: 60 })) }), want: [] },
  { name: 'toleration may not be removed', next: withSpec({ tolerations: live.spec.tolerations!.slice(1) }),
    want: ['spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds'] },
  { name: 'containers may not be added', next: withSpec({ containers: [...live.spec.containers, { name: 'side', image: 'busybox' }] }),
    want: ['spec.containers: Forbidden: pod updates may not add or remove containers'] },
  { name: 'name is immutable', next: { ...live, metadata: { ...live.metadata, name: 'web2' } },
    want: ['metadata.name: Invalid value: "web2": field is immutable'] },
  { name: 'creationTimestamp is immutable', next: { ...live, metadata: { ...live.metadata, creationTimestamp: '2024-01-02T00:00:00Z' } },
    want: ['metadata.creationTimestamp: Invalid value: 2024-01-02 00:00:00 +0000 UTC: field is immutable'] },
];
for (const c of cases) t(c.name, () => assert.equal(errors(c.next), c.want));

t('other spec changes: forbidden, with a diff', () => {
  const errs = errors(withSpec({ dnsPolicy: 'Default' }));
  assert.is(errs.length, 1);
  const [head, ...diff] = errs[0].split('\n');
  assert.is(head, `spec: Forbidden: ${UPDATABLE}`);
  assert.ok(diff.includes('- \tDNSPolicy: "ClusterFirst",'), diff.join('\n'));
  assert.ok(diff.includes('+ \tDNSPolicy: "Default",'), diff.join('\n'));
});

t('diff elides identical fields', () => {
  const d = podSpecDiff({ containers: [], restartPolicy: 'Always' }, { containers: [], restartPolicy: 'Never' });
  assert.is(d, '  core.PodSpec{\n  \t... // 3 identical fields\n- \tRestartPolicy: "Always",\n+ \tRestartPolicy: "Never",\n  \t... // 17 identical fields\n  }');
});

t('semantic equality treats nil and empty alike', () => {
  assert.ok(semanticEqual({ a: [] }, {}));
  assert.ok(semanticEqual({ a: {} }, { a: undefined }));
  assert.not.ok(semanticEqual({ a: [1] }, { a: [] }));
  assert.not.ok(semanticEqual({ a: 'x' }, { a: 'y' }));
});

t.run();
