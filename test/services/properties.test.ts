// Properties of the create path over random dual-stack inputs (fixed seed): an accepted
// Service's clusterIPs match its ipFamilies position by position, clusterIP is the primary,
// and SingleStack means one family.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import type { ServiceSpec } from '../../daemon/domain/service-types.js';
import { parseIpSloppy } from '../../daemon/domain/validate-names.js';
import { prepareServiceCreate } from '../../daemon/services/prepare.js';
import { CLUSTERS, KINDS, V4, V6, fakeAllocate, svc } from './support.js';

const t = suite('services: properties');

const spec = fc.record({
  ipFamilyPolicy: fc.constantFrom(undefined, 'SingleStack', 'PreferDualStack', 'RequireDualStack'),
  ipFamilies: fc.constantFrom(undefined, ['IPv4'], ['IPv6'], ['IPv4', 'IPv6'], ['IPv6', 'IPv4']),
  clusterIPs: fc.constantFrom(undefined, [V4], [V6], [V4, V6], [V6, V4], ['None']),
  selector: fc.constantFrom(undefined, { app: 'x' }),
  kind: fc.constantFrom(...KINDS),
}, { requiredKeys: ['kind'] });

t('accepted Services are consistent', () => {
  let accepted = 0;
  fc.assert(fc.property(spec, (r) => {
    const input: Partial<ServiceSpec> = { ...r, kind: undefined, clusterIP: r.clusterIPs?.[0] } as Partial<ServiceSpec>;
    delete (input as Record<string, unknown>).kind;
    const plan = prepareServiceCreate(svc(input), CLUSTERS[r.kind]);
    if (plan.errors.length) return;
    accepted++;
    const s = fakeAllocate(plan.service, plan.allocate).spec;
    assert.is(s.clusterIP, s.clusterIPs![0]);
    if (s.ipFamilyPolicy === 'SingleStack') assert.is(s.ipFamilies!.length, 1);
    if (s.clusterIPs![0] !== 'None') {
      assert.is(s.clusterIPs!.length, s.ipFamilies!.length);
      s.clusterIPs!.forEach((ip, i) => assert.is(parseIpSloppy(ip)!.family, s.ipFamilies![i]));
      s.ipFamilies!.forEach((f) => assert.ok(CLUSTERS[r.kind].families.includes(f), `${f} configured`));
    }
  }), { seed: 42, numRuns: 500 });
  assert.ok(accepted > 50, `${accepted} accepted`);
});

t.run();
