// Upstream's Service registry UPDATE tables (kubernetes pkg/registry/core/service/storage/
// storage_test.go TestUpdateIPsFromSingleStack, TestUpdateIPsFromDualStack,
// TestUpdatePatchAllocatedValues, TestCreateIgnoresIPsForExternalName) run against the in-process
// cluster: create "before", update to "after" (helpTestCreateUpdateDelete), then delete and prove
// every address came back. Imports test/support and daemon types only.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Service, ServicePort, ServiceSpec } from '../../daemon/domain/service-types.js';
import type { IpFamily } from '../../daemon/domain/types.js';
import { openTestCluster, type TestCluster } from '../support/cluster.js';
import { CLUSTERS, V4, V6, type Kind } from './apiserver-clusters.js';

const t = suite('services: apiserver storage_test update tables');


/** What upstream proves after a step: an error, or the family count (downgrade: secondary dropped). */
type Want = 'error' | { families: number; headless?: boolean; downgrade?: boolean; prove?: (s: Service) => void };
interface Row {
  table: string; kind: Kind; name: string;
  create: Partial<ServiceSpec>; update?: Partial<ServiceSpec>;
  createWant: Want; updateWant?: Want;
  /** beforeUpdate: an address taken by another owner (upstream preallocates it in the allocator). */
  block?: string;
}

const POL = { nil: undefined, single: 'SingleStack', prefer: 'PreferDualStack', require: 'RequireDualStack' } as const;
const fam = (ip: string): IpFamily => (ip.includes(':') ? 'IPv6' : 'IPv4');
const K2 = { selector: { k2: 'v2' } };

/**
 * A policy × families × ips matrix: per policy (nil, single, prefer, require) nine cells, index
 * families*3 + ips with each of {nil, single, dual}; `E` = expectError, `1`/`2` = ipFamilies
 * count, `D` = 1 with expectStackDowngrade. Rows are named `policy:<p>_families:<f>_ips:<i>`.
 */
function matrix(table: string, kind: Kind, order: string[], create: Partial<ServiceSpec>, createN: number, grid: Record<keyof typeof POL, string>): Row[] {
  const sets = ['nil', 'single', 'dual'] as const;
  const pick = <T>(s: string, xs: T[]): T[] | undefined => (s === 'nil' ? undefined : s === 'single' ? xs.slice(0, 1) : xs);
  const families = order.map(fam);
  return (Object.keys(POL) as (keyof typeof POL)[]).flatMap((p) => sets.flatMap((f, fi) => sets.map((i, ii): Row => {
    const cell = grid[p][fi * 3 + ii]!;
    const update: Partial<ServiceSpec> = { ...K2 };
    if (POL[p]) update.ipFamilyPolicy = POL[p];
    const fs = pick(f, families); if (fs) update.ipFamilies = fs;
    const is = pick(i, order); if (is) { update.clusterIP = is[0]; update.clusterIPs = is; }
    const updateWant: Want = cell === 'E' ? 'error' : { families: cell === 'D' ? 1 : Number(cell), downgrade: cell === 'D' };
    return { table, kind, name: `policy:${p}_families:${f}_ips:${i}`, create, createWant: { families: createN }, update, updateWant };
  })));
}

const ss = (ip: string): Partial<ServiceSpec> => ({ type: 'ClusterIP', ipFamilyPolicy: 'SingleStack', clusterIP: ip, clusterIPs: [ip] });
const rds = (a: string, b: string): Partial<ServiceSpec> => ({ type: 'ClusterIP', ipFamilyPolicy: 'RequireDualStack', clusterIP: a, clusterIPs: [a, b] });
const SINGLE_GRID = { nil: '11E11EEEE', single: '11E11EEEE', prefer: '222222222', require: '222222222' };
const DUAL_GRID = { nil: '2E2EEE2E2', single: '11D11DDDD', prefer: '2E2EEE2E2', require: '2E2EEE2E2' };
const FROM_SINGLE = 'TestUpdateIPsFromSingleStack';
const FROM_DUAL = 'TestUpdateIPsFromDualStack';

