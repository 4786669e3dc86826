// Services end to end on the default dual-stack cluster, as a user tries them with the CLI: the
// tutorial manifests, apply idempotence, the apiserver's exact refusals, endpoints, NodePort and
// LoadBalancer (plus an IPv6-only pool cluster). Drives only the built dist/; no product imports.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, TestDaemon } from '../support/daemon.js';
import { familyOf, inCidr, ok, until, type Family } from './cli.js';
import { assertGolden, maskAge } from './golden.js';

const t = suite('e2e services');
const d = new TestDaemon();
const scratch = mkdtempSync(join(tmpdir(), 'nse2e-svc-'));
const tutorial = (f: string) => join(ROOT, 'examples', 'dual-stack', f);
const V4 = '10.96.0.0/16';
const V6 = 'fd00:10:96::/112';

t.before(async () => { await d.start(['--seed', '42']); });
t.after(async () => { await d.stop(); d.cleanup(); rmSync(scratch, { recursive: true, force: true }); });

interface SvcView { spec: { clusterIP?: string; clusterIPs?: string[]; ipFamilies?: Family[]; ipFamilyPolicy?: string; ports?: { nodePort?: number; port: number; protocol: string }[] }; status?: { loadBalancer?: { ingress?: { ip: string }[] } } }

function svc(name: string, ns = 'default'): SvcView {
  return parse(ok(d, ['get', 'svc', name, '-n', ns, '-o', 'yaml'])) as SvcView;
}

function apply(doc: string): { stdout: string; stderr: string; code: number } {
  return d.netsim(['apply', '-f', '-'], doc);
}

/** A Service manifest named `name` whose spec lines (already indented by two) follow `spec:`. */
function manifest(name: string, spec: string, selector = '  selector:\n    app: demo\n'): string {
  return `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n${selector}${spec}`;
}

const notFound = (name: string) => ({ stdout: '', stderr: `Error from server (NotFound): services "${name}" not found\n`, code: 1 });

// ---- 1. the tutorial's Services ----------------------------------------------------------------

const tutorials: { file: string; name: string; policy: string; families: Family[] }[] = [
  { file: 'svc-default.yaml', name: 'my-service', policy: 'SingleStack', families: ['IPv4'] },
  { file: 'svc-ipv6.yaml', name: 'my-service-v6', policy: 'SingleStack', families: ['IPv6'] },
  { file: 'svc-prefer-dual.yaml', name: 'my-service-pds', policy: 'PreferDualStack', families: ['IPv4', 'IPv6'] },
  { file: 'svc-require-dual.yaml', name: 'my-service-rds', policy: 'RequireDualStack', families: ['IPv6', 'IPv4'] },
  { file: 'svc-lb-ipv6.yaml', name: 'my-service-lb', policy: 'PreferDualStack', families: ['IPv6', 'IPv4'] },
];

t('the five tutorial manifests and a headless Service are created', () => {
  for (const s of tutorials) assert.is(ok(d, ['apply', '-f', tutorial(s.file)]), `service/${s.name} created\n`, s.file);
  const headless = manifest('my-headless', '  clusterIP: None\n  ports:\n  - port: 80\n', '  selector:\n    app.kubernetes.io/name: MyApp\n');
  assert.is(ok(d, ['apply', '-f', '-'], headless), 'service/my-headless created\n');
});

t('-o yaml: policy, families in order, one clusterIP per family in that order, clusterIP = clusterIPs[0]', () => {
  for (const s of tutorials) {
    const { spec } = svc(s.name);
    assert.is(spec.ipFamilyPolicy, s.policy, s.name);
    assert.equal(spec.ipFamilies, s.families, s.name);
    assert.equal(spec.clusterIPs!.map(familyOf), s.families, `${s.name} clusterIPs ${spec.clusterIPs}`);
    assert.is(spec.clusterIP, spec.clusterIPs![0], s.name);
    for (const ip of spec.clusterIPs!) assert.ok(inCidr(ip, familyOf(ip) === 'IPv4' ? V4 : V6), `${ip} in the Service range`);
  }
  const h = svc('my-headless').spec;
  assert.equal([h.clusterIP, h.clusterIPs, h.ipFamilyPolicy, h.ipFamilies], ['None', ['None'], 'SingleStack', ['IPv4']]);
});

