import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Node } from '../../daemon/domain/types.js';
import { openTestCluster, podManifest } from '../support/cluster.js';

const t = suite('node IPAM in the cluster');

// A /22 cluster CIDR with /24 nodes has room for four nodes.
const SMALL = `kind: Cluster
apiVersion: netsim.dev/v1alpha1
networking:
  ipFamily: ipv4
  podSubnet: "10.244.0.0/22"
  serviceSubnet: "10.96.0.0/16"
nodes: [{role: control-plane}, {role: worker}, {role: worker}]
`;

const node = (name: string): Node => ({ apiVersion: 'v1', kind: 'Node', metadata: { name, uid: '', resourceVersion: '', creationTimestamp: '' }, spec: {}, status: {} });

t('podCIDRs are handed out in order; exhaustion leaves a node without one and records CIDRNotAvailable', async () => {
  const tc = await openTestCluster(SMALL);
  try {
    const cidrs = tc.cluster.store.list('Node').map((n) => n.spec.podCIDR).sort();
    assert.equal(cidrs, ['10.244.0.0/24', '10.244.1.0/24', '10.244.2.0/24']);
    const fourth = await tc.cluster.nodes.create(node('extra-1'));
    assert.equal(fourth.spec.podCIDRs, ['10.244.3.0/24']);
    const fifth = await tc.cluster.nodes.create(node('extra-2'));
    assert.is(fifth.spec.podCIDRs, undefined);
    assert.is(fifth.status.conditions!.find((c) => c.type === 'Ready')!.status, 'False');
    const ev = tc.cluster.events.about('Node', undefined, 'extra-2').find((e) => e.reason === 'CIDRNotAvailable');
    assert.is(ev?.message, 'Node extra-2 status is now: CIDRNotAvailable');
    // Deleting a node frees its CIDR for the next one.
    await tc.cluster.nodes.delete('extra-1');
    const sixth = await tc.cluster.nodes.create(node('extra-3'));
    assert.equal(sixth.spec.podCIDRs, ['10.244.3.0/24']);
  } finally { await tc.close(); }
});

t('node InternalIPs come from nodeSubnet in order, one per family', async () => {
  const tc = await openTestCluster();
  try {
    const ips = tc.cluster.store.list('Node').map((n) => n.status.addresses!.filter((a) => a.type === 'InternalIP').map((a) => a.address));
    assert.equal(ips, [['172.18.0.2', 'fc00:f853:ccd:e793::2'], ['172.18.0.3', 'fc00:f853:ccd:e793::3'], ['172.18.0.4', 'fc00:f853:ccd:e793::4']]);
  } finally { await tc.close(); }
});

t('a full node range leaves the pod Pending with the host-local error', async () => {
  const tc = await openTestCluster(`kind: Cluster
apiVersion: netsim.dev/v1alpha1
networking:
  ipFamily: ipv4
  podSubnet: "10.244.0.0/24"
  serviceSubnet: "10.96.0.0/16"
  nodeCIDRMaskSizeIPv4: 29
nodes: [{role: control-plane}, {role: worker}]
`);
  try {
    // A /29 node range: gateway .1, pods .2 to .6 (broadcast .7 excluded); coredns took two.
    const worker = tc.cluster.store.get('Node', undefined, 'netsim-worker')!;
    const used = tc.cluster.store.list('Pod').filter((p) => p.spec.nodeName === 'netsim-worker').length;
    for (let i = used; i < 5; i++) await tc.cluster.pods.create(podManifest(`fill-${i}`, [{}], { nodeName: 'netsim-worker' }));
    const { pod } = await tc.cluster.pods.create(podManifest('overflow', [{}], { nodeName: 'netsim-worker' }));
    assert.is(pod.status.phase, 'Pending');
    assert.is(pod.status.podIPs, undefined);
    const ev = tc.cluster.events.about('Pod', 'default', 'overflow').find((e) => e.reason === 'FailedCreatePodSandBox');
    assert.ok(ev, 'FailedCreatePodSandBox recorded');
    const base = worker.spec.podCIDR!.split('/')[0].split('.').map(Number);
    const at = (n: number) => [...base.slice(0, 3), base[3] + n].join('.');
    assert.ok(ev!.message.endsWith(`no IP addresses available in range set: ${at(1)}-${at(6)}`), ev!.message);
  } finally { await tc.close(); }
});

t.run();
