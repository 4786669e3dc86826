// Upstream Service registry UPDATE tables, second half (kubernetes pkg/registry/core/service/
// storage/storage_test.go): TestUpdateIPsFromDualStack v6v4 prefer/require rows and extras, its
// headless table, and TestUpdateDryRun. Imports test/support and daemon types only.
import ipaddr from 'ipaddr.js';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Service, ServiceSpec } from '../../daemon/domain/service-types.js';
import type { IpFamily } from '../../daemon/domain/types.js';
import { openTestCluster, type TestCluster } from '../support/cluster.js';
import { CLUSTERS, V4, V6, type Kind } from './apiserver-clusters.js';

const t = suite('services: apiserver storage_test update tables (2)');

type Api = TestCluster['cluster'];

/** What upstream proves after a step: an error, or the family count (downgrade: secondary dropped). */
type Want = 'error' | { families: number; headless?: boolean; downgrade?: boolean };
interface Row { table: string; kind: Kind; name: string; create: Partial<ServiceSpec>; update: Partial<ServiceSpec>; createWant: Want; updateWant: Want }

const POL = { nil: undefined, single: 'SingleStack', prefer: 'PreferDualStack', require: 'RequireDualStack' } as const;
type Policy = keyof typeof POL;
const fam = (ip: string): IpFamily => (ip.includes(':') ? 'IPv6' : 'IPv4');
const K2 = { selector: { k2: 'v2' } };
const want = (cell: string, headless = false): Want =>
  (cell === 'E' ? 'error' : { families: cell === 'D' ? 1 : Number(cell), downgrade: cell === 'D', headless });

/**
 * Rows `policy:<p>_families:<f>_ips:<i>` for the policies in `grid`: nine cells per policy, index
 * families*3 + ips over {nil, single, dual}; `E` expectError, `1`/`2` ipFamilies count, `D` 1 with
 * expectStackDowngrade.
 */
function matrix(table: string, kind: Kind, order: string[], create: Partial<ServiceSpec>, createN: number, grid: Partial<Record<Policy, string>>): Row[] {
  const sets = ['nil', 'single', 'dual'] as const;
  const pick = <T>(s: string, xs: T[]): T[] | undefined => (s === 'nil' ? undefined : s === 'single' ? xs.slice(0, 1) : xs);
  return (Object.keys(grid) as Policy[]).flatMap((p) => sets.flatMap((f, fi) => sets.map((i, ii): Row => {
    const update: Partial<ServiceSpec> = { ...K2 };
    if (POL[p]) update.ipFamilyPolicy = POL[p];
    const fs = pick(f, order.map(fam)); if (fs) update.ipFamilies = fs;
    const is = pick(i, order); if (is) { update.clusterIP = is[0]; update.clusterIPs = is; }
    return { table, kind, name: `policy:${p}_families:${f}_ips:${i}`, create, createWant: { families: createN }, update, updateWant: want(grid[p]![fi * 3 + ii]!) };
  })));
}

const FROM_DUAL = 'TestUpdateIPsFromDualStack';
const rds64: Partial<ServiceSpec> = { type: 'ClusterIP', ipFamilyPolicy: 'RequireDualStack', clusterIP: V6, clusterIPs: [V6, V4] };

// testCasesV6V4 as upstream has them (read, not mirrored): prefer and require rows, then the extras.
const fromDualV6V4: Row[] = [
  ...matrix(FROM_DUAL, 'dualstack:v6v4', [V6, V4], rds64, 2, { prefer: '2E2EEE2E2', require: '2E2EEE2E2' }),
  // dual-single_wrong_order_families
  { table: FROM_DUAL, kind: 'dualstack:v6v4', name: 'dual-single_wrong_order_families', create: rds64, createWant: { families: 2 },
    update: { ipFamilyPolicy: 'SingleStack', ipFamilies: ['IPv4'] }, updateWant: 'error' },
  // dual-single_wrong_order_ips
  { table: FROM_DUAL, kind: 'dualstack:v6v4', name: 'dual-single_wrong_order_ips', create: rds64, createWant: { families: 2 },
    update: { ipFamilyPolicy: 'SingleStack', clusterIP: V4, clusterIPs: [V4] }, updateWant: 'error' },
];

// testCasesHeadless of TestUpdateIPsFromDualStack: a RequireDualStack headless Service in a v4v6
// cluster; rows `policy:<p>_families:<f>` over families {nil, [IPv4], [IPv4, IPv6]}.
const HEADLESS_GRID: Record<Policy, string> = { nil: '2E2', single: '11D', prefer: '2E2', require: '2E2' };
const fromDualHeadless: Row[] = (Object.keys(HEADLESS_GRID) as Policy[]).flatMap((p) =>
  (['nil', 'single', 'dual'] as const).map((f, fi): Row => {
    const update: Partial<ServiceSpec> = { ...K2 };
    if (POL[p]) update.ipFamilyPolicy = POL[p];
    if (f !== 'nil') update.ipFamilies = f === 'single' ? ['IPv4'] : ['IPv4', 'IPv6'];
    return { table: `${FROM_DUAL} headless`, kind: 'dualstack:v4v6', name: `policy:${p}_families:${f}`,
      create: { type: 'ClusterIP', ipFamilyPolicy: 'RequireDualStack', clusterIP: 'None', clusterIPs: ['None'] }, createWant: { families: 2, headless: true },
      update, updateWant: want(HEADLESS_GRID[p][fi]!, true) };
  }));