t('get svc: primary ClusterIP only, None for headless, LoadBalancer addresses, built-ins', () => {
  const out = ok(d, ['get', 'svc']);
  const rows = new Map(out.trimEnd().split('\n').slice(1).map((l) => { const c = l.split(/\s+/); return [c[0]!, c]; }));
  for (const s of tutorials) assert.is(rows.get(s.name)![2], svc(s.name).spec.clusterIP, `${s.name} CLUSTER-IP`);
  assert.equal(rows.get('my-headless')!.slice(1, 5), ['ClusterIP', 'None', '<none>', '80/TCP']);
  assert.equal(rows.get('kubernetes')!.slice(1, 5), ['ClusterIP', '10.96.0.1', '<none>', '443/TCP']);
  // kubectl loadBalancerStatusStringer: sorted, comma-joined, cut to 13 characters + "..." past 16
  assert.is(rows.get('my-service-lb')![3], '172.18.255.20...');
  assertGolden('services-get-svc', maskAge(out));
  const dns = ok(d, ['get', 'svc', 'kube-dns', '-n', 'kube-system', '--no-headers']).split(/\s+/);
  assert.equal(dns.slice(0, 5), ['kube-dns', 'ClusterIP', '10.96.0.10', '<none>', '53/UDP,53/TCP,9153/TCP']);
  const wide = ok(d, ['get', 'svc', 'my-service-lb', '-o', 'wide', '--no-headers']).split(/\s+/);
  assert.is(wide[3], '172.18.255.200,fc00:f853:ccd:e793:ffff::', 'wide prints every ingress address');
});

t('describe svc: family lines, IP and IPs, ports, endpoints', () => {
  for (const name of ['my-service-pds', 'my-service-rds', 'my-headless']) {
    const out = ok(d, ['describe', 'svc', name]);
    const { spec } = svc(name);
    const line = (label: string) => out.split('\n').find((l) => l.startsWith(`${label}:`))?.slice(label.length + 1).trim();
    assert.is(line('IP Family Policy'), spec.ipFamilyPolicy, name);
    assert.is(line('IP Families'), spec.ipFamilies!.join(','), name);
    assert.is(line('IP'), spec.clusterIP, name);
    assert.is(line('IPs'), spec.clusterIPs!.join(','), name);
    assert.is(line('Port'), '<unset>  80/TCP', name);
    assert.is(line('TargetPort'), '80/TCP', name);
    assert.ok(out.split('\n').some((l) => /^Endpoints: *$/.test(l)), `${name}: no endpoints yet\n${out}`);
    assertGolden(`services-describe-${name}`, out);
  }
});

t('built-ins: kubernetes at the first address 443/TCP, kube-dns at the tenth 53/UDP,53/TCP,9153/TCP', () => {
  const k = svc('kubernetes').spec;
  assert.equal([k.clusterIPs, k.ports!.map((p) => `${p.port}/${p.protocol}`)], [['10.96.0.1'], ['443/TCP']]);
  const dns = svc('kube-dns', 'kube-system').spec;
  assert.equal([dns.clusterIPs, dns.ipFamilyPolicy], [['10.96.0.10'], 'SingleStack']);
  assert.equal(dns.ports!.map((p) => `${p.port}/${p.protocol}`), ['53/UDP', '53/TCP', '9153/TCP']);
});

// ---- 2. apply without ipFamilyPolicy on an existing PreferDualStack Service -----------------

