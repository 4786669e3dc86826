// The create outcome table of kubernetes-semantics.md 1.5 (storage_test.go TestCreateInitIPFields)
// on IPv4-only, IPv6-only, dual IPv4-primary and dual IPv6-primary clusters, through the CLI, and
// Services surviving kill -9. Drives only the built dist/; no product imports.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CLI, ROOT, TestDaemon, type CliResult } from '../support/daemon.js';
import { familyOf, inCidr, type Family } from './cli.js';

const t = suite('e2e services clusters');
const config = (f: string) => join(ROOT, 'examples', f);
const V4 = '10.96.0.0/16';
const V6 = 'fd00:10:96::/112';
const STATIC_V4 = '10.96.100.100';

interface Cluster { name: string; args: string[]; families: Family[]; d: TestDaemon }
const clusters: Cluster[] = ([
  { name: 'ipv4', args: ['--config', config('cluster-ipv4.yaml')], families: ['IPv4'] },
  { name: 'ipv6', args: ['--config', config('cluster-ipv6.yaml')], families: ['IPv6'] },
  { name: 'dual', args: [], families: ['IPv4', 'IPv6'] },
  { name: 'ipv6-primary', args: ['--config', config('cluster-ipv6-primary.yaml')], families: ['IPv6', 'IPv4'] },
] as Omit<Cluster, 'd'>[]).map((c) => ({ ...c, d: new TestDaemon() }));

t.before(async () => { await Promise.all(clusters.map((c) => c.d.start(['--seed', '42', ...c.args]))); });
t.after(async () => { for (const c of clusters) { await c.d.stop(); c.d.cleanup(); } });

/** What a create must end in: the stored fields, or the exact kubectl error detail. */
type Outcome = { policy: string; families: Family[]; ips: Family[] | 'None' } | { error: string };

interface Case { name: string; spec: string; selector: boolean; expect: (c: Cluster) => Outcome }

const other = (f: Family): Family => (f === 'IPv4' ? 'IPv6' : 'IPv4');
const dual = (c: Cluster) => c.families.length === 2;
const primary = (c: Cluster) => c.families[0]!;
const ss = (fams: Family[]): Outcome => ({ policy: 'SingleStack', families: fams, ips: fams });

const cases: Case[] = [
  { name: 'no-policy', spec: '  ports: [{port: 80}]\n', selector: true, expect: (c) => ss([primary(c)]) },
  {
    name: 'families-v6', spec: '  ipFamilies: [IPv6]\n  ports: [{port: 80}]\n', selector: true,
    expect: (c) => (c.families.includes('IPv6') ? ss(['IPv6']) : { error: 'spec.ipFamilies[0]: Invalid value: "IPv6": not configured on this cluster' }),
  },
  {
    name: 'pds', spec: '  ipFamilyPolicy: PreferDualStack\n  ports: [{port: 80}]\n', selector: true,
    expect: (c) => ({ policy: 'PreferDualStack', families: c.families, ips: c.families }),
  },
  {
    name: 'rds', spec: '  ipFamilyPolicy: RequireDualStack\n  ports: [{port: 80}]\n', selector: true,
    expect: (c) => (dual(c) ? { policy: 'RequireDualStack', families: c.families, ips: c.families }
      : { error: 'spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services' }),
  },
  {
    name: 'headless-selector', spec: '  clusterIP: None\n  ports: [{port: 80}]\n', selector: true,
    expect: (c) => ({ policy: 'SingleStack', families: [primary(c)], ips: 'None' }),
  },
  {
    // alloc.go initIPFamilyFields: headless without selector defaults to RequireDualStack and
    // gets both families even on a single-stack cluster
    name: 'headless-selectorless', spec: '  clusterIP: None\n  ports: [{port: 80}]\n', selector: false,
    expect: (c) => ({ policy: 'RequireDualStack', families: [primary(c), other(primary(c))], ips: 'None' }),
  },
  {
    name: 'static-v4', spec: `  clusterIP: ${STATIC_V4}\n  clusterIPs: [${STATIC_V4}]\n  ports: [{port: 80}]\n`, selector: true,
    expect: (c) => (c.families.includes('IPv4') ? ss(['IPv4'])
      : { error: `spec.clusterIPs[0]: Invalid value: []string{"${STATIC_V4}"}: IPv4 is not configured on this cluster` }),
  },
];

/** `netsim ARGS` with `input` on stdin, without blocking the event loop (the clusters run side by side). */
function netsimAsync(d: TestDaemon, args: string[], input: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [CLI, '--home', d.home, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    c.stdout.on('data', (b) => { stdout += b; });
    c.stderr.on('data', (b) => { stderr += b; });
    c.on('close', (code) => resolve({ stdout, stderr, code: code ?? -1 }));
    c.stdin.end(input);
  });
}