function makeService(name: string, spec: Partial<ServiceSpec>, resourceVersion = ''): Service {
  return {
    apiVersion: 'v1', kind: 'Service', status: {},
    metadata: { name, namespace: 'default', uid: '', resourceVersion, creationTimestamp: '' },
    spec: { type: 'ClusterIP', selector: { k: 'v' }, sessionAffinity: 'None', ports: [{ port: 93, protocol: 'TCP', targetPort: 76 }], ...spec },
  };
}

const clusters = new Map<Kind, TestCluster>();
t.after(async () => { for (const c of clusters.values()) await c.close(); });
async function open(kind: Kind): Promise<Api> {
  if (!clusters.has(kind)) clusters.set(kind, await openTestCluster(CLUSTERS[kind]));
  return clusters.get(kind)!.cluster;
}
let seq = 0;

// Upstream ipIsAllocated / portIsAllocated: ask the allocators directly.
const ipTaken = (c: Api, ip: string): boolean => c.serviceIpam.allocations.ipOwner(ip) !== undefined;
const portTaken = (c: Api, port: number): boolean => c.serviceIpam.allocations.portOwner(port) !== undefined;

/** Upstream's proveClusterIPsAllocated / proveHeadless plus proveNumFamilies and the downgrade check. */
function prove(c: Api, w: Exclude<Want, 'error'>, got: Service, before?: Service): void {
  const { spec } = got;
  assert.is(spec.ipFamilies?.length, w.families, 'ipFamilies count');
  assert.ok(spec.ipFamilyPolicy, 'ipFamilyPolicy set');
  if (spec.ipFamilyPolicy === 'SingleStack') assert.is(w.families, 1, 'SingleStack has one family');
  if (spec.ipFamilyPolicy === 'RequireDualStack') assert.is(w.families, 2, 'RequireDualStack has two families');
  if (before) assert.equal(spec.ipFamilies!.slice(0, 1), before.spec.ipFamilies!.slice(0, 1), 'primary family kept');
  if (w.headless) { assert.equal(spec.clusterIPs, ['None'], 'headless clusterIPs'); assert.is(spec.clusterIP, 'None'); return; }
  const ips = spec.clusterIPs ?? [];
  assert.is(spec.clusterIP, ips[0], 'clusterIP == clusterIPs[0]');
  assert.equal(ips.map(fam), spec.ipFamilies, 'clusterIPs follow ipFamilies');
  for (const ip of ips) assert.ok(ipTaken(c, ip), `${ip} allocated`);
  if (!before) return;
  const old = before.spec.clusterIPs ?? [];
  const n = Math.min(ips.length, old.length);
  assert.equal(ips.slice(0, n), old.slice(0, n), 'clusterIPs kept');
  if (w.downgrade) for (const ip of old.slice(ips.length)) assert.not.ok(ipTaken(c, ip), `released ${ip}`);
}

async function attempt(run: () => Promise<Service>, w: Want): Promise<Service | undefined> {
  let got: Service | undefined;
  let error: unknown;
  try { got = await run(); } catch (e) { error = e; }
  if (w === 'error') { assert.ok(error !== undefined, `expected an error, got ${JSON.stringify(got?.spec)}`); return undefined; }
  if (error !== undefined) assert.unreachable(`unexpected error: ${(error as Error).message}`);
  return got;
}

/** helpTestCreateUpdateDelete: create, prove, update, prove, delete, prove everything freed. */
async function runRow(row: Row): Promise<void> {
  const c = await open(row.kind);
  const name = `foo-${seq++}`;
  const created = await attempt(() => c.services.create(makeService(name, row.create)), row.createWant);
  if (!created) return;
  const taken = new Set(created.spec.clusterIPs ?? []);
  try {
    prove(c, row.createWant as Exclude<Want, 'error'>, created);
    const updated = await attempt(() => c.services.update(makeService(name, row.update, created.metadata.resourceVersion)), row.updateWant);
    if (row.updateWant === 'error') for (const ip of taken) if (ip !== 'None') assert.ok(ipTaken(c, ip), `${ip} kept after refused update`);
    for (const ip of updated?.spec.clusterIPs ?? []) taken.add(ip);
    if (updated) prove(c, row.updateWant as Exclude<Want, 'error'>, updated, created);
  } finally {
    await c.services.delete('default', name);
  }
  for (const ip of taken) if (ip !== 'None') assert.not.ok(ipTaken(c, ip), `${ip} freed by delete`);
}