t('re-applying without ipFamilyPolicy: configured, both IPs kept; again: unchanged', () => {
  const before = svc('my-service-pds').spec;
  const file = join(scratch, 'pds-no-policy.yaml');
  writeFileSync(file, manifest('my-service-pds', '  ports:\n  - protocol: TCP\n    port: 80\n', '  selector:\n    app.kubernetes.io/name: MyApp\n'));
  assert.is(ok(d, ['apply', '-f', file]), 'service/my-service-pds configured\n');
  const after = svc('my-service-pds').spec;
  assert.equal([after.ipFamilyPolicy, after.ipFamilies, after.clusterIPs], ['PreferDualStack', ['IPv4', 'IPv6'], before.clusterIPs]);
  assert.is(ok(d, ['apply', '-f', file]), 'service/my-service-pds unchanged\n');
  assert.is(ok(d, ['apply', '-f', tutorial('svc-default.yaml')]), 'service/my-service unchanged\n');
});

// ---- 3. refusals ----------------------------------------------------------------------------

const invalid = (name: string, detail: string) => `The Service "${name}" is invalid: ${detail}\n`;
const refusedCreates: { name: string; spec: string; stderr: string }[] = [
  {
    name: 'bad-ss-two-families', spec: '  ipFamilyPolicy: SingleStack\n  ipFamilies: [IPv4, IPv6]\n  ports: [{port: 80}]\n',
    stderr: invalid('bad-ss-two-families', `spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified`),
  },
  {
    name: 'bad-two-ips-no-policy', spec: '  clusterIP: 10.96.5.5\n  clusterIPs: [10.96.5.5, "fd00:10:96::5"]\n  ports: [{port: 80}]\n',
    stderr: invalid('bad-two-ips-no-policy', `spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified`),
  },
  {
    name: 'bad-taken', spec: '  clusterIP: 10.96.0.10\n  ports: [{port: 80}]\n',
    stderr: invalid('bad-taken', 'spec.clusterIPs: Invalid value: []string{"10.96.0.10"}: failed to allocate IP 10.96.0.10: provided IP is already allocated'),
  },
  {
    name: 'bad-range', spec: '  clusterIP: 1.1.1.1\n  ports: [{port: 80}]\n',
    stderr: invalid('bad-range', 'spec.clusterIPs: Invalid value: []string{"1.1.1.1"}: failed to allocate IP 1.1.1.1: the provided IP (1.1.1.1) is not in the valid range. The range of valid IPs is 10.96.0.0/16'),
  },
  {
    name: 'bad-nodeport', spec: '  ports: [{port: 80, nodePort: 30080}]\n',
    stderr: invalid('bad-nodeport', "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"),
  },
];

for (const c of refusedCreates) {
  t(`refused create: ${c.name}`, () => {
    assert.equal(apply(manifest(c.name, c.spec)), { stdout: '', stderr: c.stderr, code: 1 });
    assert.equal(d.netsim(['get', 'svc', c.name]), notFound(c.name), 'nothing stored');
  });
}

t('refused update: changing clusterIPs[0] may not change once set; the Service stays as it was', () => {
  const before = svc('my-service-pds').spec;
  const spec = `  ipFamilyPolicy: PreferDualStack\n  clusterIP: 10.96.7.7\n  clusterIPs: [10.96.7.7, "${before.clusterIPs![1]}"]\n  ports: [{port: 80}]\n`;
  const r = apply(manifest('my-service-pds', spec, '  selector:\n    app.kubernetes.io/name: MyApp\n'));
  const value = `[]string{"10.96.7.7", "${before.clusterIPs![1]}"}`;
  assert.equal(r, { stdout: '', stderr: invalid('my-service-pds', `spec.clusterIPs[0]: Invalid value: ${value}: may not change once set`), code: 1 });
  assert.equal(svc('my-service-pds').spec.clusterIPs, before.clusterIPs);
});

