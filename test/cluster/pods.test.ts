import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { openTestCluster, podManifest, type TestCluster } from '../support/cluster.js';

const t = suite('cluster pods');
let tc: TestCluster;
t.before(async () => { tc = await openTestCluster(); });
t.after(async () => { await tc.close(); });

t('a pod gets one IP per family, primary first, from its node podCIDRs; never the gateway', async () => {
  const { pod } = await tc.cluster.pods.create(podManifest('a'));
  const node = tc.cluster.store.get('Node', undefined, pod.spec.nodeName!)!;
  const ips = pod.status.podIPs!.map((p) => p.ip);
  assert.is(ips.length, 2);
  assert.ok(!ips[0].includes(':') && ips[1].includes(':'), `IPv4 first: ${ips}`);
  assert.is(pod.status.podIP, ips[0]);
  const [v4cidr, v6cidr] = node.spec.podCIDRs!;
  assert.ok(ips[0].startsWith(v4cidr.split('.').slice(0, 3).join('.') + '.'));
  assert.ok(!ips[0].endsWith('.1') && !ips[0].endsWith('.0'), ips[0]);
  assert.ok(ips[1].startsWith(v6cidr.replace('::/64', ':')), `${ips[1]} in ${v6cidr}`);
  assert.equal(pod.status.hostIPs!.map((h) => h.ip), (node.status.addresses ?? []).filter((a) => a.type === 'InternalIP').map((a) => a.address));
});

t('the control-plane taint keeps ordinary pods off it; coredns tolerates it', async () => {
  for (let i = 0; i < 6; i++) {
    const { pod } = await tc.cluster.pods.create(podManifest(`spread-${i}`));
    assert.is.not(pod.spec.nodeName, 'netsim-control-plane');
  }
  const coredns = tc.cluster.store.list('Pod', 'kube-system');
  assert.is(coredns.length, 2);
  assert.ok(coredns.every((p) => p.status.phase === 'Running'));
});

t('deleting a pod frees its IPs; host-local hands them out again only after the range wraps', async () => {
  const { pod } = await tc.cluster.pods.create(podManifest('freed', [{}], { nodeName: 'netsim-worker' }));
  const ip = pod.status.podIP!;
  await tc.cluster.pods.delete('default', 'freed');
  const { pod: next } = await tc.cluster.pods.create(podManifest('after', [{}], { nodeName: 'netsim-worker' }));
  assert.is.not(next.status.podIP, ip, 'round-robin: the next pod gets the next address');
  assert.is(tc.cluster.store.get('Pod', 'default', 'freed'), undefined);
});

t('a command that ends leaves the pod Completed with its output as logs', async () => {
  const { pod } = await tc.cluster.pods.create(podManifest('echo', [{ image: 'busybox:1.28', command: ['sh', '-c', 'echo hello $HOSTNAME'] }], { restartPolicy: 'Never' }));
  assert.is(pod.status.phase, 'Succeeded');
  assert.is(pod.status.containerStatuses![0].state.terminated?.reason, 'Completed');
  assert.is(tc.cluster.pods.logs('default', 'echo'), 'hello echo\n');
});

t('two containers binding one port: the second crash-loops and READY is 1/2', async () => {
  const { pod } = await tc.cluster.pods.create(podManifest('clash', [{ name: 'a' }, { name: 'b' }]));
  const [a, b] = pod.status.containerStatuses!;
  assert.ok(a.ready && a.state.running);
  assert.is(b.ready, false);
  assert.is(b.state.waiting?.reason, 'CrashLoopBackOff');
  assert.ok(b.restartCount >= 1);
  assert.is(pod.status.phase, 'Running');
  assert.match(tc.cluster.pods.logs('default', 'clash', 'b'), /bind\(\) to 0\.0\.0\.0:80 failed \(98: Address already in use\)/);
});

t('hostNetwork pods take the node addresses', async () => {
  const { pod } = await tc.cluster.pods.create(podManifest('hostnet', [{}], { hostNetwork: true, nodeName: 'netsim-worker2' }));
  assert.equal(pod.status.podIPs, pod.status.hostIPs);
});

t('a pod in a missing namespace is NotFound and nothing is stored', async () => {
  try {
    await tc.cluster.pods.create(podManifest('x', [{}], {}, 'nope'));
    assert.unreachable();
  } catch (e) {
    assert.is((e as Error).message, 'namespaces "nope" not found');
  }
  assert.is(tc.cluster.store.get('Pod', 'nope', 'x'), undefined);
});

t('an invalid pod takes nothing: no IP is consumed', async () => {
  const before = tc.cluster.store.list('Pod').length;
  try {
    await tc.cluster.pods.create(podManifest('bad', [{ ports: [{ name: 'http', containerPort: 80 }, { name: 'http', containerPort: 81 }] }], { nodeName: 'netsim-worker' }));
    assert.unreachable();
  } catch (e) {
    assert.match((e as Error).message, /^Pod "bad" is invalid: spec\.containers\[0\]\.ports\[1\]\.name: Duplicate value: "http"$/);
  }
  assert.is(tc.cluster.store.list('Pod').length, before);
});

t.run();
