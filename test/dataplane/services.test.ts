// Services carrying traffic as kube-proxy programs them: ClusterIP in both families, the
// endpoint spread and ClientIP affinity, no endpoints, NodePorts, LoadBalancer IPs, traffic
// policy Local, masquerade as the backend sees it, ICMP to a ClusterIP per proxy mode.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { echoOpts, openNetFixture, type NetFixture } from './fixture.js';
import { AGNHOST, body, deploy, expose, httpGet } from './svc-fixture.js';

const t = suite('dataplane services');
const netexec = { image: AGNHOST, args: ['netexec', '--http-port=8080'] };
const nodeIp = (f: NetFixture, name: string, v6 = false) =>
  f.tc.cluster.store.get('Node', undefined, name)!.status.addresses!.find((x) => x.type === 'InternalIP' && x.address.includes(':') === v6)!.address;

t('nginx through a dual-stack ClusterIP (both families) and straight to a pod IPv6', async () => {
  const f = await openNetFixture({ client: 'netsim-worker' });
  try {
    await deploy(f, 'nginx', 2, { image: 'nginx:1.23.2' });
    const svc = await expose(f, 'nginx', { ipFamilyPolicy: 'PreferDualStack', ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }] });
    assert.is(svc.spec.clusterIPs!.length, 2);
    for (const vip of svc.spec.clusterIPs!) {
      const r = httpGet(f.pod('client'), vip, 80);
      assert.match(body(r), /<title>Welcome to nginx!<\/title>/, vip);
      assert.match(new TextDecoder().decode((r as { response: Uint8Array }).response), /^HTTP\/1\.1 200 OK\r\nServer: nginx\/1\.23\.2\r\n/);
    }
    const pod = f.tc.cluster.store.list('Pod', 'default').find((p) => p.metadata.labels?.app === 'nginx')!;
    const v6 = pod.status.podIPs!.map((p) => p.ip).find((ip) => ip.includes(':'))!;
    assert.match(body(httpGet(f.pod('client'), v6, 80)), /Welcome to nginx!/);
  } finally { await f.tc.close(); }
});

t('3,000 connections spread uniformly over three endpoints (chi-square, 99 %); ClientIP affinity pins one', async () => {
  const f = await openNetFixture({ client: 'netsim-worker' });
  try {
    await deploy(f, 'echo', 3, netexec);
    const svc = await expose(f, 'echo', { ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }] });
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) { const who = body(httpGet(f.pod('client'), svc.spec.clusterIP!, 80, '/hostname')); counts.set(who, (counts.get(who) ?? 0) + 1); }
    assert.is(counts.size, 3, [...counts.keys()].join(','));
    const chi = [...counts.values()].reduce((s, n) => s + (n - 1000) ** 2 / 1000, 0);
    assert.ok(chi < 9.21, `chi-square ${chi.toFixed(2)} with 2 degrees of freedom (99 % critical value 9.21): ${[...counts.values()]}`);
    await expose(f, 'sticky', { selector: { app: 'echo' }, sessionAffinity: 'ClientIP', ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }] });
    const sticky = f.tc.cluster.store.get('Service', 'default', 'sticky')!;
    const seen = new Set(Array.from({ length: 50 }, () => body(httpGet(f.pod('client'), sticky.spec.clusterIP!, 80, '/hostname'))));
    assert.is(seen.size, 1);
  } finally { await f.tc.close(); }
});

t('no endpoints: refused at once (REJECT); the backend sees the client pod address, not masqueraded', async () => {
  const f = await openNetFixture({ client: 'netsim-worker' });
  try {
    const empty = await expose(f, 'empty', { ports: [{ port: 80, protocol: 'TCP' }] });
    const r = httpGet(f.pod('client'), empty.spec.clusterIP!, 80);
    assert.equal(r, { outcome: 'refused', elapsedMs: (r as { elapsedMs: number }).elapsedMs });
    assert.ok((r as { elapsedMs: number }).elapsedMs < 1);
    await deploy(f, 'echo', 1, netexec, 'netsim-worker2');
    const svc = await expose(f, 'echo', { ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }] });
    assert.is(body(httpGet(f.pod('client'), svc.spec.clusterIP!, 80, '/clientip')).split(':')[0], f.ips('client').v4);
  } finally { await f.tc.close(); }
});