t('refused update: dropping the secondary without SingleStack names both released fields', () => {
  const before = svc('my-service-pds').spec;
  const ip = before.clusterIPs![0]!;
  const spec = `  ipFamilies: [IPv4]\n  clusterIP: ${ip}\n  clusterIPs: [${ip}]\n  ports: [{port: 80}]\n`;
  const r = apply(manifest('my-service-pds', spec, '  selector:\n    app.kubernetes.io/name: MyApp\n'));
  // kubectl MultilineError: the prefix line, then one "* " line per cause (alloc.go initIPFamilyFields)
  const stderr = 'The Service "my-service-pds" is invalid: \n'
    + `* spec.ipFamilyPolicy: Invalid value: "PreferDualStack": must be 'SingleStack' to release the secondary cluster IP\n`
    + `* spec.ipFamilyPolicy: Invalid value: "PreferDualStack": must be 'SingleStack' to release the secondary IP family\n`;
  assert.equal(r, { stdout: '', stderr, code: 1 });
  assert.equal(svc('my-service-pds').spec.clusterIPs, before.clusterIPs);
});

// ---- 4. endpoints ---------------------------------------------------------------------------

const SLICE = /^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/;

function slicesOf(service: string): string[][] {
  const out = ok(d, ['get', 'endpointslices', '-l', `kubernetes.io/service-name=${service}`, '--no-headers']);
  return out.split('\n').filter(Boolean).map((l) => l.split(/\s+/));
}

function endpointsOf(service: string): string {
  return ok(d, ['get', 'endpoints', service, '--no-headers']).split(/\s+/)[1]!;
}

t('create deployment web x3, expose: one IPv4 slice with 3 endpoints, endpoints ip:80', () => {
  assert.is(ok(d, ['create', 'deployment', 'web', '--image=nginx:1.23.2', '--replicas=3']), 'deployment.apps/web created\n');
  until(() => ok(d, ['get', 'pods', '-l', 'app=web', '--no-headers']), (o) => o.split('\n').filter((l) => l.includes('Running')).length === 3);
  assert.is(ok(d, ['expose', 'deployment/web', '--port=80', '--target-port=80']), 'service/web exposed\n');
  const slices = until(() => slicesOf('web'), (s) => s.length === 1 && s[0]![3]!.split(',').length === 3);
  assert.is(slices.length, 1);
  assert.match(slices[0]![0]!, SLICE);
  assert.equal(slices[0]!.slice(1, 3), ['IPv4', '80']);
  const ips = slices[0]![3]!.split(',');
  assert.equal(ips.map(familyOf), ['IPv4', 'IPv4', 'IPv4']);
  assert.equal(endpointsOf('web').split(',').sort(), ips.map((ip) => `${ip}:80`).sort());
});

t('scale deployment/web --replicas=1: slice and endpoints follow', () => {
  assert.is(ok(d, ['scale', 'deployment/web', '--replicas=1']), 'deployment.apps/web scaled\n');
  const slices = until(() => slicesOf('web'), (s) => s[0]?.[3]?.split(',').length === 1);
  assert.is(slices[0]![3]!.split(',').length, 1, `slices ${JSON.stringify(slices)}`);
  assert.is(endpointsOf('web'), `${slices[0]![3]}:80`);
});

t('a PreferDualStack Service gets one IPv4 and one IPv6 slice', () => {
  assert.is(ok(d, ['apply', '-f', '-'], manifest('web-pds', '  ipFamilyPolicy: PreferDualStack\n  ports: [{port: 80}]\n', '  selector:\n    app: web\n')), 'service/web-pds created\n');
  const slices = until(() => slicesOf('web-pds'), (s) => s.length === 2 && s.every((x) => x[3] !== '<unset>'));
  assert.equal(slices.map((s) => s[1]).sort(), ['IPv4', 'IPv6']);
  for (const s of slices) assert.ok(s[3]!.split(/,| /)[0] !== '' && familyOf(s[3]!.split(',')[0]!) === s[1], s.join(' '));
});

