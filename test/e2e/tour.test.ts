// Acceptance of the foundation as a newcomer meets it (product.md "The tour", steps 1-3, plus
// workloads and kubectl basics), against one real netsimd. Tests run in order and build on each other.
// Drives only the built dist/ through test/support/daemon.ts; must not import product sources.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { join } from 'node:path';
import { ROOT, TestDaemon } from '../support/daemon.js';
import { familyOf, inCidr, netsimIn, ok, podIPs, until } from './cli.js';
import { assertGolden, maskAge } from './golden.js';

const t = suite('e2e tour');
const d = new TestDaemon();
const example = (f: string) => join(ROOT, 'examples', f);
const NODES = ['netsim-control-plane', 'netsim-worker', 'netsim-worker2'];
// pod-template-hash and the pod suffix use apimachinery's SafeEncodeString / rand.String alphabet.
const SAFE = '[bcdfghjklmnpqrstvwxz2456789]';

t.before(async () => { await d.start(['--seed', '42']); });
t.after(async () => { await d.stop(); d.cleanup(); });

/** kubelet managedHostsFileContent (spec R6.3, R6.4; formats.md 4.1): tabs, one line per pod IP. */
function kubeletHosts(ips: string[], hostname: string, domain?: string, aliases: { ip: string; hostnames: string[] }[] = []): string {
  let s = '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n'
    + 'fe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n';
  for (const ip of ips) s += domain ? `${ip}\t${hostname}.${domain}\t${hostname}\n` : `${ip}\t${hostname}\n`;
  if (aliases.length > 0) {
    s += '\n# Entries added by HostAliases.\n';
    for (const a of aliases) s += `${a.ip}\t${a.hostnames.join('\t')}\n`;
  }
  return s;
}

function dualStack(ips: string[]): void {
  assert.is(ips.length, 2, `podIPs ${ips.join(',')}`);
  assert.equal(ips.map(familyOf), ['IPv4', 'IPv6']);
}

t('get nodes -o wide: three Ready nodes, control-plane role on netsim-control-plane', () => {
  const out = ok(d, ['get', 'nodes', '-o', 'wide']);
  const rows = out.trimEnd().split('\n').slice(1).map((l) => l.split(/\s+/));
  assert.equal(rows.map((r) => r[0]), NODES);
  assert.equal(rows.map((r) => r[1]), ['Ready', 'Ready', 'Ready']);
  assert.equal(rows.map((r) => r[2]), ['control-plane', '<none>', '<none>']);
  assertGolden('nodes-wide-dual', maskAge(out));
});

t('dual-stack validation templates: one IPv4 and one IPv6 podCIDR, both InternalIPs', () => {
  for (const node of NODES) {
    const cidrs = ok(d, ['get', 'nodes', node, '-o', 'go-template', '--template={{range .spec.podCIDRs}}{{printf "%s\\n" .}}{{end}}']);
    const [v4, v6, ...rest] = cidrs.split('\n');
    assert.equal(rest, [''], `podCIDRs of ${node}: ${JSON.stringify(cidrs)}`);
    assert.ok(inCidr(v4!.split('/')[0]!, '10.244.0.0/16') && v4!.endsWith('/24'), v4);
    assert.ok(inCidr(v6!.split('/')[0]!, 'fd00:10:244::/56') && v6!.endsWith('/64'), v6);
    const addrs = ok(d, ['get', 'nodes', node, '-o', 'go-template', '--template={{range .status.addresses}}{{printf "%s: %s\\n" .type .address}}{{end}}']);
    const m = /^InternalIP: (\S+)\nInternalIP: (\S+)\nHostname: (\S+)\n$/.exec(addrs);
    assert.ok(m, `addresses of ${node}: ${JSON.stringify(addrs)}`);
    assert.ok(inCidr(m![1]!, '172.18.0.0/16'), m![1]);
    assert.ok(inCidr(m![2]!, 'fc00:f853:ccd:e793::/64'), m![2]);
    assert.is(m![3], node);
  }
});

t('apply hostaliases-pod: created, 0/1 Completed, logs are the kubelet hosts file', () => {
  assert.is(ok(d, ['apply', '-f', example('hostaliases-pod.yaml')]), 'pod/hostaliases-pod created\n');
  const row = until(() => ok(d, ['get', 'pod', 'hostaliases-pod']), (o) => o.includes('Completed')).split('\n')[1]!.split(/\s+/);
  assert.equal(row.slice(0, 4), ['hostaliases-pod', '0/1', 'Completed', '0']);
  const ips = podIPs(d, 'hostaliases-pod');
  dualStack(ips);
  const want = kubeletHosts(ips, 'hostaliases-pod', undefined, [
    { ip: '127.0.0.1', hostnames: ['foo.local', 'bar.local'] },
    { ip: '10.1.2.3', hostnames: ['foo.remote', 'bar.remote'] },
  ]);
  assert.fixture(ok(d, ['logs', 'hostaliases-pod']), want);
});

