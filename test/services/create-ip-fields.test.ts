// Spec 1.5 outcome table (storage_test.go TestCreateInitIPFields and friends) over the four
// cluster kinds: policy, families, final clusterIPs (fake allocator) or exact errors.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ServiceSpec } from '../../daemon/domain/service-types.js';
import { prepareServiceCreate } from '../../daemon/services/prepare.js';
import { CLUSTERS, KINDS, V4, V6, fakeAllocate, rendered, svc, type ClusterKind } from './support.js';

const t = suite('services: create ip fields');

interface Ok { policy?: string; families?: string[]; ips?: string[] }
type Outcome = Ok | string[];
interface Row { name: string; spec: Partial<ServiceSpec>; want: Partial<Record<ClusterKind, Outcome>> }

const NOT_DUAL = 'spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services';
const notConf = (i: number, f: string): string => `spec.ipFamilies[${i}]: Invalid value: "${f}": not configured on this cluster`;
const SS = 'SingleStack';
const PDS = 'PreferDualStack';
const RDS = 'RequireDualStack';
const ss = (f: string, ip: string): Ok => ({ policy: SS, families: [f], ips: [ip] });
const A4 = '10.0.0.1';
const A6 = '2000::1';
const headless = { clusterIP: 'None' };
const noSel = { selector: undefined };