const fromSingle: Row[] = [
  // singlestack:v4 control cases
  ...([
    ['single-single', { ipFamilyPolicy: 'SingleStack', ...K2 }, { families: 1 }],
    ['single-dual', { ipFamilyPolicy: 'RequireDualStack', ipFamilies: ['IPv4', 'IPv6'] }, 'error'],
    ['single-dual_policy', { ipFamilyPolicy: 'RequireDualStack' }, 'error'],
    ['single-dual_families', { ipFamilies: ['IPv4', 'IPv6'] }, 'error'],
  ] as [string, Partial<ServiceSpec>, Want][]).map(([name, update, updateWant]): Row => ({
    table: FROM_SINGLE, kind: 'singlestack:v4', name, create: { ipFamilyPolicy: 'SingleStack' }, createWant: { families: 1 }, update, updateWant })),
  ...matrix(FROM_SINGLE, 'dualstack:v4v6', [V4, V6], ss(V4), 1, SINGLE_GRID),
  { table: FROM_SINGLE, kind: 'dualstack:v4v6', name: 'single-dual_wrong_order_families', create: ss(V4), createWant: { families: 1 },
    update: { ipFamilyPolicy: 'RequireDualStack', ipFamilies: ['IPv6', 'IPv4'] }, updateWant: 'error' },
  { table: FROM_SINGLE, kind: 'dualstack:v4v6', name: 'single-dual_wrong_order_ips', create: ss(V4), createWant: { families: 1 },
    update: { ipFamilyPolicy: 'RequireDualStack', clusterIP: V6, clusterIPs: [V6, V4] }, updateWant: 'error' },
  { table: FROM_SINGLE, kind: 'dualstack:v4v6', name: 'single-dual_ip_in_use', create: ss(V4), createWant: { families: 1 }, block: V6,
    update: { ...K2, ipFamilyPolicy: 'RequireDualStack', ipFamilies: ['IPv4', 'IPv6'], clusterIP: V4, clusterIPs: [V4, V6] }, updateWant: 'error' },
  ...matrix(FROM_SINGLE, 'dualstack:v6v4', [V6, V4], ss(V6), 1, SINGLE_GRID),
  { table: FROM_SINGLE, kind: 'dualstack:v6v4', name: 'single-dual_wrong_order_families', create: ss(V6), createWant: { families: 1 },
    update: { ipFamilyPolicy: 'RequireDualStack', ipFamilies: ['IPv4', 'IPv6'] }, updateWant: 'error' },
  { table: FROM_SINGLE, kind: 'dualstack:v6v4', name: 'single-dual_wrong_order_ips', create: ss(V6), createWant: { families: 1 },
    update: { ipFamilyPolicy: 'RequireDualStack', clusterIP: V4, clusterIPs: [V4, V6] }, updateWant: 'error' },
  { table: FROM_SINGLE, kind: 'dualstack:v6v4', name: 'single-dual_ip_in_use', create: ss(V6), createWant: { families: 1 }, block: V4,
    update: { ...K2, ipFamilyPolicy: 'RequireDualStack', ipFamilies: ['IPv4', 'IPv6'], clusterIP: V6, clusterIPs: [V6, V4] }, updateWant: 'error' },
  // headless: policy × families {nil, single, dual}; rows `policy:<p>_families:<f>`
  ...(Object.entries({ nil: '11E', single: '11E', prefer: '222', require: '222' }) as [keyof typeof POL, string][]).flatMap(([p, cells]) =>
    (['nil', 'single', 'dual'] as const).map((f, fi): Row => {
      const update: Partial<ServiceSpec> = { ...K2 };
      if (POL[p]) update.ipFamilyPolicy = POL[p];
      if (f !== 'nil') update.ipFamilies = f === 'single' ? ['IPv4'] : ['IPv4', 'IPv6'];
      const c = cells[fi]!;
      return { table: `${FROM_SINGLE} headless`, kind: 'dualstack:v4v6', name: `policy:${p}_families:${f}`,
        create: { ipFamilyPolicy: 'SingleStack', clusterIP: 'None', clusterIPs: ['None'] }, createWant: { families: 1, headless: true },
        update, updateWant: c === 'E' ? 'error' : { families: Number(c), headless: true } };
    })),
];