for (const row of [...fromDualV6V4, ...fromDualHeadless]) t(`${row.table} ${row.kind} ${row.name}`, () => runRow(row));

// TestUpdateDryRun: a dry-run update neither takes (ExternalName → LoadBalancer: values assigned,
// not allocated) nor releases (LoadBalancer → ExternalName: values cleared, still allocated).
const EXTERNAL: Partial<ServiceSpec> = { type: 'ExternalName', externalName: 'example.com' };
const LB_LOCAL: Partial<ServiceSpec> = { type: 'LoadBalancer', externalTrafficPolicy: 'Local', allocateLoadBalancerNodePorts: true };
const portsOf = (s: Service): number[] => (s.spec.ports ?? []).map((p) => p.nodePort ?? 0);

function proveDryAllocs(c: Api, updated: Service): void {
  const { spec } = updated;
  assert.ok(ipaddr.isValid(spec.clusterIP ?? ''), `expected valid clusterIP: ${spec.clusterIP}`);
  assert.ok((spec.clusterIPs ?? []).length > 0, 'clusterIPs assigned');
  (spec.ipFamilies ?? []).forEach((f, i) => {
    const ip = spec.clusterIPs?.[i] ?? '';
    assert.ok(ipaddr.isValid(ip), `expected valid clusterIP: ${ip}`);
    assert.is(fam(ip), f, `clusterIPs[${i}] family`);
    assert.not.ok(ipTaken(c, ip), `expected IP to not be allocated: ${ip}`);
  });
  for (const p of portsOf(updated)) {
    assert.ok(p > 0, 'expected nodePort to be assigned');
    assert.not.ok(portTaken(c, p), `expected nodePort to not be allocated: ${p}`);
  }
  assert.ok((spec.healthCheckNodePort ?? 0) > 0, 'expected HCNP to be assigned');
  assert.not.ok(portTaken(c, spec.healthCheckNodePort!), `expected HCNP to not be allocated: ${spec.healthCheckNodePort}`);
}

function proveNoRelease(c: Api, created: Service, updated: Service): void {
  assert.is(updated.spec.clusterIP ?? '', '', 'expected clusterIP to be unset');
  assert.equal(updated.spec.clusterIPs ?? [], [], 'expected clusterIPs to be unset');
  for (const ip of created.spec.clusterIPs ?? []) assert.ok(ipTaken(c, ip), `expected IP to still be allocated: ${ip}`);
  for (const p of portsOf(updated)) assert.is(p, 0, 'expected nodePort to be unset');
  for (const p of portsOf(created)) assert.ok(portTaken(c, p), `expected nodePort to still be allocated: ${p}`);
  assert.is(updated.spec.healthCheckNodePort ?? 0, 0, 'expected HCNP to be unset');
  assert.ok(portTaken(c, created.spec.healthCheckNodePort ?? 0), `expected HCNP to still be allocated: ${created.spec.healthCheckNodePort}`);
}

const dryRows = (['singlestack:v4', 'singlestack:v6', 'dualstack:v4v6', 'dualstack:v6v4'] as Kind[]).flatMap((kind) => [
  { kind, name: `${kind}_NoAllocs-Allocs`, create: EXTERNAL, update: LB_LOCAL, verifyDryAllocs: true },
  { kind, name: `${kind}_Allocs-NoAllocs`, create: LB_LOCAL, update: EXTERNAL, verifyDryAllocs: false },
]);

// Row names are upstream's.
for (const row of dryRows) {
  t(`TestUpdateDryRun ${row.name}`, async () => {
    const c = await open(row.kind);
    const name = `dry-${seq++}`;
    const created = await c.services.create(makeService(name, row.create));
    try {
      const ips = created.spec.clusterIPs ?? [];
      if (row.verifyDryAllocs) assert.equal(ips, [], 'ExternalName has no clusterIPs');
      else { assert.ok(ips.length > 0, 'clusterIPs assigned'); for (const ip of ips) assert.ok(ipTaken(c, ip), `${ip} allocated`); }
      const updated = await c.services.update(makeService(name, row.update, created.metadata.resourceVersion), { dryRun: true });
      if (row.verifyDryAllocs) proveDryAllocs(c, updated); else proveNoRelease(c, created, updated);
      const live = c.store.get('Service', 'default', name) as Service | undefined;
      assert.equal(live?.spec, created.spec, 'stored Service unchanged by a dry run');
      assert.is(live?.metadata.resourceVersion, created.metadata.resourceVersion, 'resourceVersion unchanged');
    } finally {
      await c.services.delete('default', name);
    }
    for (const ip of created.spec.clusterIPs ?? []) assert.not.ok(ipTaken(c, ip), `${ip} freed by delete`);
    for (const p of [...portsOf(created), created.spec.healthCheckNodePort ?? 0].filter((p) => p > 0)) assert.not.ok(portTaken(c, p), `${p} freed by delete`);
  });
}

t.run();
