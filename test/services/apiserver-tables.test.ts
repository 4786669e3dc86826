// Upstream's own Service registry tables (kubernetes pkg/registry/core/service/storage/
// storage_test.go TestCreateInitIPFields) run against the in-process cluster (real store and
// allocators), one cluster per upstream cluster kind. Imports test/support and daemon types.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Service, ServiceSpec } from '../../daemon/domain/service-types.js';
import type { IpFamily } from '../../daemon/domain/types.js';
import { openTestCluster, type TestCluster } from '../support/cluster.js';
import { CLUSTERS, V4, V6, type Kind } from './apiserver-clusters.js';

const t = suite('services: apiserver storage_test tables');

// Upstream's ranges are 10.0.0.0/16 and 2000::/108 with requested IPs 10.0.0.1 and 2000::1;
// here .1 is the `kubernetes` Service, so rows request .100 (the semantics do not depend on it).

const POLICIES = ['unset', 'SingleStack', 'PreferDualStack', 'RequireDualStack'] as const;
const FAMILIES = ['unset', 'v4', 'v6', 'v4v6', 'v6v4'] as const;
const fam = (f: string): IpFamily[] => (f === 'unset' ? [] : f.match(/v[46]/g)!.map((x) => (x === 'v4' ? 'IPv4' : 'IPv6')));
const ips = (f: string): string[] => fam(f).map((x) => (x === 'IPv4' ? V4 : V6));

/**
 * One upstream section: rows by Policy (unset, SingleStack, PreferDualStack, RequireDualStack),
 * columns by Families (unset, v4, v6, v4v6, v6v4). A cell is `E` (expectError) or
 * `<policy initials><families>`: S4 = SingleStack [IPv4], P64 = PreferDualStack [IPv6, IPv4],
 * R46 = RequireDualStack [IPv4, IPv6]. The upstream row name is
 * `<section>_Policy:<policy>_Families:<families>`.
 */
type Grid = readonly (readonly string[])[];
interface Section { kind: Kind; section: string; grid: Grid }

