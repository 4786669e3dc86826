import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { computeApply } from '../../daemon/apply/merge.js';
import { LAST_APPLIED_ANNOTATION, lastAppliedConfiguration, lastAppliedOf } from '../../daemon/apply/last-applied.js';
import { listStrategyAt, retainsKeysAt } from '../../daemon/apply/merge-keys.js';
import type { JsonObject } from '../../daemon/apply/go-json.js';
import { BadRequestError } from '../../daemon/domain/errors.js';

const t = suite('client-side apply: three-way merge');

type Obj = Record<string, any>;
const clone = <T>(v: T): T => structuredClone(v);

/** What the server adds to whatever it stores: identity, defaults, status. */
function serverSide(o: Obj, extra: (o: Obj) => void = () => {}): Obj {
  const s = clone(o);
  s.metadata = { ...s.metadata, uid: 'u-1', resourceVersion: '7', creationTimestamp: '2024-01-01T00:00:00Z' };
  s.status = { phase: 'Running' };
  extra(s);
  return s;
}

/** Applies `first`, lets the server decorate it, then applies `second` onto that. */
function reapply(first: Obj, second: Obj, extra?: (o: Obj) => void) {
  const created = computeApply(undefined, first, undefined);
  assert.is(created.action, 'created');
  const live = serverSide(created.merged, extra);
  const result = computeApply(lastAppliedOf(live), second, live);
  return { live, result: { ...result, merged: result.merged as Obj } };
}

const pod = (spec: Obj, meta: Obj = {}): Obj => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default', ...meta }, spec,
});
const nginx = (extra: Obj = {}) => ({ name: 'nginx', image: 'nginx:1.23.2', ...extra });

t('created: the manifest plus its annotation', () => {
  const m = pod({ containers: [nginx()] });
  const r = computeApply(undefined, m, undefined);
  assert.equal(r, {
    action: 'created', missingLastApplied: false,
    merged: { ...m, metadata: { ...m.metadata, annotations: { [LAST_APPLIED_ANNOTATION]: lastAppliedConfiguration(m) } } },
  });
});

t('unchanged: the same manifest again leaves live as it is', () => {
  const m = pod({ containers: [nginx({ ports: [{ containerPort: 80 }] })] });
  const { live, result } = reapply(m, m, (s) => {
    s.spec.nodeName = 'netsim-worker';
    s.spec.containers[0].imagePullPolicy = 'IfNotPresent';
    s.spec.containers[0].ports[0].protocol = 'TCP';
    s.metadata.labels = { 'pod-template-hash': 'x' };
  });
  assert.is(result.action, 'unchanged');
  assert.equal(result.merged, live);
  assert.is(result.missingLastApplied, false);
});

