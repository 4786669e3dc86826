import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { openTestCluster, podManifest } from '../support/cluster.js';

const t = suite('pending pods');

const ONLY_CONTROL_PLANE = `kind: Cluster
apiVersion: netsim.dev/v1alpha1
nodes: [{role: control-plane}]
`;

t('a pod no node can take stays Pending with FailedScheduling, and runs once a worker joins', async () => {
  const tc = await openTestCluster(ONLY_CONTROL_PLANE);
  try {
    const { pod } = await tc.cluster.pods.create(podManifest('waiting'));
    assert.is(pod.status.phase, 'Pending');
    assert.is(pod.status.conditions?.[0].reason, 'Unschedulable');
    const ev = tc.cluster.events.about('Pod', 'default', 'waiting').find((e) => e.reason === 'FailedScheduling');
    assert.match(ev!.message, /^0\/1 nodes are available: 1 node\(s\) had untolerated taint \{node-role\.kubernetes\.io\/control-plane: \}/);
    const rv = tc.cluster.store.get('Pod', 'default', 'waiting')!.metadata.resourceVersion;
    await tc.cluster.reconcile();
    assert.is(tc.cluster.store.get('Pod', 'default', 'waiting')!.metadata.resourceVersion, rv, 'no retry without new capacity');
    await tc.cluster.nodes.create({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'late-worker', uid: '', resourceVersion: '', creationTimestamp: '' }, spec: {}, status: {} }, 'worker');
    const placed = tc.cluster.store.get('Pod', 'default', 'waiting')!;
    assert.is(placed.status.phase, 'Running');
    assert.is(placed.spec.nodeName, 'late-worker');
    assert.is(placed.status.podIPs?.length, 2);
  } finally { await tc.close(); }
});

t.run();