const E = 'E';
const sections: Section[] = [
  // singlestack:v4
  { kind: 'singlestack:v4', section: 'ClusterIPs:unset', grid: [['S4', 'S4', E, E, E], ['S4', 'S4', E, E, E], ['P4', 'P4', E, E, E], [E, E, E, E, E]] },
  { kind: 'singlestack:v4', section: 'ClusterIPs:v4', grid: [['S4', 'S4', E, E, E], ['S4', 'S4', E, E, E], ['P4', 'P4', E, E, E], [E, E, E, E, E]] },
  { kind: 'singlestack:v4', section: 'ClusterIPs:v4v6', grid: [[E, E, E, E, E], [E, E, E, E, E], [E, E, E, E, E], [E, E, E, E, E]] },
  { kind: 'singlestack:v4', section: 'ClusterIPs:v6v4', grid: [[E, E, E, E, E], [E, E, E, E, E], [E, E, E, E, E], [E, E, E, E, E]] },
  { kind: 'singlestack:v4', section: 'Headless', grid: [['S4', 'S4', E, E, E], ['S4', 'S4', E, E, E], ['P4', 'P4', E, E, E], [E, E, E, E, E]] },
  { kind: 'singlestack:v4', section: 'HeadlessSelectorless', grid: [['R46', 'R46', 'R64', 'R46', 'R64'], ['S4', 'S4', 'S6', E, E],
    ['P46', 'P46', 'P64', 'P46', 'P64'], ['R46', 'R46', 'R64', 'R46', 'R64']] },
  // singlestack:v6
  { kind: 'singlestack:v6', section: 'ClusterIPs:unset', grid: [['S6', E, 'S6', E, E], ['S6', E, 'S6', E, E], ['P6', E, 'P6', E, E], [E, E, E, E, E]] },
  { kind: 'singlestack:v6', section: 'ClusterIPs:v6', grid: [['S6', E, 'S6', E, E], ['S6', E, 'S6', E, E], ['P6', E, 'P6', E, E], [E, E, E, E, E]] },
  { kind: 'singlestack:v6', section: 'ClusterIPs:v4v6', grid: [[E, E, E, E, E], [E, E, E, E, E], [E, E, E, E, E], [E, E, E, E, E]] },
  { kind: 'singlestack:v6', section: 'ClusterIPs:v6v4', grid: [[E, E, E, E, E], [E, E, E, E, E], [E, E, E, E, E], [E, E, E, E, E]] },
  { kind: 'singlestack:v6', section: 'Headless', grid: [['S6', E, 'S6', E, E], ['S6', E, 'S6', E, E], ['P6', E, 'P6', E, E], [E, E, E, E, E]] },
  { kind: 'singlestack:v6', section: 'HeadlessSelectorless', grid: [['R64', 'R46', 'R64', 'R46', 'R64'], ['S6', 'S4', 'S6', E, E],
    ['P64', 'P46', 'P64', 'P46', 'P64'], ['R64', 'R46', 'R64', 'R46', 'R64']] },
  // dualstack:v4v6
  { kind: 'dualstack:v4v6', section: 'ClusterIPs:unset', grid: [['S4', 'S4', 'S6', E, E], ['S4', 'S4', 'S6', E, E],
    ['P46', 'P46', 'P64', 'P46', 'P64'], ['R46', 'R46', 'R64', 'R46', 'R64']] },
  { kind: 'dualstack:v4v6', section: 'ClusterIPs:v4', grid: [['S4', 'S4', E, E, E], ['S4', 'S4', E, E, E], ['P46', 'P46', E, 'P46', E], ['R46', 'R46', E, 'R46', E]] },
  { kind: 'dualstack:v4v6', section: 'ClusterIPs:v6', grid: [['S6', E, 'S6', E, E], ['S6', E, 'S6', E, E], ['P64', E, 'P64', E, 'P64'], ['R64', E, 'R64', E, 'R64']] },
  { kind: 'dualstack:v4v6', section: 'ClusterIPs:v4v6', grid: [[E, E, E, E, E], [E, E, E, E, E], ['P46', 'P46', E, 'P46', E], ['R46', 'R46', E, 'R46', E]] },
  { kind: 'dualstack:v4v6', section: 'ClusterIPs:v6v4', grid: [[E, E, E, E, E], [E, E, E, E, E], ['P64', E, 'P64', E, 'P64'], ['R64', E, 'R64', E, 'R64']] },
  { kind: 'dualstack:v4v6', section: 'Headless', grid: [['S4', 'S4', 'S6', E, E], ['S4', 'S4', 'S6', E, E],
    ['P46', 'P46', 'P64', 'P46', 'P64'], ['R46', 'R46', 'R64', 'R46', 'R64']] },
  { kind: 'dualstack:v4v6', section: 'HeadlessSelectorless', grid: [['R46', 'R46', 'R64', 'R46', 'R64'], ['S4', 'S4', 'S6', E, E],
    ['P46', 'P46', 'P64', 'P46', 'P64'], ['R46', 'R46', 'R64', 'R46', 'R64']] },
  // dualstack:v6v4 (ClusterIPs:unset and ClusterIPs:v4 read row by row; the later sections of
  // this kind mirror dualstack:v4v6 with the primary family swapped where a field is unset)
  { kind: 'dualstack:v6v4', section: 'ClusterIPs:unset', grid: [['S6', 'S4', 'S6', E, E], ['S6', 'S4', 'S6', E, E],
    ['P64', 'P46', 'P64', 'P46', 'P64'], ['R64', 'R46', 'R64', 'R46', 'R64']] },
  { kind: 'dualstack:v6v4', section: 'ClusterIPs:v4', grid: [['S4', 'S4', E, E, E], ['S4', 'S4', E, E, E], ['P46', 'P46', E, 'P46', E], ['R46', 'R46', E, 'R46', E]] },
  { kind: 'dualstack:v6v4', section: 'ClusterIPs:v6', grid: [['S6', E, 'S6', E, E], ['S6', E, 'S6', E, E], ['P64', E, 'P64', E, 'P64'], ['R64', E, 'R64', E, 'R64']] },
  { kind: 'dualstack:v6v4', section: 'ClusterIPs:v4v6', grid: [[E, E, E, E, E], [E, E, E, E, E], ['P46', 'P46', E, 'P46', E], ['R46', 'R46', E, 'R46', E]] },
  { kind: 'dualstack:v6v4', section: 'ClusterIPs:v6v4', grid: [[E, E, E, E, E], [E, E, E, E, E], ['P64', E, 'P64', E, 'P64'], ['R64', E, 'R64', E, 'R64']] },
  { kind: 'dualstack:v6v4', section: 'Headless', grid: [['S6', 'S4', 'S6', E, E], ['S6', 'S4', 'S6', E, E],
    ['P64', 'P46', 'P64', 'P46', 'P64'], ['R64', 'R46', 'R64', 'R46', 'R64']] },
  { kind: 'dualstack:v6v4', section: 'HeadlessSelectorless', grid: [['R64', 'R46', 'R64', 'R46', 'R64'], ['S6', 'S4', 'S6', E, E],
    ['P64', 'P46', 'P64', 'P46', 'P64'], ['R64', 'R46', 'R64', 'R46', 'R64']] },
];