function manifest(name: string, spec: string, selector: boolean): string {
  return `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n${selector ? '  selector:\n    app: demo\n' : ''}${spec}`;
}

async function observe(c: Cluster, k: Case): Promise<Outcome> {
  const r = await netsimAsync(c.d, ['apply', '-f', '-'], manifest(k.name, k.spec, k.selector));
  if (r.code !== 0) {
    const prefix = `The Service "${k.name}" is invalid: `;
    assert.ok(r.stderr.startsWith(prefix) && r.stderr.endsWith('\n') && r.code === 1, `${c.name}/${k.name}: exit ${r.code}: ${r.stderr}`);
    return { error: r.stderr.slice(prefix.length, -1) };
  }
  assert.is(r.stdout, `service/${k.name} created\n`);
  const got = await netsimAsync(c.d, ['get', 'svc', k.name, '-o', 'jsonpath={.spec.ipFamilyPolicy} {.spec.ipFamilies[*]}|{.spec.clusterIPs[*]}|{.spec.clusterIP}'], '');
  const [head, ips, clusterIP] = got.stdout.split('|');
  const [policy, ...families] = head!.split(' ');
  const list = ips!.split(' ');
  assert.is(clusterIP, list[0], `${c.name}/${k.name}: clusterIP = clusterIPs[0]`);
  if (list[0] === 'None') return { policy: policy!, families: families as Family[], ips: list.length === 1 ? 'None' : (list as Family[]) };
  for (const ip of list) assert.ok(inCidr(ip, familyOf(ip) === 'IPv4' ? V4 : V6), `${ip} in the Service range`);
  if (k.name === 'static-v4') assert.equal(list, [STATIC_V4]);
  return { policy: policy!, families: families as Family[], ips: list.map(familyOf) };
}

for (const k of cases) {
  t(`outcome table: ${k.name} on ipv4, ipv6, dual, ipv6-primary`, async () => {
    const got = await Promise.all(clusters.map((c) => observe(c, k)));
    assert.equal(Object.fromEntries(clusters.map((c, i) => [c.name, got[i]])), Object.fromEntries(clusters.map((c) => [c.name, k.expect(c)])));
  });
}

// ---- kill -9 -------------------------------------------------------------------------------

interface Allocated { clusterIPs: string[]; nodePort: string }

function allocations(d: TestDaemon): Map<string, Allocated> {
  const out = d.netsim(['get', 'svc', '-A', '-o', 'jsonpath={range .items[*]}{.metadata.namespace}/{.metadata.name}|{.spec.clusterIPs[*]}|{.spec.ports[*].nodePort}{"\\n"}{end}']);
  assert.is(out.code, 0, out.stderr);
  return new Map(out.stdout.split('\n').filter(Boolean).map((l) => {
    const [name, ips, port] = l.split('|');
    return [name!, { clusterIPs: ips!.split(' ').filter(Boolean), nodePort: port ?? '' }];
  }));
}

const nodePortSvc = (i: number) => manifest(`np-${i}`, '  type: NodePort\n  ipFamilyPolicy: PreferDualStack\n  ports: [{port: 80}]\n', true);

t('kill -9: same clusterIPs and nodePorts after restart; new Services never reuse them', async () => {
  const d = clusters.find((c) => c.name === 'dual')!.d;
  const docs = Array.from({ length: 10 }, (_, i) => nodePortSvc(i)).join('---\n');
  const r = d.netsim(['apply', '-f', '-'], docs);
  assert.is(r.code, 0, r.stderr);
  const before = allocations(d);
  await d.kill();
  await d.start(['--seed', '42']);
  assert.equal(allocations(d), before, 'every acknowledged Service kept its addresses and ports');
  const more = d.netsim(['apply', '-f', '-'], Array.from({ length: 10 }, (_, i) => nodePortSvc(i + 10)).join('---\n'));
  assert.is(more.code, 0, more.stderr);
  const after = allocations(d);
  const taken = (m: Map<string, Allocated>, skip: (k: string) => boolean) =>
    [...m].filter(([k]) => !skip(k)).flatMap(([, v]) => [...v.clusterIPs, ...v.nodePort.split(' ').filter(Boolean)]);
  const old = new Set(taken(before, () => false));
  const fresh = taken(after, (k) => before.has(k));
  assert.is(fresh.length, 30, 'ten new Services with two clusterIPs and one nodePort each');
  assert.equal(fresh.filter((x) => old.has(x)), [], 'no reuse');
  assert.is(new Set(fresh).size, fresh.length, 'no duplicates among the new ones');
});

t.run();
