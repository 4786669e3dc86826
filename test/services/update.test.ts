// Spec 1.6 update rules (storage_test.go TestUpdateIPsFrom*, strategy dropTypeDependentFields):
// what is claimed, what is released, the resulting fields, and the exact refusals.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { renderFieldError } from '../../daemon/domain/field-errors.js';
import type { Service, ServiceSpec } from '../../daemon/domain/service-types.js';
import { normalizeClusterIPs } from '../../daemon/services/normalize.js';
import { prepareServiceCreate, prepareServiceUpdate } from '../../daemon/services/prepare.js';
import { validateUpgradeDowngradeClusterIPs, validateUpgradeDowngradeIPFamilies } from '../../daemon/services/validate-cluster-ips.js';
import { CLUSTERS, fakeAllocate, rendered, svc, type ClusterKind } from './support.js';

const t = suite('services: update');

function stored(spec: Partial<ServiceSpec>, kind: ClusterKind = 'D46'): Service {
  const plan = prepareServiceCreate(svc(spec), CLUSTERS[kind]);
  assert.equal(rendered(plan), [], 'fixture is valid');
  return fakeAllocate(plan.service, plan.allocate);
}

interface Row {
  name: string; old: Partial<ServiceSpec>; oldOn?: ClusterKind; on?: ClusterKind;
  next: (old: ServiceSpec) => Partial<ServiceSpec>;
  errors?: string[]; claims?: unknown; release?: { clusterIPs: string[]; nodePorts: number[] }; want?: Partial<ServiceSpec>;
}

const L4 = '10.0.0.1';
const L6 = '2000::1';
const keep = (o: ServiceSpec): Partial<ServiceSpec> => ({ ...o });
const dual = { ipFamilyPolicy: 'RequireDualStack' as const };
const lb = { type: 'LoadBalancer' as const, ports: [{ name: 'http', port: 80 }] };