const fromDual: Row[] = [
  ...matrix(FROM_DUAL, 'dualstack:v4v6', [V4, V6], rds(V4, V6), 2, DUAL_GRID),
  { table: FROM_DUAL, kind: 'dualstack:v4v6', name: 'dual-single_wrong_order_families', create: rds(V4, V6), createWant: { families: 2 },
    update: { ipFamilyPolicy: 'SingleStack', ipFamilies: ['IPv6'] }, updateWant: 'error' },
  { table: FROM_DUAL, kind: 'dualstack:v4v6', name: 'dual-single_wrong_order_ips', create: rds(V4, V6), createWant: { families: 2 },
    update: { ipFamilyPolicy: 'SingleStack', clusterIP: V6, clusterIPs: [V6] }, updateWant: 'error' },
  // dualstack:v6v4 mirrors v4v6 (rows through policy:single read upstream; prefer/require by symmetry)
  ...matrix(FROM_DUAL, 'dualstack:v6v4', [V6, V4], rds(V6, V4), 2, DUAL_GRID),
];

// TestUpdatePatchAllocatedValues: LoadBalancer + externalTrafficPolicy Local, dual-stack v4v6.
const lb = (extra: Partial<ServiceSpec>): Partial<ServiceSpec> => ({ type: 'LoadBalancer', externalTrafficPolicy: 'Local', ...extra });
const PQ = (np: [number?, number?] = [], swap = false): ServicePort[] => {
  const ps: ServicePort[] = [{ name: 'p', port: 867, targetPort: 867, protocol: 'TCP' }, { name: 'q', port: 5309, targetPort: 5309, protocol: 'TCP' }];
  ps.forEach((p, i) => { if (np[i]) p.nodePort = np[i]; });
  return swap ? ps.reverse() : ps;
};
const twoPorts = lb({ ports: PQ([30093, 30076]), healthCheckNodePort: 30118 });
const ports = (want: (number | string)[], hcnp: number) => (s: Service) => {
  want.forEach((w, i) => {
    const got = s.spec.ports?.[i]?.nodePort;
    if (typeof w === 'number') assert.is(got, w, `ports[${i}].nodePort`); else assert.is.not(got, Number(w.slice(1)), `ports[${i}].nodePort not ${w}`);
  });
  assert.is(s.spec.healthCheckNodePort, hcnp, 'healthCheckNodePort');
};
const PATCH = 'TestUpdatePatchAllocatedValues';
const patchRows: Row[] = ([
  ['single-ip_single-port', lb({ clusterIP: V4, clusterIPs: [V4], ports: [{ port: 93, protocol: 'TCP', targetPort: 76, nodePort: 30093 }], healthCheckNodePort: 30118 }), 1,
    lb({}), { families: 1, prove: (s: Service) => { assert.is(s.spec.clusterIPs?.[0], V4); ports([30093], 30118)(s); } }],
  ['multi-ip_multi-port', lb({ ...twoPorts, ipFamilyPolicy: 'PreferDualStack', clusterIP: V4, clusterIPs: [V4, V6] }), 2,
    lb({ ports: PQ() }), { families: 2, prove: (s: Service) => { assert.equal(s.spec.clusterIPs, [V4, V6]); ports([30093, 30076], 30118)(s); } }],
  ['multi-ip_partial', lb({ ...twoPorts, ipFamilyPolicy: 'PreferDualStack', clusterIP: V4, clusterIPs: [V4, V6] }), 2,
    lb({ clusterIP: V4, clusterIPs: [V4] }), 'error'],
  ['multi-port_partial', twoPorts, 1, lb({ ports: PQ([30093]) }), { families: 1, prove: ports([30093, 30076], 30118) }],
  ['swap-ports', twoPorts, 1, lb({ ports: PQ([], true) }), { families: 1, prove: ports([30076, 30093], 30118) }],
  ['partial-swap-ports', twoPorts, 1, lb({ ports: PQ([30076]), healthCheckNodePort: 30118 }), { families: 1, prove: ports([30076, '!30076'], 30118) }],
  ['swap-port-with-hcnp', twoPorts, 1, lb({ ports: PQ([30076, 30118]) }), 'error'],
  ['partial-swap-port-with-hcnp', twoPorts, 1, lb({ ports: PQ([30118]) }), 'error'],
  ['update-hcnp', twoPorts, 1, lb({ ports: PQ([30093, 30076]), healthCheckNodePort: 30111 }), 'error'],
] as [string, Partial<ServiceSpec>, number, Partial<ServiceSpec>, Want][]).map(([name, create, n, update, updateWant]) => (
  { table: PATCH, kind: 'dualstack:v4v6' as Kind, name, create, createWant: { families: n }, update, updateWant }));