t('apply pod-ips: MY_POD_IPS is <v4>,<v6> from status.podIPs, in printenv and set', () => {
  assert.is(ok(d, ['apply', '-f', example('pod-ips.yaml')]), 'pod/pod-ips created\n');
  assert.is(ok(d, ['wait', '--for=condition=Ready', 'pod/pod-ips', '--timeout=30s']), 'pod/pod-ips condition met\n');
  const ips = podIPs(d, 'pod-ips');
  dualStack(ips);
  const env = netsimIn(d.home, ['exec', 'pod-ips', '--', 'printenv', 'MY_POD_IPS']);
  assert.equal(env, { stdout: `${ips.join(',')}\n`, stderr: '', code: 0 });
  const set = netsimIn(d.home, ['exec', 'pod-ips', '--', 'set']);
  assert.is(set.code, 0, set.stderr);
  assert.ok(set.stdout.split('\n').includes(`MY_POD_IPS='${ips.join(',')}'`), set.stdout);
});

t('exec cat /etc/hosts in a running pod prints its kubelet hosts file', () => {
  const r = netsimIn(d.home, ['exec', 'pod-ips', '--', 'cat', '/etc/hosts']);
  assert.equal(r, { stdout: kubeletHosts(podIPs(d, 'pod-ips'), 'pod-ips'), stderr: '', code: 0 });
});

t('re-applying the same files prints unchanged', () => {
  assert.is(ok(d, ['apply', '-f', example('pod-ips.yaml')]), 'pod/pod-ips unchanged\n');
  assert.is(ok(d, ['apply', '-f', example('hostaliases-pod.yaml')]), 'pod/hostaliases-pod unchanged\n');
});

function nginxPods(): { name: string; phase: string }[] {
  const out = ok(d, ['get', 'pods', '-l', 'app=nginx', '-o', 'jsonpath={range .items[*]}{.metadata.name} {.status.phase}{"\\n"}{end}']);
  return out.split('\n').filter(Boolean).map((l) => { const [name, phase] = l.split(' '); return { name: name!, phase: phase! }; });
}

t('create deployment nginx --replicas=3: three Running pods named nginx-<hash>-<suffix>', () => {
  assert.is(ok(d, ['create', 'deployment', 'nginx', '--image=nginx:1.23.2', '--replicas=3']), 'deployment.apps/nginx created\n');
  const pods = until(nginxPods, (p) => p.length === 3 && p.every((x) => x.phase === 'Running'));
  assert.equal(pods.map((p) => p.phase), ['Running', 'Running', 'Running']);
  const re = new RegExp(`^nginx-(${SAFE}{10})-${SAFE}{5}$`);
  for (const p of pods) assert.match(p.name, re);
  assert.is(new Set(pods.map((p) => re.exec(p.name)![1])).size, 1, 'one ReplicaSet hash');
});

t('scale deployment/nginx --replicas=1 leaves one pod', () => {
  assert.is(ok(d, ['scale', 'deployment/nginx', '--replicas=1']), 'deployment.apps/nginx scaled\n');
  assert.is(until(nginxPods, (p) => p.length === 1).length, 1);
});

t('apply statefulset-web: web-0..web-2, FQDN in /etc/hosts, get -l -o name', () => {
  assert.is(ok(d, ['apply', '-f', example('statefulset-web.yaml')]), 'statefulset.apps/web created\n');
  const names = until(() => ok(d, ['get', 'pods', '-l', 'app=web', '-o', 'name']), (o) => o.split('\n').length === 4);
  assert.is(names, 'pod/web-0\npod/web-1\npod/web-2\n');
  for (const p of ['web-0', 'web-1', 'web-2']) assert.is(ok(d, ['wait', '--for=condition=Ready', `pod/${p}`]), `pod/${p} condition met\n`);
  const ips = podIPs(d, 'web-0');
  dualStack(ips);
  const hosts = netsimIn(d.home, ['exec', 'web-0', '--', 'cat', '/etc/hosts']);
  assert.equal(hosts, { stdout: kubeletHosts(ips, 'web-0', 'web.default.svc.cluster.local'), stderr: '', code: 0 });
  assert.ok(hosts.stdout.includes('\tweb-0.web.default.svc.cluster.local\tweb-0\n'));
});