const rows: Row[] = [
  { name: 'apply without allocated values keeps them', old: {}, next: () => ({}),
    claims: [], release: { clusterIPs: [], nodePorts: [] }, want: { clusterIP: L4, clusterIPs: [L4], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' } },
  { name: 'old client keeps clusterIP, omits clusterIPs', old: {}, next: () => ({ clusterIP: L4 }), claims: [], want: { clusterIPs: [L4] } },
  { name: 'primary clusterIP may not change', old: {}, next: () => ({ clusterIP: '10.0.0.9', clusterIPs: ['10.0.0.9'] }),
    errors: ['spec.clusterIPs[0]: Invalid value: []string{"10.0.0.9"}: may not change once set'] },
  { name: 'changing only clusterIP rewrites clusterIPs, then refuses', old: {}, next: (o) => ({ ...o, clusterIP: '10.0.0.9' }),
    errors: ['spec.clusterIPs[0]: Invalid value: []string{"10.0.0.9"}: may not change once set'] },
  { name: 'upgrade with PreferDualStack allocates the secondary', old: {}, next: () => ({ ipFamilyPolicy: 'PreferDualStack' }),
    claims: [{ index: 1, family: 'IPv6' }], release: { clusterIPs: [], nodePorts: [] },
    want: { clusterIPs: [L4, L6], ipFamilies: ['IPv4', 'IPv6'], ipFamilyPolicy: 'PreferDualStack' } },
  { name: 'upgrade with RequireDualStack claims a given secondary', old: {}, next: () => ({ ...dual, clusterIP: L4, clusterIPs: [L4, '2000::5'] }),
    claims: [{ index: 1, family: 'IPv6', ip: '2000::5' }], want: { clusterIPs: [L4, '2000::5'], ipFamilies: ['IPv4', 'IPv6'] } },
  { name: 'upgrade may not change the primary', old: {}, next: () => ({ ...dual, clusterIP: '10.0.0.9', clusterIPs: ['10.0.0.9', '2000::5'] }),
    errors: ['spec.clusterIPs[0]: Invalid value: []string{"10.0.0.9", "2000::5"}: may not change once set'] },
  { name: 'downgrade by setting SingleStack with unchanged lists', old: dual, next: (o) => ({ ...o, ipFamilyPolicy: 'SingleStack' }),
    claims: [], release: { clusterIPs: [L6], nodePorts: [] }, want: { clusterIPs: [L4], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' } },
  { name: 'downgrade without SingleStack is refused by the registry', old: dual, next: (o) => ({ ...o, clusterIPs: [L4], ipFamilies: ['IPv4'] }),
    errors: ["spec.ipFamilyPolicy: Invalid value: \"RequireDualStack\": must be 'SingleStack' to release the secondary cluster IP",
      "spec.ipFamilyPolicy: Invalid value: \"RequireDualStack\": must be 'SingleStack' to release the secondary IP family"] },
  { name: 'secondary family may not change', old: dual, next: (o) => ({ ...o, clusterIPs: [L4], ipFamilies: ['IPv4', 'IPv4'] }),
    errors: ['spec.ipFamilies[1]: Duplicate value: "IPv4"'] },
  { name: 'PreferDualStack is not auto-upgraded when the cluster became dual-stack', old: { ipFamilyPolicy: 'PreferDualStack' }, oldOn: 'S4', next: keep,
    claims: [], release: { clusterIPs: [], nodePorts: [] }, want: { ipFamilies: ['IPv4'], clusterIPs: [L4] } },
  { name: 'RequireDualStack on a cluster no longer dual-stack', old: dual, on: 'S4', next: (o) => ({ ...o, selector: { app: 'y' } }),
    errors: ['spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services', 'spec.ipFamilies[1]: Invalid value: "IPv6": not configured on this cluster'] },
  { name: 'headless to headless may change families', old: { clusterIP: 'None' }, next: (o) => ({ ...o, ipFamilyPolicy: 'RequireDualStack', ipFamilies: ['IPv4'] }),
    claims: [], want: { clusterIPs: ['None'], ipFamilies: ['IPv4', 'IPv6'] } },
  { name: 'to ExternalName releases and wipes clusterIPs', old: dual, next: (o) => ({ ...o, type: 'ExternalName', externalName: 'example.com' }),
    claims: [], release: { clusterIPs: [L4, L6], nodePorts: [] },
    want: { clusterIP: undefined, clusterIPs: undefined, ipFamilies: undefined, ipFamilyPolicy: undefined, type: 'ExternalName' } },
  { name: 'from ExternalName allocates afresh', old: { type: 'ExternalName', externalName: 'example.com' },
    next: (o) => ({ ...o, type: 'ClusterIP', externalName: undefined }),
    claims: [{ index: 0, family: 'IPv4' }], want: { clusterIPs: [L4], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' } },
  { name: 'NodePort to ClusterIP releases and wipes nodePorts', old: { type: 'NodePort' }, next: (o) => ({ ...o, type: 'ClusterIP' }),
    claims: [], release: { clusterIPs: [], nodePorts: [30000] }, want: { ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }], externalTrafficPolicy: undefined } },
  { name: 'NodePort to ClusterIP with a new nodePort is refused', old: { type: 'NodePort' },
    next: (o) => ({ ...o, type: 'ClusterIP', ports: [{ port: 80, nodePort: 30100 }] }),
    errors: ["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"] },
  { name: 'ClusterIP to NodePort allocates nodePorts', old: {}, next: (o) => ({ ...o, type: 'NodePort' }), claims: [],
    release: { clusterIPs: [], nodePorts: [] }, want: { ports: [{ port: 80, protocol: 'TCP', targetPort: 80, nodePort: 30000 }] } },
  { name: 'NodePort apply without nodePort keeps it (matched by name)', old: { type: 'NodePort', ports: [{ name: 'http', port: 80 }] },
    next: () => ({ type: 'NodePort', ports: [{ name: 'http', port: 80 }] }), claims: [], release: { clusterIPs: [], nodePorts: [] } },
  { name: 'changing a nodePort claims the new one and releases the old', old: { type: 'NodePort' },
    next: (o) => ({ ...o, ports: [{ port: 80, nodePort: 30100 }] }), claims: [], release: { clusterIPs: [], nodePorts: [30000] },
    want: { ports: [{ port: 80, protocol: 'TCP', targetPort: 80, nodePort: 30100 }] } },
  { name: 'Local to Cluster releases the health-check nodePort', old: { ...lb, externalTrafficPolicy: 'Local' },
    next: (o) => ({ ...o, externalTrafficPolicy: 'Cluster' }), claims: [], release: { clusterIPs: [], nodePorts: [30001] }, want: { healthCheckNodePort: undefined } },
  { name: 'Cluster to Local claims a health-check nodePort', old: lb, next: (o) => ({ ...o, externalTrafficPolicy: 'Local' }), claims: [],
    release: { clusterIPs: [], nodePorts: [] }, want: { healthCheckNodePort: 30000 } },
  { name: 'healthCheckNodePort is immutable while needed', old: { ...lb, externalTrafficPolicy: 'Local' },
    next: (o) => ({ ...o, healthCheckNodePort: 31000 }), errors: ['spec.healthCheckNodePort: Forbidden: field is immutable'] },
  { name: 'loadBalancerClass is immutable', old: { ...lb, loadBalancerClass: 'a/b' }, next: (o) => ({ ...o, loadBalancerClass: 'b/c' }),
    errors: ['spec.loadBalancerClass: Invalid value: "b/c": may not change once set'] },
];

for (const r of rows) {
  t(r.name, () => {
    const old = stored(r.old, r.oldOn);
    const next: Service = { ...svc({}), spec: { selector: old.spec.selector, ports: [{ port: 80 }], ...r.next(structuredClone(old.spec)) } };
    const plan = prepareServiceUpdate(next, old, CLUSTERS[r.on ?? 'D46']);
    assert.equal(rendered(plan), r.errors ?? []);
    if (r.errors) {
      assert.equal(plan.release, { clusterIPs: [], nodePorts: [] }, 'nothing released on error');
      return;
    }
    if (r.claims) assert.equal(plan.allocate.clusterIPs, r.claims);
    if (r.release) assert.equal(plan.release, r.release);
    const s = fakeAllocate(plan.service, plan.allocate).spec as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(r.want ?? {})) assert.equal(s[k], v, k);
  });
}

t('validation refuses a downgrade without SingleStack (R1.7, second wording)', () => {
  const old: ServiceSpec = { type: 'ClusterIP', clusterIPs: [L4, L6], ipFamilies: ['IPv4', 'IPv6'], ipFamilyPolicy: 'RequireDualStack' };
  const next: ServiceSpec = { ...old, clusterIPs: [L4], ipFamilies: ['IPv4'] };
  assert.equal(validateUpgradeDowngradeClusterIPs(old, next).map(renderFieldError),
    ["spec.ipFamilyPolicy: Invalid value: \"RequireDualStack\": must be set to 'SingleStack' when releasing the secondary clusterIP"]);
  assert.equal(validateUpgradeDowngradeIPFamilies(old, next).map(renderFieldError),
    ["spec.ipFamilyPolicy: Invalid value: \"RequireDualStack\": must be set to 'SingleStack' when releasing the secondary ipFamily"]);
});

t('validation refuses unsetting the primary (R1.5)', () => {
  const old: ServiceSpec = { type: 'ClusterIP', clusterIPs: [L4], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' };
  const next: ServiceSpec = { type: 'ClusterIP', ipFamilyPolicy: 'SingleStack', ipFamilies: [] };
  assert.equal(validateUpgradeDowngradeClusterIPs(old, next).map(renderFieldError), ['spec.clusterIPs[0]: Invalid value: []string(nil): primary clusterIP can not be unset']);
  assert.equal(validateUpgradeDowngradeIPFamilies(old, next).map(renderFieldError), ['spec.ipFamilies[0]: Invalid value: []core.IPFamily{}: primary ipFamily can not be unset']);
  assert.equal(validateUpgradeDowngradeIPFamilies(old, { ...old, ipFamilies: ['IPv6'], clusterIPs: ['2000::1'] }).map(renderFieldError),
    ['spec.ipFamilies[0]: Invalid value: []core.IPFamily{"IPv6"}: may not change once set']);
});

const linkRows: { name: string; old: ServiceSpec; next: ServiceSpec; want: string[] | undefined }[] = [
  { name: 'create: only clusterIP fills clusterIPs', old: undefined as unknown as ServiceSpec, next: { clusterIP: L4 }, want: [L4] },
  { name: 'omitted clusterIPs with same clusterIP are copied', old: { clusterIP: L4, clusterIPs: [L4, L6] }, next: { clusterIP: L4 }, want: [L4, L6] },
  { name: 'changed clusterIP with identical clusterIPs follows clusterIP', old: { clusterIP: L4, clusterIPs: [L4] }, next: { clusterIP: '10.0.0.9', clusterIPs: [L4] }, want: ['10.0.0.9'] },
  { name: 'cleared clusterIP with identical clusterIPs clears both', old: { clusterIP: L4, clusterIPs: [L4] }, next: { clusterIPs: [L4] }, want: undefined },
];
for (const r of linkRows) {
  t(`normalizeClusterIPs: ${r.name}`, () => {
    const spec = structuredClone(r.next);
    normalizeClusterIPs(spec, r.old);
    assert.equal(spec.clusterIPs, r.want);
  });
}

t.run();