t('deleting a Service deletes its managed slices', () => {
  assert.is(ok(d, ['delete', 'svc', 'web-pds']), 'service "web-pds" deleted\n');
  const r = until(() => d.netsim(['get', 'endpointslices', '-l', 'kubernetes.io/service-name=web-pds']), (x) => x.stdout === '');
  assert.equal(r, { stdout: '', stderr: 'No resources found in default namespace.\n', code: 0 });
});

t('headless Service of statefulset-web: endpoints carry hostname web-0..web-2', () => {
  ok(d, ['delete', 'svc', 'web']);
  ok(d, ['delete', 'deployment', 'web']);
  until(() => d.netsim(['get', 'pods', '-l', 'app=web']).stdout, (o) => o === '');
  assert.is(ok(d, ['apply', '-f', join(ROOT, 'examples', 'statefulset-web.yaml')]), 'statefulset.apps/web created\n');
  assert.is(ok(d, ['apply', '-f', '-'], manifest('web', '  clusterIP: None\n  ports:\n  - port: 80\n    name: web\n', '  selector:\n    app: web\n')), 'service/web created\n');
  const hostnames = () => ok(d, ['get', 'endpointslices', '-l', 'kubernetes.io/service-name=web', '-o', 'jsonpath={range .items[*].endpoints[*]}{.hostname}{" "}{end}']);
  const got = until(hostnames, (o) => o.trim().split(' ').length === 3);
  assert.equal(got.trim().split(' ').sort(), ['web-0', 'web-1', 'web-2']);
  const labels = ok(d, ['get', 'endpointslices', '-l', 'kubernetes.io/service-name=web', '-o', 'jsonpath={.items[0].metadata.labels}']);
  assert.ok(labels.includes('"service.kubernetes.io/headless":""'), labels);
});

t('a selectorless Service with a user EndpointSlice from YAML shows it', () => {
  const doc = `${manifest('ext', '  ports:\n  - name: http\n    port: 80\n', '')}---\napiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ext-1\n  labels:\n    kubernetes.io/service-name: ext\naddressType: IPv4\nports:\n- name: http\n  port: 8080\n  protocol: TCP\nendpoints:\n- addresses: ["10.1.2.3"]\n- addresses: ["10.1.2.4"]\n`;
  assert.is(ok(d, ['apply', '-f', '-'], doc), 'service/ext created\nendpointslice.discovery.k8s.io/ext-1 created\n');
  assert.equal(slicesOf('ext').map((s) => s.slice(0, 4)), [['ext-1', 'IPv4', '8080', '10.1.2.3,10.1.2.4']]);
  const line = ok(d, ['describe', 'svc', 'ext']).split('\n').find((l) => l.startsWith('Endpoints:'));
  assert.match(line ?? '', /^Endpoints: +10\.1\.2\.3:8080,10\.1\.2\.4:8080$/);
});

// ---- 5. NodePort and LoadBalancer -----------------------------------------------------------

t('NodePort: allocated from 30000-32767, shown as 80:3xxxx/TCP; a taken nodePort is refused', () => {
  assert.is(ok(d, ['apply', '-f', '-'], manifest('np', '  type: NodePort\n  ports: [{port: 80}]\n')), 'service/np created\n');
  const port = svc('np').spec.ports![0]!.nodePort!;
  assert.ok(port >= 30000 && port <= 32767, String(port));
  assert.is(ok(d, ['get', 'svc', 'np', '--no-headers']).split(/\s+/)[4], `80:${port}/TCP`);
  const r = apply(manifest('np-dup', `  type: NodePort\n  ports: [{port: 80, nodePort: ${port}}]\n`));
  assert.equal(r, { stdout: '', stderr: invalid('np-dup', `spec.ports[0].nodePort: Invalid value: ${port}: provided port is already allocated`), code: 1 });
  assert.equal(d.netsim(['get', 'svc', 'np-dup']), notFound('np-dup'));
});