const edits: { name: string; first: Obj; second: Obj; extra?: (o: Obj) => void; check: (merged: Obj) => void }[] = [
  { name: 'a changed field overwrites live, server fields stay',
    first: pod({ containers: [nginx()] }), second: pod({ containers: [nginx({ image: 'nginx:1.25' })] }),
    extra: (s) => { s.spec.containers[0].imagePullPolicy = 'IfNotPresent'; s.spec.dnsPolicy = 'ClusterFirst'; },
    check: (m) => {
      assert.equal(m.spec.containers, [{ name: 'nginx', image: 'nginx:1.25', imagePullPolicy: 'IfNotPresent' }]);
      assert.is(m.spec.dnsPolicy, 'ClusterFirst');
      assert.equal(m.status, { phase: 'Running' });
      assert.is(m.metadata.uid, 'u-1');
    } },
  { name: 'an added field is set',
    first: pod({ containers: [nginx()] }), second: pod({ containers: [nginx()], hostname: 'h' }),
    check: (m) => assert.is(m.spec.hostname, 'h') },
  { name: 'a field dropped from the manifest is deleted; one the server set is kept',
    first: pod({ containers: [nginx()], hostname: 'h', subdomain: 's' }), second: pod({ containers: [nginx()], subdomain: 's' }),
    extra: (s) => { s.spec.schedulerName = 'default-scheduler'; },
    check: (m) => { assert.not.ok('hostname' in m.spec); assert.is(m.spec.subdomain, 's'); assert.is(m.spec.schedulerName, 'default-scheduler'); } },
  { name: 'a null in the manifest deletes the live value',
    first: pod({ containers: [nginx()] }), second: pod({ containers: [nginx()], nodeName: null }),
    extra: (s) => { s.spec.nodeName = 'netsim-worker'; },
    check: (m) => assert.not.ok('nodeName' in m.spec) },
  { name: 'labels: removed ones deleted, server-added kept, new ones added',
    first: pod({ containers: [nginx()] }, { labels: { app: 'web', tier: 'fe' } }),
    second: pod({ containers: [nginx()] }, { labels: { app: 'web', env: 'dev' } }),
    extra: (s) => { s.metadata.labels['pod-template-hash'] = 'abc'; },
    check: (m) => assert.equal(m.metadata.labels, { app: 'web', 'pod-template-hash': 'abc', env: 'dev' }) },
  { name: 'annotations: the server\'s kept, the last-applied replaced',
    first: pod({ containers: [nginx()] }, { annotations: { note: 'a' } }), second: pod({ containers: [nginx()] }),
    extra: (s) => { s.metadata.annotations['deployment.kubernetes.io/revision'] = '1'; },
    check: (m) => assert.equal(m.metadata.annotations, {
      'deployment.kubernetes.io/revision': '1',
      [LAST_APPLIED_ANNOTATION]: lastAppliedConfiguration(pod({ containers: [nginx()] })),
    }) },
  { name: 'containers merge by name: a new one is appended, server fields of the old one kept',
    first: pod({ containers: [nginx()] }), second: pod({ containers: [nginx(), { name: 'side', image: 'busybox' }] }),
    extra: (s) => { s.spec.containers[0].terminationMessagePath = '/dev/termination-log'; },
    check: (m) => assert.equal(m.spec.containers, [
      { name: 'nginx', image: 'nginx:1.23.2', terminationMessagePath: '/dev/termination-log' }, { name: 'side', image: 'busybox' }]) },
  { name: 'containers merge by name: one dropped from the manifest is removed',
    first: pod({ containers: [nginx(), { name: 'side', image: 'busybox' }] }), second: pod({ containers: [{ name: 'side', image: 'busybox' }] }),
    check: (m) => assert.equal(m.spec.containers, [{ name: 'side', image: 'busybox' }]) },
  { name: 'container ports merge by containerPort, keeping the defaulted protocol',
    first: pod({ containers: [nginx({ ports: [{ containerPort: 80 }] })] }),
    second: pod({ containers: [nginx({ ports: [{ containerPort: 80, name: 'http' }, { containerPort: 443 }] })] }),
    extra: (s) => { s.spec.containers[0].ports[0].protocol = 'TCP'; },
    check: (m) => assert.equal(m.spec.containers[0].ports, [{ containerPort: 80, protocol: 'TCP', name: 'http' }, { containerPort: 443 }]) },
  { name: 'env merges by name',
    first: pod({ containers: [nginx({ env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] })] }),
    second: pod({ containers: [nginx({ env: [{ name: 'B', value: '3' }] })] }),
    check: (m) => assert.equal(m.spec.containers[0].env, [{ name: 'B', value: '3' }]) },
  { name: 'hostAliases merge by ip',
    first: pod({ containers: [nginx()], hostAliases: [{ ip: '127.0.0.1', hostnames: ['foo.local'] }] }),
    second: pod({ containers: [nginx()], hostAliases: [{ ip: '127.0.0.1', hostnames: ['bar.local'] }, { ip: '10.1.2.3', hostnames: ['foo.remote'] }] }),
    check: (m) => assert.equal(m.spec.hostAliases, [{ ip: '127.0.0.1', hostnames: ['bar.local'] }, { ip: '10.1.2.3', hostnames: ['foo.remote'] }]) },
  { name: 'tolerations have no merge key: the manifest replaces the list',
    first: pod({ containers: [nginx()], tolerations: [{ key: 'a', operator: 'Exists' }] }),
    second: pod({ containers: [nginx()], tolerations: [{ key: 'b', operator: 'Exists' }] }),
    extra: (s) => { s.spec.tolerations.push({ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }); },
    check: (m) => assert.equal(m.spec.tolerations, [{ key: 'b', operator: 'Exists' }]) },
  { name: 'finalizers merge as a set',
    first: pod({ containers: [nginx()] }, { finalizers: ['a/x', 'a/y'] }), second: pod({ containers: [nginx()] }, { finalizers: ['a/y', 'a/z'] }),
    extra: (s) => { s.metadata.finalizers.push('server/keep'); },
    // a/z is not in live, so mergeSortedSlice cannot place server/keep before it
    check: (m) => assert.equal(m.metadata.finalizers, ['a/y', 'a/z', 'server/keep']) },
  { name: 'server-only elements keep their place (mergeSortedSlice)',
    first: pod({ containers: [{ name: 'a', image: 'i' }, { name: 'b', image: 'i' }] }),
    second: pod({ containers: [{ name: 'b', image: 'i' }, { name: 'a', image: 'i' }, { name: 'c', image: 'i' }] }),
    extra: (s) => { s.spec.containers.splice(1, 0, { name: 's', image: 'server' }); },    // live: a, s, b
    check: (m) => assert.equal(m.spec.containers.map((c: Obj) => c.name), ['s', 'b', 'a', 'c']) },
  { name: 'volumes retain only the applied keys of a changed element (retainKeys)',
    first: pod({ containers: [nginx()], volumes: [{ name: 'v', emptyDir: {} }] }),
    second: pod({ containers: [nginx()], volumes: [{ name: 'v', hostPath: { path: '/x' } }] }),
    check: (m) => assert.equal(m.spec.volumes, [{ name: 'v', hostPath: { path: '/x' } }]) },
];
for (const c of edits) {
  t(`configured: ${c.name}`, () => {
    const { result } = reapply(c.first, c.second, c.extra);
    assert.is(result.action, 'configured');
    c.check(result.merged);
    assert.is(lastAppliedOf(result.merged as Obj), lastAppliedConfiguration(c.second));
  });
}