const rows: Row[] = [
  { name: 'nothing', spec: {}, want: { S4: ss('IPv4', A4), S6: ss('IPv6', A6), D46: ss('IPv4', A4), D64: ss('IPv6', A6) } },
  { name: 'ipFamilies [IPv6]', spec: { ipFamilies: ['IPv6'] },
    want: { S4: [notConf(0, 'IPv6')], S6: ss('IPv6', A6), D46: ss('IPv6', A6), D64: ss('IPv6', A6) } },
  { name: 'ipFamilies [IPv4]', spec: { ipFamilies: ['IPv4'] },
    want: { S4: ss('IPv4', A4), S6: [notConf(0, 'IPv4')], D46: ss('IPv4', A4), D64: ss('IPv4', A4) } },
  { name: 'PreferDualStack', spec: { ipFamilyPolicy: PDS }, want: {
    S4: { policy: PDS, families: ['IPv4'], ips: [A4] }, S6: { policy: PDS, families: ['IPv6'], ips: [A6] },
    D46: { policy: PDS, families: ['IPv4', 'IPv6'], ips: [A4, A6] }, D64: { policy: PDS, families: ['IPv6', 'IPv4'], ips: [A6, A4] } } },
  { name: 'PreferDualStack + [IPv6]', spec: { ipFamilyPolicy: PDS, ipFamilies: ['IPv6'] }, want: {
    S4: [notConf(0, 'IPv6')], S6: { policy: PDS, families: ['IPv6'], ips: [A6] },
    D46: { policy: PDS, families: ['IPv6', 'IPv4'], ips: [A6, A4] }, D64: { policy: PDS, families: ['IPv6', 'IPv4'], ips: [A6, A4] } } },
  { name: 'PreferDualStack + [IPv4, IPv6]', spec: { ipFamilyPolicy: PDS, ipFamilies: ['IPv4', 'IPv6'] }, want: {
    S4: [notConf(1, 'IPv6')], S6: [notConf(0, 'IPv4')],
    D46: { policy: PDS, families: ['IPv4', 'IPv6'], ips: [A4, A6] }, D64: { policy: PDS, families: ['IPv4', 'IPv6'], ips: [A4, A6] } } },
  { name: 'RequireDualStack', spec: { ipFamilyPolicy: RDS }, want: {
    S4: [NOT_DUAL], S6: [NOT_DUAL],
    D46: { policy: RDS, families: ['IPv4', 'IPv6'], ips: [A4, A6] }, D64: { policy: RDS, families: ['IPv6', 'IPv4'], ips: [A6, A4] } } },
  { name: 'RequireDualStack + [IPv6, IPv4]', spec: { ipFamilyPolicy: RDS, ipFamilies: ['IPv6', 'IPv4'] }, want: {
    S4: [NOT_DUAL, notConf(0, 'IPv6')], S6: [NOT_DUAL, notConf(1, 'IPv4')],
    D46: { policy: RDS, families: ['IPv6', 'IPv4'], ips: [A6, A4] }, D64: { policy: RDS, families: ['IPv6', 'IPv4'], ips: [A6, A4] } } },
  { name: 'clusterIPs [v4]', spec: { clusterIP: V4, clusterIPs: [V4] }, want: {
    S4: ss('IPv4', V4), S6: [`spec.clusterIPs[0]: Invalid value: []string{"${V4}"}: IPv4 is not configured on this cluster`],
    D46: ss('IPv4', V4), D64: ss('IPv4', V4) } },
  { name: 'clusterIP only (old client)', spec: { clusterIP: V6 }, want: {
    S4: [`spec.clusterIPs[0]: Invalid value: []string{"${V6}"}: IPv6 is not configured on this cluster`],
    S6: ss('IPv6', V6), D46: ss('IPv6', V6), D64: ss('IPv6', V6) } },
  { name: 'clusterIPs [v4, v6], policy unset', spec: { clusterIP: V4, clusterIPs: [V4, V6] }, want: {
    S4: ["spec.ipFamilyPolicy: Invalid value: \"SingleStack\": must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified",
      `spec.clusterIPs[1]: Invalid value: []string{"${V4}", "${V6}"}: IPv6 is not configured on this cluster`],
    D46: ["spec.ipFamilyPolicy: Invalid value: \"SingleStack\": must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified"] } },
  { name: 'clusterIPs [v4, v6] + PreferDualStack', spec: { clusterIP: V4, clusterIPs: [V4, V6], ipFamilyPolicy: PDS }, want: {
    S4: [`spec.clusterIPs[1]: Invalid value: []string{"${V4}", "${V6}"}: IPv6 is not configured on this cluster`],
    D46: { policy: PDS, families: ['IPv4', 'IPv6'], ips: [V4, V6] }, D64: { policy: PDS, families: ['IPv4', 'IPv6'], ips: [V4, V6] } } },
  { name: 'clusterIPs [v6] + PreferDualStack: secondary allocated', spec: { clusterIP: V6, clusterIPs: [V6], ipFamilyPolicy: PDS }, want: {
    D46: { policy: PDS, families: ['IPv6', 'IPv4'], ips: [V6, A4] } } },
  { name: 'clusterIPs without clusterIP', spec: { clusterIPs: [V4] }, want: {
    D46: [`spec.clusterIPs: Invalid value: []string{"${V4}"}: must be empty when \`clusterIP\` is not specified`] } },
  { name: 'clusterIP differs from clusterIPs[0]', spec: { clusterIP: '10.0.0.5', clusterIPs: [V4] }, want: {
    D46: [`spec.clusterIPs: Invalid value: []string{"${V4}"}: first value must match \`clusterIP\``] } },
  { name: 'SingleStack + two families', spec: { ipFamilyPolicy: SS, ipFamilies: ['IPv4', 'IPv6'] }, want: {
    D46: ["spec.ipFamilyPolicy: Invalid value: \"SingleStack\": must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified"] } },
  { name: 'headless with selector', spec: headless, want: {
    S4: { policy: SS, families: ['IPv4'], ips: ['None'] }, S6: { policy: SS, families: ['IPv6'], ips: ['None'] },
    D46: { policy: SS, families: ['IPv4'], ips: ['None'] }, D64: { policy: SS, families: ['IPv6'], ips: ['None'] } } },
  { name: 'headless with selector + RequireDualStack', spec: { ...headless, ipFamilyPolicy: RDS }, want: {
    S4: [NOT_DUAL], D46: { policy: RDS, families: ['IPv4', 'IPv6'], ips: ['None'] }, D64: { policy: RDS, families: ['IPv6', 'IPv4'], ips: ['None'] } } },
  { name: 'headless selectorless: RequireDualStack even on single-stack', spec: { ...headless, ...noSel }, want: {
    S4: { policy: RDS, families: ['IPv4', 'IPv6'], ips: ['None'] }, S6: { policy: RDS, families: ['IPv6', 'IPv4'], ips: ['None'] },
    D46: { policy: RDS, families: ['IPv4', 'IPv6'], ips: ['None'] }, D64: { policy: RDS, families: ['IPv6', 'IPv4'], ips: ['None'] } } },
  { name: 'headless selectorless + [IPv6]', spec: { ...headless, ...noSel, ipFamilies: ['IPv6'] }, want: {
    S4: { policy: RDS, families: ['IPv6', 'IPv4'], ips: ['None'] }, D46: { policy: RDS, families: ['IPv6', 'IPv4'], ips: ['None'] } } },
  { name: 'headless selectorless + SingleStack', spec: { ...headless, ...noSel, ipFamilyPolicy: SS }, want: {
    S4: { policy: SS, families: ['IPv4'], ips: ['None'] }, D64: { policy: SS, families: ['IPv6'], ips: ['None'] } } },
  { name: 'headless selectorless + SingleStack + [IPv6] on IPv4 cluster', spec: { ...headless, ...noSel, ipFamilyPolicy: SS, ipFamilies: ['IPv6'] }, want: {
    S4: { policy: SS, families: ['IPv6'], ips: ['None'] } } },
  { name: 'headless selectorless + PreferDualStack on IPv4 cluster', spec: { ...headless, ...noSel, ipFamilyPolicy: PDS }, want: {
    S4: { policy: PDS, families: ['IPv4', 'IPv6'], ips: ['None'] } } },
  { name: 'ExternalName', spec: { type: 'ExternalName', externalName: 'example.com', ports: undefined, selector: undefined }, want: {
    S4: {}, S6: {}, D46: {}, D64: {} } },
  { name: 'ExternalName with dual-stack fields', spec: { type: 'ExternalName', externalName: 'example.com', ipFamilyPolicy: SS, ipFamilies: ['IPv4'], clusterIP: V4 }, want: {
    D46: ['spec.clusterIPs: Forbidden: may not be set for ExternalName services', 'spec.ipFamilies: Forbidden: may not be set for ExternalName services',
      'spec.ipFamilyPolicy: Forbidden: may not be set for ExternalName services'] } },
  { name: 'duplicate family', spec: { ipFamilyPolicy: PDS, ipFamilies: ['IPv4', 'IPv4'] }, want: { D46: ['spec.ipFamilies[1]: Duplicate value: "IPv4"'] } },
  { name: 'unknown family', spec: { ipFamilies: ['IPv5' as 'IPv4'] }, want: { D46: ['spec.ipFamilies[0]: Unsupported value: "IPv5": supported values: "IPv4", "IPv6"'] } },
  { name: 'unknown policy', spec: { ipFamilyPolicy: 'Both' as 'SingleStack' }, want: {
    D46: ['spec.ipFamilyPolicy: Unsupported value: "Both": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"'] } },
  { name: 'not an IP', spec: { clusterIP: 'bad', clusterIPs: ['bad'] }, want: {
    D46: ['spec.clusterIPs[0]: Invalid value: "bad": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'] } },
  { name: "'None' not alone", spec: { clusterIP: 'None', clusterIPs: ['None', V4], ipFamilyPolicy: PDS }, want: {
    D46: [`spec.clusterIPs: Invalid value: []string{"None", "${V4}"}: 'None' must be the first and only value`] } },
  { name: 'three clusterIPs', spec: { clusterIP: V4, clusterIPs: [V4, V6, '10.0.0.7'], ipFamilyPolicy: PDS }, want: {
    D46: [`spec.clusterIPs: Invalid value: []string{"${V4}", "${V6}", "10.0.0.7"}: may only hold up to 2 values`] } },
  { name: 'two IPv4 clusterIPs', spec: { clusterIP: V4, clusterIPs: [V4, '10.0.0.7'], ipFamilyPolicy: PDS }, want: {
    D46: [`spec.clusterIPs: Invalid value: []string{"${V4}", "10.0.0.7"}: may specify no more than one IP for each IP family`] } },
  { name: 'IP does not match its family', spec: { clusterIP: V6, clusterIPs: [V6], ipFamilies: ['IPv4'] }, want: {
    D46: [`spec.clusterIPs[0]: Invalid value: "${V6}": expected an IPv4 value as indicated by \`ipFamilies[0]\``] } },
  { name: 'NodePort cannot be headless', spec: { type: 'NodePort', clusterIP: 'None' }, want: {
    D46: ['spec.clusterIPs[0]: Invalid value: "None": may not be set to \'None\' for NodePort services'] } },
  { name: 'LoadBalancer cannot be headless', spec: { type: 'LoadBalancer', clusterIP: 'None' }, want: {
    D46: ['spec.clusterIPs[0]: Invalid value: "None": may not be set to \'None\' for LoadBalancer services'] } },
  { name: 'no ports', spec: { ports: undefined }, want: { D46: ['spec.ports: Required value'] } },
];