// TestCreateIgnoresIPsForExternalName: create only; IP fields stay empty or the create fails.
const EXT = 'TestCreateIgnoresIPsForExternalName';
const extRows: Row[] = (['singlestack:v6', 'dualstack:v6v4'] as Kind[]).flatMap((kind) => {
  const [a, b]: IpFamily[] = kind === 'singlestack:v6' ? ['IPv4', 'IPv6'] : ['IPv6', 'IPv4'];
  return ([
    ['Policy:unset_Families:unset', {}, { families: 0 }],
    ['Policy:SingleStack_Families:v6', { ipFamilyPolicy: 'SingleStack', ipFamilies: ['IPv6'] }, 'error'],
    [`Policy:PreferDualStack_Families:${a === 'IPv4' ? 'v4v6' : 'v6v4'}`, { ipFamilyPolicy: 'PreferDualStack', ipFamilies: [a, b] }, 'error'],
    [`Policy:RequireDualStack_Families:${a === 'IPv4' ? 'v6v4' : 'v4v6'}`, { ipFamilyPolicy: 'RequireDualStack', ipFamilies: [b, a] }, 'error'],
  ] as [string, Partial<ServiceSpec>, Want][]).map(([name, spec, createWant]): Row => (
    { table: EXT, kind, name, create: { ...spec, type: 'ExternalName', externalName: 'example.com' }, createWant }));
});

function makeService(name: string, spec: Partial<ServiceSpec>, resourceVersion = ''): Service {
  return {
    apiVersion: 'v1', kind: 'Service', status: {},
    metadata: { name, namespace: 'default', uid: '', resourceVersion, creationTimestamp: '' },
    spec: { type: 'ClusterIP', selector: { k: 'v' }, sessionAffinity: 'None', ports: [{ port: 93, protocol: 'TCP', targetPort: 76 }], ...spec },
  };
}

const clusters = new Map<Kind, TestCluster>();
t.after(async () => { for (const c of clusters.values()) await c.close(); });
let seq = 0;

/** True if `ip` can be taken by a fresh single-stack Service (the probe is deleted again). */
async function isFree(c: TestCluster['cluster'], ip: string): Promise<boolean> {
  const name = `probe-${seq++}`;
  try { await c.services.create(makeService(name, { ipFamilyPolicy: 'SingleStack', ipFamilies: [fam(ip)], clusterIP: ip, clusterIPs: [ip] })); }
  catch { return false; }
  await c.services.delete('default', name);
  return true;
}