const deployment = (strategy: Obj, ports: Obj[] = [{ containerPort: 80 }]): Obj => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'nginx', namespace: 'default' },
  spec: { selector: { matchLabels: { app: 'nginx' } }, strategy, template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [nginx({ ports })] } } },
});

t('Deployment strategy retains only the applied keys (Recreate drops rollingUpdate)', () => {
  const { result } = reapply(deployment({ type: 'RollingUpdate' }), deployment({ type: 'Recreate' }), (s) => {
    s.spec.strategy.rollingUpdate = { maxSurge: '25%', maxUnavailable: '25%' };
  });
  assert.equal(result.merged.spec.strategy, { type: 'Recreate' });
});

t('pod template containers merge by name and ports by containerPort', () => {
  const { result } = reapply(deployment({}), deployment({}, [{ containerPort: 8080 }]), (s) => {
    s.spec.template.spec.containers[0].ports[0].protocol = 'TCP';
    s.spec.template.spec.containers[0].imagePullPolicy = 'IfNotPresent';
  });
  assert.equal(result.merged.spec.template.spec.containers, [nginx({ ports: [{ containerPort: 8080 }], imagePullPolicy: 'IfNotPresent' })]);
});

t('Service ports merge by port: allocated nodePort and defaulted targetPort stay', () => {
  const svc = (name: string): Obj => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' },
    spec: { type: 'NodePort', selector: { app: 'web' }, ports: [{ port: 80, name }] } });
  const { result } = reapply(svc('http'), svc('web'), (s) => {
    Object.assign(s.spec.ports[0], { protocol: 'TCP', targetPort: 80, nodePort: 30080 });
    Object.assign(s.spec, { clusterIP: '10.96.0.20', clusterIPs: ['10.96.0.20'], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' });
  });
  assert.is(result.action, 'configured');
  assert.equal(result.merged.spec.ports, [{ port: 80, name: 'web', protocol: 'TCP', targetPort: 80, nodePort: 30080 }]);
  assert.equal(result.merged.spec.clusterIPs, ['10.96.0.20']);
});