const POLICY_OF: Record<string, ServiceSpec['ipFamilyPolicy']> = { S: 'SingleStack', P: 'PreferDualStack', R: 'RequireDualStack' };

interface Row { kind: Kind; name: string; spec: Partial<ServiceSpec>; want: 'error' | { policy: string; families: IpFamily[]; headless: boolean } }

/** The Service upstream's svctest.MakeService("foo", tweaks...) builds for a row. */
function rowSpec(section: string, policy: string, families: string): Partial<ServiceSpec> {
  const spec: Partial<ServiceSpec> = {};
  if (section.startsWith('Headless')) { spec.clusterIP = 'None'; spec.clusterIPs = ['None']; }
  if (section === 'HeadlessSelectorless') spec.selector = undefined;
  const requested = section.startsWith('ClusterIPs:') ? ips(section.slice('ClusterIPs:'.length)) : [];
  if (requested.length) { spec.clusterIP = requested[0]; spec.clusterIPs = requested; }
  if (policy !== 'unset') spec.ipFamilyPolicy = policy as ServiceSpec['ipFamilyPolicy'];
  if (families !== 'unset') spec.ipFamilies = fam(families);
  return spec;
}

function expand(s: Section): Row[] {
  return POLICIES.flatMap((policy, p) => FAMILIES.map((families, f): Row => {
    const cell = s.grid[p][f];
    const want = cell === E ? 'error' as const
      : { policy: POLICY_OF[cell[0]]!, families: fam(`v${cell.slice(1).split('').join('v')}`), headless: s.section.startsWith('Headless') };
    return { kind: s.kind, name: `${s.section}_Policy:${policy}_Families:${families}`, spec: rowSpec(s.section, policy, families), want };
  }));
}

const rows = sections.flatMap(expand);

function makeService(name: string, spec: Partial<ServiceSpec>): Service {
  return {
    apiVersion: 'v1', kind: 'Service', status: {},
    metadata: { name, namespace: 'default', uid: '', resourceVersion: '', creationTimestamp: '' },
    spec: { type: 'ClusterIP', selector: { k: 'v' }, sessionAffinity: 'None', ports: [{ port: 93, protocol: 'TCP', targetPort: 76 }], ...spec },
  };
}

const familyOf = (ip: string): IpFamily => (ip.includes(':') ? 'IPv6' : 'IPv4');

/** What a created Service shows, in the terms upstream's assertions use. */
function check(row: Row, got: Service): void {
  const want = row.want as Exclude<Row['want'], 'error'>;
  assert.is(got.spec.ipFamilyPolicy, want.policy, 'ipFamilyPolicy');
  assert.equal(got.spec.ipFamilies, want.families, 'ipFamilies');
  if (want.headless) { assert.equal(got.spec.clusterIPs, ['None'], 'headless clusterIPs'); return; }
  const clusterIPs = got.spec.clusterIPs ?? [];
  assert.is(clusterIPs.length, want.families.length, 'one clusterIP per family');
  assert.equal(clusterIPs.map(familyOf), want.families, 'clusterIPs follow ipFamilies');
  assert.is(got.spec.clusterIP, clusterIPs[0], 'clusterIP = clusterIPs[0]');
  const requested = row.spec.clusterIPs ?? [];
  assert.equal(clusterIPs.slice(0, requested.length), requested, 'requested addresses kept');
}

const clusters = new Map<Kind, TestCluster>();
t.after(async () => { for (const c of clusters.values()) await c.close(); });

let seq = 0;
for (const row of rows) {
  t(`TestCreateInitIPFields ${row.kind} ${row.name}`, async () => {
    if (!clusters.has(row.kind)) clusters.set(row.kind, await openTestCluster(CLUSTERS[row.kind]));
    const { cluster } = clusters.get(row.kind)!;
    const name = `foo-${seq++}`;
    let created: Service | undefined;
    let error: unknown;
    try { created = await cluster.services.create(makeService(name, row.spec)); } catch (e) { error = e; }
    try {
      if (row.want === 'error') { assert.ok(error !== undefined, `expected an error, got ${JSON.stringify(created?.spec)}`); return; }
      if (error !== undefined) assert.unreachable(`unexpected error: ${(error as Error).message}`);
      check(row, created!);
    } finally {
      if (created) await cluster.services.delete('default', name);
    }
  });
}

t.run();