t('delete deployment nginx removes its pods', () => {
  assert.is(ok(d, ['delete', 'deployment', 'nginx']), 'deployment.apps "nginx" deleted\n');
  const r = until(() => d.netsim(['get', 'pods', '-l', 'app=nginx']), (x) => x.stdout === '');
  assert.equal(r, { stdout: '', stderr: 'No resources found in default namespace.\n', code: 0 });
});

t('get pods -A --no-headers includes two Running coredns pods in kube-system', () => {
  const out = ok(d, ['get', 'pods', '-A', '--no-headers']);
  const rows = out.trimEnd().split('\n').map((l) => l.split(/\s+/));
  assert.not.ok(rows.some((r) => r[0] === 'NAMESPACE'), 'no header row');
  const coredns = rows.filter((r) => r[0] === 'kube-system' && r[1]!.startsWith('coredns-'));
  assert.equal(coredns.map((r) => [r[2], r[3]]), [['1/1', 'Running'], ['1/1', 'Running']]);
  assert.ok(rows.some((r) => r[0] === 'default' && r[1] === 'web-0'));
});

t('get ns lists the four namespaces of a new cluster, Active', () => {
  const rows = ok(d, ['get', 'ns']).trimEnd().split('\n').map((l) => l.split(/\s+/));
  assert.equal(rows[0], ['NAME', 'STATUS', 'AGE']);
  assert.equal(rows.slice(1).map((r) => `${r[0]} ${r[1]}`), ['default Active', 'kube-node-lease Active', 'kube-public Active', 'kube-system Active']);
});

t('get events has Scheduled events', () => {
  const out = ok(d, ['get', 'events']);
  assert.match(out, /^LAST SEEN +TYPE +REASON +OBJECT +MESSAGE\n/);
  assert.match(out, /\n\S+ +Normal +Scheduled +pod\/web-0 +Successfully assigned default\/web-0 to netsim-worker2?\n/);
});

t('describe pod web-0 has the IP and IPs block with both addresses', () => {
  const [v4, v6] = podIPs(d, 'web-0');
  const out = ok(d, ['describe', 'pod', 'web-0']);
  assert.match(out, new RegExp(`\\nIP: +${v4!.replace(/\./g, '\\.')}\\nIPs:\\n  IP: +${v4!.replace(/\./g, '\\.')}\\n  IP: +${v6}\\n`));
});

/** kubectl marshals unstructured objects through JSON: keys sorted at every level (formats.md 4.1). */
function assertSortedKeys(v: unknown, path = ''): void {
  if (Array.isArray(v)) { v.forEach((x, i) => assertSortedKeys(x, `${path}[${i}]`)); return; }
  if (v === null || typeof v !== 'object') return;
  const keys = Object.keys(v);
  assert.equal(keys, [...keys].sort(), `keys of ${path || '.'}`);
  for (const k of keys) assertSortedKeys((v as Record<string, unknown>)[k], `${path}.${k}`);
}

t('-o yaml and -o json of a pod parse back as a dual-stack Pod', () => {
  const yamlOut = ok(d, ['get', 'pod', 'web-0', '-o', 'yaml']);
  const y = parseYaml(yamlOut) as { kind: string; status: { podIPs: unknown[] } };
  assert.is(y.kind, 'Pod');
  assert.is(y.status.podIPs.length, 2);
  assertSortedKeys(y);
  assert.match(yamlOut, /\n  containers:\n  - /, 'list items at their key\'s indentation');
  const jsonOut = ok(d, ['get', 'pod', 'web-0', '-o', 'json']);
  const j = JSON.parse(jsonOut) as { kind: string; status: { podIPs: unknown[] } };
  assert.is(j.kind, 'Pod');
  assert.is(j.status.podIPs.length, 2);
  assert.is(jsonOut, `${JSON.stringify(j, null, 4)}\n`, '4-space indentation');
  assert.equal(j, y);
});

t('wait --for=condition=Ready pod/web-0 prints condition met', () => {
  assert.equal(d.netsim(['wait', '--for=condition=Ready', 'pod/web-0']), { stdout: 'pod/web-0 condition met\n', stderr: '', code: 0 });
});

t('get pods -n kube-public: No resources found on stderr', () => {
  assert.equal(d.netsim(['get', 'pods', '-n', 'kube-public']), { stdout: '', stderr: 'No resources found in kube-public namespace.\n', code: 0 });
});

t('exec of an unknown command fails like sh, and exec adds the exit code line', () => {
  assert.equal(netsimIn(d.home, ['exec', 'pod-ips', '--', 'foo']), {
    stdout: '', stderr: 'sh: foo: not found\ncommand terminated with exit code 127\n', code: 127,
  });
});

t.run();
