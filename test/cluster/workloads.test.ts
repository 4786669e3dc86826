import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Deployment, StatefulSet } from '../../daemon/domain/types.js';
import { openTestCluster, type TestCluster } from '../support/cluster.js';

const t = suite('cluster workloads');
let tc: TestCluster;
t.before(async () => { tc = await openTestCluster(); });
t.after(async () => { await tc.close(); });

const template = (app: string) => ({ metadata: { labels: { app } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.23.2' }] } });
const meta = (name: string) => ({ name, namespace: 'default', uid: '', resourceVersion: '', creationTimestamp: '' });

t('a Deployment creates <name>-<hash>-<suffix> pods and follows scale', async () => {
  const d: Deployment = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta('nginx'),
    spec: { replicas: 3, selector: { matchLabels: { app: 'nginx' } }, template: template('nginx') }, status: {} };
  const created = await tc.cluster.deployments.create(d);
  const pods = () => tc.cluster.store.list('Pod', 'default').filter((p) => p.metadata.labels?.app === 'nginx');
  assert.is(pods().length, 3);
  for (const p of pods()) assert.match(p.metadata.name, /^nginx-[bcdfghjklmnpqrstvwxz2456789]{1,10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  assert.is(new Set(pods().map((p) => p.metadata.labels!['pod-template-hash'])).size, 1);
  assert.is(created.status.readyReplicas, 3);
  await tc.cluster.deployments.update({ ...created, spec: { ...created.spec, replicas: 1 } });
  assert.is(pods().length, 1);
  const victim = pods()[0];
  await tc.cluster.pods.delete('default', victim.metadata.name);
  assert.is(pods().length, 1, 'the controller replaces a deleted pod');
  assert.is.not(pods()[0].metadata.name, victim.metadata.name);
  await tc.cluster.deployments.delete('default', 'nginx');
  assert.is(pods().length, 0);
});

t('a StatefulSet names pods <name>-<ordinal> with hostname and subdomain', async () => {
  const s: StatefulSet = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: meta('web'),
    spec: { replicas: 3, serviceName: 'web', selector: { matchLabels: { app: 'web' } }, template: template('web') }, status: {} };
  await tc.cluster.statefulsets.create(s);
  const names = tc.cluster.store.list('Pod', 'default').filter((p) => p.metadata.labels?.app === 'web').map((p) => p.metadata.name).sort();
  assert.equal(names, ['web-0', 'web-1', 'web-2']);
  const web1 = tc.cluster.store.get('Pod', 'default', 'web-1')!;
  assert.is(web1.spec.hostname, 'web-1');
  assert.is(web1.spec.subdomain, 'web');
  const live = tc.cluster.store.get('StatefulSet', 'default', 'web')!;
  await tc.cluster.statefulsets.update({ ...live, spec: { ...live.spec, replicas: 1 } });
  assert.equal(tc.cluster.store.list('Pod', 'default').filter((p) => p.metadata.labels?.app === 'web').map((p) => p.metadata.name), ['web-0']);
});

t('a stale resourceVersion loses with Kubernetes\' Conflict message', async () => {
  const d: Deployment = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta('cc'),
    spec: { replicas: 0, selector: { matchLabels: { app: 'cc' } }, template: template('cc') }, status: {} };
  const v1 = await tc.cluster.deployments.create(d);
  await tc.cluster.deployments.update({ ...v1, metadata: { ...v1.metadata, labels: { a: '1' } } });
  try {
    await tc.cluster.deployments.update({ ...v1, metadata: { ...v1.metadata, labels: { a: '2' } } });
    assert.unreachable();
  } catch (e) {
    assert.is((e as Error).message, 'Operation cannot be fulfilled on deployments.apps "cc": the object has been modified; please apply your changes to the latest version and try again');
  }
});

t('deleting a namespace deletes what is in it; system namespaces are protected', async () => {
  await tc.cluster.namespaces.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team', uid: '', resourceVersion: '', creationTimestamp: '' }, status: { phase: 'Active' } });
  await tc.cluster.pods.create({ apiVersion: 'v1', kind: 'Pod', metadata: { ...meta('p'), namespace: 'team' }, spec: { containers: [{ name: 'c', image: 'nginx' }] }, status: {} });
  await tc.cluster.namespaces.delete('team');
  assert.is(tc.cluster.store.list('Pod', 'team').length, 0);
  try {
    await tc.cluster.namespaces.delete('default');
    assert.unreachable();
  } catch (e) {
    assert.is((e as Error).message, 'namespaces "default" is forbidden: this namespace may not be deleted');
  }
});

t('a Service selecting a Deployment\'s pods follows its scale (no controller waits for itself)', async () => {
  const d: Deployment = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta('sel'),
    spec: { replicas: 1, selector: { matchLabels: { app: 'sel' } }, template: template('sel') }, status: {} };
  const created = await tc.cluster.deployments.create(d);
  await tc.cluster.services.create({ apiVersion: 'v1', kind: 'Service', metadata: meta('sel'),
    spec: { selector: { app: 'sel' }, ports: [{ port: 80, protocol: 'TCP' }] }, status: {} });
  await tc.cluster.deployments.update({ ...created, spec: { ...created.spec, replicas: 4 } });
  const slices = tc.cluster.store.list('EndpointSlice', 'default').filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'sel');
  assert.is(slices.length, 1);
  assert.is(slices[0].endpoints.length, 4);
});

t.run();