t('LoadBalancer: ingress from the pools in ipFamilies order; delete frees the address', () => {
  const ingress = (name: string) => (svc(name).status?.loadBalancer?.ingress ?? []).map((i) => i.ip);
  assert.equal(ingress('my-service-lb').map(familyOf), ['IPv6', 'IPv4']);
  ok(d, ['apply', '-f', '-'], manifest('lb-a', '  type: LoadBalancer\n  ports: [{port: 80}]\n'));
  const a = until(() => ingress('lb-a'), (x) => x.length === 1);
  assert.equal(a.map(familyOf), ['IPv4']);
  assert.ok(a[0]!.startsWith('172.18.255.'), a[0]);
  assert.is(ok(d, ['get', 'svc', 'lb-a', '--no-headers']).split(/\s+/)[3], a[0]);
  ok(d, ['delete', 'svc', 'lb-a']);
  ok(d, ['apply', '-f', '-'], manifest('lb-b', '  type: LoadBalancer\n  ports: [{port: 80}]\n'));
  assert.equal(until(() => ingress('lb-b'), (x) => x.length === 1), a, 'the freed address is handed out again');
});

t('IPv6-only pool on a dual-stack cluster: an IPv4-only LoadBalancer stays <pending>', async () => {
  const file = join(scratch, 'v6-pool.yaml');
  writeFileSync(file, 'kind: Cluster\napiVersion: netsim.dev/v1alpha1\nnetworking:\n  ipFamily: dual\n  loadBalancerPools: ["fc00:f853:ccd:e793:ffff::/112"]\n');
  const v6 = new TestDaemon();
  try {
    await v6.start(['--seed', '42', '--config', file]);
    const r = v6.netsim(['apply', '-f', '-'], manifest('lb4', '  type: LoadBalancer\n  ports: [{port: 80}]\n'));
    assert.equal(r, { stdout: 'service/lb4 created\n', stderr: '', code: 0 });
    const row = v6.netsim(['get', 'svc', 'lb4', '--no-headers']).stdout.split(/\s+/);
    assert.equal([row[1], row[3]], ['LoadBalancer', '<pending>']);
    const pds = v6.netsim(['apply', '-f', '-'], manifest('lb46', '  type: LoadBalancer\n  ipFamilyPolicy: PreferDualStack\n  ports: [{port: 80}]\n'));
    assert.is(pds.code, 0, pds.stderr);
    const ips = v6.netsim(['get', 'svc', 'lb46', '-o', 'jsonpath={.status.loadBalancer.ingress[*].ip}']).stdout;
    assert.equal(ips.split(' ').filter(Boolean).map(familyOf), ['IPv6'], ips);
  } finally {
    await v6.stop();
    v6.cleanup();
  }
});

// ---- last, since a hang here would hold up every later write -------------------------------

t('scale up a selected deployment: the new pods join; get endpoints cuts at 3 with "+ 2 more..."', () => {
  ok(d, ['create', 'deployment', 'grow', '--image=nginx:1.23.2', '--replicas=3']);
  until(() => ok(d, ['get', 'pods', '-l', 'app=grow', '--no-headers']), (o) => o.split('\n').filter((l) => l.includes('Running')).length === 3);
  assert.is(ok(d, ['expose', 'deployment/grow', '--port=80', '--target-port=80']), 'service/grow exposed\n');
  assert.is(ok(d, ['scale', 'deployment/grow', '--replicas=5']), 'deployment.apps/grow scaled\n');
  const row = until(() => ok(d, ['get', 'endpoints', 'grow', '--no-headers']), (o) => o.includes('more'));
  assert.match(row, /^grow +(\d+\.\d+\.\d+\.\d+:80,){2}\d+\.\d+\.\d+\.\d+:80 \+ 2 more\.\.\. +\d+s\n$/);
  const slice = ok(d, ['get', 'endpointslices', '-l', 'kubernetes.io/service-name=grow', '--no-headers']);
  assert.match(slice, /^grow-\w{5} +IPv4 +80 +[\d.]+,[\d.]+,[\d.]+ \+ 2 more\.\.\. +\d+s\n$/);
});

t.run();
