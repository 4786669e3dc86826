import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { defaultDeployment, defaultPod, defaultStatefulSet, imageTag, withDefaultTolerations } from '../../daemon/domain/defaults.js';
import type { Pod } from '../../daemon/domain/types.js';

const t = suite('defaults');

const meta = { name: 'p', namespace: 'default', uid: 'u', resourceVersion: '', creationTimestamp: '2024-01-01T00:00:00Z' };

t('a pod gets what the apiserver fills in', () => {
  const input: Pod = { apiVersion: 'v1', kind: 'Pod', metadata: meta, status: {},
    spec: { containers: [{ name: 'c', image: 'busybox:1.28', ports: [{ containerPort: 80 }], env: [{ name: 'N', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }] }] } };
  const frozen = JSON.stringify(input);
  const p = defaultPod(input);
  assert.is(JSON.stringify(input), frozen, 'input not mutated');
  assert.equal(p.spec, {
    containers: [{
      name: 'c', image: 'busybox:1.28', imagePullPolicy: 'IfNotPresent', resources: {},
      terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File',
      ports: [{ containerPort: 80, protocol: 'TCP' }],
      env: [{ name: 'N', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } }],
    }],
    dnsPolicy: 'ClusterFirst', restartPolicy: 'Always', securityContext: {}, terminationGracePeriodSeconds: 30,
    schedulerName: 'default-scheduler', enableServiceLinks: true, serviceAccountName: 'default', serviceAccount: 'default',
    priority: 0, preemptionPolicy: 'PreemptLowerPriority',
    tolerations: [
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ],
  });
});

t('given values are kept', () => {
  const p = defaultPod({ apiVersion: 'v1', kind: 'Pod', metadata: meta, status: {},
    spec: { restartPolicy: 'Never', dnsPolicy: 'None', serviceAccountName: 'sa', terminationGracePeriodSeconds: 0, containers: [{ name: 'c', image: 'nginx', imagePullPolicy: 'Never' }] } });
  assert.is(p.spec.restartPolicy, 'Never');
  assert.is(p.spec.dnsPolicy, 'None');
  assert.is(p.spec.serviceAccount, 'sa');
  assert.is(p.spec.terminationGracePeriodSeconds, 0);
  assert.is(p.spec.containers[0].imagePullPolicy, 'Never');
});

t('hostNetwork pods get hostPort = containerPort', () => {
  const p = defaultPod({ apiVersion: 'v1', kind: 'Pod', metadata: meta, status: {},
    spec: { hostNetwork: true, containers: [{ name: 'c', image: 'nginx', ports: [{ containerPort: 80 }, { containerPort: 53, hostPort: 5353 }] }] } });
  assert.equal(p.spec.containers[0].ports, [{ containerPort: 80, protocol: 'TCP', hostPort: 80 }, { containerPort: 53, hostPort: 5353, protocol: 'TCP' }]);
});

const tags: { name: string; image: string; tag: string }[] = [
  { name: 'no tag', image: 'nginx', tag: 'latest' },
  { name: 'explicit latest', image: 'nginx:latest', tag: 'latest' },
  { name: 'versioned', image: 'nginx:1.23.2', tag: '1.23.2' },
  { name: 'registry port is not a tag', image: 'localhost:5000/app', tag: 'latest' },
  { name: 'registry port and tag', image: 'localhost:5000/app:v1', tag: 'v1' },
  // Digest without tag: ParseImageName returns no tag, so IfNotPresent.
  { name: 'digest only', image: `busybox@sha256:${'a'.repeat(64)}`, tag: '' },
  { name: 'unparsable (upper case)', image: 'Nginx', tag: '' },
];
for (const c of tags) t(`image tag: ${c.name}`, () => assert.is(imageTag(c.image), c.tag));

t('pull policy follows the tag', () => {
  const pol = (image: string) => defaultPod({ apiVersion: 'v1', kind: 'Pod', metadata: meta, status: {}, spec: { containers: [{ name: 'c', image }] } }).spec.containers[0].imagePullPolicy;
  assert.is(pol('nginx'), 'Always');
  assert.is(pol('nginx:latest'), 'Always');
  assert.is(pol('nginx:1.23.2'), 'IfNotPresent');
});

const tol: { name: string; given: Parameters<typeof withDefaultTolerations>[0]; added: number }[] = [
  { name: 'none given', given: [], added: 2 },
  { name: 'tolerate everything', given: [{ operator: 'Exists' }], added: 0 },
  { name: 'not-ready with any effect', given: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists' }], added: 1 },
  { name: 'not-ready NoSchedule does not count', given: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoSchedule' }], added: 2 },
  { name: 'both given', given: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 5 }, { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' }], added: 0 },
];
for (const c of tol) t(`DefaultTolerationSeconds: ${c.name}`, () => assert.is(withDefaultTolerations(c.given).length - (c.given ?? []).length, c.added));

t('deployment defaults', () => {
  const d = defaultDeployment({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta, status: {},
    spec: { selector: { matchLabels: { app: 'x' } }, template: { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } } });
  assert.is(d.spec.replicas, 1);
  assert.equal(d.spec.strategy, { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } });
  assert.is(d.spec.revisionHistoryLimit, 10);
  assert.is(d.spec.progressDeadlineSeconds, 600);
  assert.is(d.spec.template.spec.dnsPolicy, 'ClusterFirst');
  // Templates are not pods: no admission defaults.
  assert.is(d.spec.template.spec.tolerations, undefined);
  assert.is(d.spec.template.spec.enableServiceLinks, undefined);
  const recreate = defaultDeployment({ ...d, spec: { ...d.spec, strategy: { type: 'Recreate' } } });
  assert.equal(recreate.spec.strategy, { type: 'Recreate' });
});

t('statefulset defaults', () => {
  const base = { apiVersion: 'apps/v1' as const, kind: 'StatefulSet' as const, metadata: meta, status: {} };
  const spec = { serviceName: 'web', selector: { matchLabels: { app: 'web' } }, template: { spec: { containers: [{ name: 'c', image: 'nginx' }] } } };
  const s = defaultStatefulSet({ ...base, spec });
  assert.is(s.spec.replicas, 1);
  assert.is(s.spec.podManagementPolicy, 'OrderedReady');
  assert.equal(s.spec.updateStrategy, { type: 'RollingUpdate', rollingUpdate: { partition: 0 } });
  assert.equal(s.spec.persistentVolumeClaimRetentionPolicy, { whenDeleted: 'Retain', whenScaled: 'Retain' });
  assert.is(s.spec.revisionHistoryLimit, 10);
  // An explicit RollingUpdate without rollingUpdate stays without a partition.
  const explicit = defaultStatefulSet({ ...base, spec: { ...spec, updateStrategy: { type: 'RollingUpdate' } } });
  assert.equal(explicit.spec.updateStrategy, { type: 'RollingUpdate' });
});

t.run();