t('NodePort from a node and from another node (masqueraded); externalTrafficPolicy Local keeps the client and drops where no endpoint runs', async () => {
  const f = await openNetFixture({});
  try {
    await deploy(f, 'echo', 1, netexec, 'netsim-worker');
    const svc = await expose(f, 'echo', { type: 'NodePort', ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }] });
    const np = svc.spec.ports![0].nodePort!;
    const w1 = nodeIp(f, 'netsim-worker'), w2 = nodeIp(f, 'netsim-worker2');
    assert.is(body(httpGet(f.node('netsim-worker2'), w2, np, '/clientip')).split(':')[0], w2, 'own node: masqueraded to its address');
    const gw = f.tc.cluster.store.list('Pod', 'default').find((p) => p.metadata.labels?.app === 'echo')!.status.podIP!.replace(/\.\d+$/, '.1');
    assert.is(body(httpGet(f.node('netsim-worker2'), w1, np, '/clientip')).split(':')[0], gw, 'other node: masqueraded by the receiving node to its address on the veth');
    assert.is(httpGet(f.node('netsim-worker'), '127.0.0.1', np, '/hostname').outcome, 'ok');
    const local = await expose(f, 'local', { selector: { app: 'echo' }, type: 'NodePort', externalTrafficPolicy: 'Local', ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }] });
    const lp = local.spec.ports![0].nodePort!;
    assert.is(body(httpGet(f.node('netsim-worker2'), w1, lp, '/clientip')).split(':')[0], w2, 'client address preserved');
    assert.equal(httpGet(f.node('netsim-worker'), w2, lp, '/', 2000), { outcome: 'timeout', elapsedMs: 2000, phase: 'connect' });
  } finally { await f.tc.close(); }
});

t('LoadBalancer IP from a pod; hairpin back to the client itself is masqueraded', async () => {
  const f = await openNetFixture({ client: 'netsim-worker' });
  try {
    await deploy(f, 'echo', 1, netexec, 'netsim-worker2');
    const lb = await expose(f, 'echo', { type: 'LoadBalancer', ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }] });
    const ip = lb.status.loadBalancer!.ingress![0].ip!;
    assert.is(httpGet(f.pod('client'), ip, 80, '/hostname').outcome, 'ok');
    const pod = f.tc.cluster.store.list('Pod', 'default').find((p) => p.metadata.labels?.app === 'echo')!;
    const self = f.tc.cluster.network.accessForPod(pod);
    const gw = pod.status.podIP!.replace(/\.\d+$/, '.1');
    assert.is(body(httpGet(self, lb.spec.clusterIP!, 80, '/clientip')).split(':')[0], gw);
  } finally { await f.tc.close(); }
});

t('ipvs mode takes endpoints round robin', async () => {
  const f = await openNetFixture({ client: 'netsim-worker' }, 'kind: Cluster\napiVersion: netsim.dev/v1alpha1\nnetworking:\n  kubeProxyMode: ipvs\n');
  try {
    await deploy(f, 'echo', 3, netexec);
    const svc = await expose(f, 'echo', { ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }] });
    const who = Array.from({ length: 9 }, () => body(httpGet(f.pod('client'), svc.spec.clusterIP!, 80, '/hostname')));
    assert.is(new Set(who.slice(0, 3)).size, 3);
    assert.equal(who.slice(3, 6), who.slice(0, 3));
    assert.equal(who.slice(6), who.slice(0, 3));
  } finally { await f.tc.close(); }
});

t('the kubernetes Service reaches kube-apiserver\'s port on the control plane', async () => {
  const f = await openNetFixture({ client: 'netsim-worker' });
  try {
    const r = f.pod('client').connect({ family: 'IPv4', dst: '10.96.0.1', port: 443, protocol: 'TCP', request: new Uint8Array(0), connectTimeoutMs: 127000 });
    assert.is(r.outcome, 'ok');
  } finally { await f.tc.close(); }
});

t('ping to a ClusterIP: no reply in iptables mode, a reply in ipvs mode', async () => {
  for (const mode of ['iptables', 'ipvs'] as const) {
    const f = await openNetFixture({ client: 'netsim-worker' }, `kind: Cluster\napiVersion: netsim.dev/v1alpha1\nnetworking:\n  kubeProxyMode: ${mode}\n`);
    try {
      const svc = await expose(f, 'empty', { ports: [{ port: 80, protocol: 'TCP' }] });
      const r = f.pod('client').echo(echoOpts('IPv4', svc.spec.clusterIP!, 1));
      assert.is(r.ok && r.probes[0].outcome, mode === 'ipvs' ? 'reply' : 'lost', mode);
    } finally { await f.tc.close(); }
  }
});

t.run();