/** Upstream's proveClusterIPsAllocated / proveHeadless / ExternalName checks, plus the row's proofs. */
async function prove(c: TestCluster['cluster'], want: Exclude<Want, 'error'>, got: Service, before?: Service): Promise<void> {
  const { spec } = got;
  if (want.families === 0) { assert.equal([spec.ipFamilyPolicy, spec.ipFamilies ?? [], spec.clusterIP ?? '', spec.clusterIPs ?? []], [undefined, [], '', []], 'no IP fields'); return; }
  assert.is(spec.ipFamilies?.length, want.families, 'ipFamilies count');
  assert.ok(spec.ipFamilyPolicy, 'ipFamilyPolicy set');
  if (spec.ipFamilyPolicy === 'SingleStack') assert.is(want.families, 1, 'SingleStack has one family');
  if (spec.ipFamilyPolicy === 'RequireDualStack') assert.is(want.families, 2, 'RequireDualStack has two families');
  if (want.headless) { assert.equal(spec.clusterIPs, ['None'], 'headless clusterIPs'); assert.is(spec.clusterIP, 'None'); return; }
  const ips = spec.clusterIPs ?? [];
  assert.is(spec.clusterIP, ips[0], 'clusterIP == clusterIPs[0]');
  assert.equal(ips.map(fam), spec.ipFamilies, 'clusterIPs follow ipFamilies');
  for (const ip of ips) assert.not.ok(await isFree(c, ip), `${ip} allocated`);
  if (before) {
    const old = before.spec.clusterIPs ?? [];
    assert.equal(ips.slice(0, Math.min(ips.length, old.length)), old.slice(0, Math.min(ips.length, old.length)), 'clusterIPs kept');
    assert.equal(spec.ipFamilies!.slice(0, 1), before.spec.ipFamilies!.slice(0, 1), 'primary family kept');
    if (want.downgrade) for (const ip of old.slice(ips.length)) assert.ok(await isFree(c, ip), `released ${ip} reusable`);
  }
  want.prove?.(got);
}

async function step(run: () => Promise<Service>, want: Want): Promise<Service | undefined> {
  let got: Service | undefined;
  let error: unknown;
  try { got = await run(); } catch (e) { error = e; }
  if (want === 'error') { assert.ok(error !== undefined, `expected an error, got ${JSON.stringify(got?.spec)}`); return undefined; }
  if (error !== undefined) assert.unreachable(`unexpected error: ${(error as Error).message}`);
  return got;
}

async function runRow(row: Row): Promise<void> {
  if (!clusters.has(row.kind)) clusters.set(row.kind, await openTestCluster(CLUSTERS[row.kind]));
  const { cluster } = clusters.get(row.kind)!;
  const name = `foo-${seq++}`;
  const blocker = `blocker-${seq++}`;
  const created = await step(() => cluster.services.create(makeService(name, row.create)), row.createWant);
  if (!created) return;
  const taken = new Set(created.spec.clusterIPs ?? []);
  try {
    await prove(cluster, row.createWant as Exclude<Want, 'error'>, created);
    if (!row.update) return;
    if (row.block) await cluster.services.create(makeService(blocker, { ipFamilyPolicy: 'SingleStack', ipFamilies: [fam(row.block)], clusterIP: row.block, clusterIPs: [row.block] }));
    const updated = await step(() => cluster.services.update(makeService(name, row.update!, created.metadata.resourceVersion)), row.updateWant!);
    if (row.block) await cluster.services.delete('default', blocker);
    for (const ip of updated?.spec.clusterIPs ?? []) taken.add(ip);
    if (updated) await prove(cluster, row.updateWant as Exclude<Want, 'error'>, updated, created);
  } finally {
    await cluster.services.delete('default', name);
  }
  for (const ip of taken) if (ip !== 'None') assert.ok(await isFree(cluster, ip), `${ip} freed by delete`);
}

for (const row of [...fromSingle, ...fromDual, ...patchRows, ...extRows]) {
  t(`${row.table} ${row.kind} ${row.name}`, () => runRow(row));
}

t.run();