for (const row of rows) {
  for (const kind of KINDS) {
    const want = row.want[kind];
    if (want === undefined) continue;
    t(`${row.name} on ${kind}`, () => {
      const plan = prepareServiceCreate(svc(row.spec), CLUSTERS[kind]);
      if (Array.isArray(want)) {
        assert.equal(rendered(plan), want);
        assert.equal(plan.allocate, { clusterIPs: [], nodePorts: [] }, 'nothing to allocate on error');
        return;
      }
      assert.equal(rendered(plan), []);
      const s = fakeAllocate(plan.service, plan.allocate).spec;
      assert.is(s.ipFamilyPolicy, want.policy);
      assert.equal(s.ipFamilies, want.families);
      assert.equal(s.clusterIPs, want.ips);
      assert.is(s.clusterIP, want.ips?.[0]);
    });
  }
}

t('static and dynamic positions are named by the plan', () => {
  const plan = prepareServiceCreate(svc({ clusterIP: V6, clusterIPs: [V6], ipFamilyPolicy: 'RequireDualStack' }), CLUSTERS.D46);
  assert.equal(plan.allocate.clusterIPs, [{ index: 0, family: 'IPv6', ip: V6 }, { index: 1, family: 'IPv4' }]);
});

t('the input object is not mutated', () => {
  const input = svc({ ipFamilyPolicy: 'PreferDualStack' });
  const before = JSON.stringify(input);
  prepareServiceCreate(input, CLUSTERS.D46);
  assert.is(JSON.stringify(input), before);
});

t.run();