t('a live object without the annotation: configured, flagged, nothing of live deleted', () => {
  const live = serverSide(pod({ containers: [nginx()], hostname: 'h' }));
  const r = computeApply(undefined, pod({ containers: [nginx()] }), live);
  assert.is(r.action, 'configured');
  assert.is(r.missingLastApplied, true);
  assert.is(r.merged.spec && (r.merged.spec as Obj).hostname, 'h');
  assert.is(lastAppliedOf(r.merged as Obj), lastAppliedConfiguration(pod({ containers: [nginx()] })));
});

t('an undecodable annotation is a BadRequest', () => {
  const live = serverSide(pod({ containers: [nginx()] }));
  assert.throws(() => computeApply('{not json', pod({ containers: [nginx()] }), live), (e: unknown) => e instanceof BadRequestError);
});

t('the merge-key table', () => {
  assert.equal(listStrategyAt('spec.containers'), { kind: 'key', key: 'name' });
  assert.equal(listStrategyAt('spec.template.spec.initContainers[].env'), { kind: 'key', key: 'name' });
  assert.equal(listStrategyAt('spec.jobTemplate.spec.template.spec.containers[].ports'), { kind: 'key', key: 'containerPort' });
  assert.equal(listStrategyAt('spec.hostAliases'), { kind: 'key', key: 'ip' });
  assert.equal(listStrategyAt('spec.podCIDRs'), { kind: 'set' });
  assert.equal(listStrategyAt('spec.tolerations'), { kind: 'replace' });
  assert.equal(listStrategyAt('spec.clusterIPs'), { kind: 'replace' });
  assert.ok(retainsKeysAt('spec.template.spec.volumes[]'));
  assert.not.ok(retainsKeysAt('spec.template.spec'));
});

// Property: whatever the server adds, re-applying the manifest that made an object is unchanged,
// and applying a second manifest twice is unchanged the second time (kubectl's idempotence).
const labelsArb = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom('1', '2'), { maxKeys: 4 });
const containersArb = fc.uniqueArray(
  fc.record({ name: fc.constantFrom('x', 'y', 'z'), image: fc.constantFrom('nginx', 'busybox'), ports: fc.uniqueArray(fc.record({ containerPort: fc.constantFrom(80, 443, 8080) }), { selector: (p) => p.containerPort, maxLength: 2 }) }),
  { selector: (c) => c.name, minLength: 1, maxLength: 3 },
);
const manifestArb = fc.record({ labels: labelsArb, containers: containersArb, hostname: fc.option(fc.constantFrom('h1', 'h2'), { nil: undefined }) })
  .map(({ labels, containers, hostname }) => pod({ containers, ...(hostname ? { hostname } : {}) }, { labels }));

t('property: apply is idempotent', () => {
  fc.assert(fc.property(manifestArb, manifestArb, labelsArb, (m1, m2, serverLabels) => {
    const { live, result: same } = reapply(m1, m1, (s) => { s.metadata.labels = { ...serverLabels, ...s.metadata.labels }; });
    if (same.action !== 'unchanged') return false;
    const second = computeApply(lastAppliedOf(live), m2, live);
    const again = computeApply(lastAppliedOf(second.merged as Obj), m2, second.merged);
    return again.action === 'unchanged' && JSON.stringify(again.merged) === JSON.stringify(second.merged as JsonObject);
  }), { seed: 42, numRuns: 300 });
});

t.run();
