// v1 Service defaults (spec 1.1 table, defaults.go SetDefaults_Service).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ServiceSpec } from '../../daemon/domain/service-types.js';
import { defaultService } from '../../daemon/services/defaults.js';
import { svc } from './support.js';

const t = suite('services: defaults');

const rows: { name: string; spec: Partial<ServiceSpec>; want: Partial<ServiceSpec> }[] = [
  { name: 'ClusterIP', spec: { ports: [{ port: 80 }] },
    want: { type: 'ClusterIP', sessionAffinity: 'None', internalTrafficPolicy: 'Cluster', ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }] } },
  { name: 'NodePort gets externalTrafficPolicy', spec: { type: 'NodePort', ports: [{ port: 80, targetPort: 'http' }] },
    want: { type: 'NodePort', sessionAffinity: 'None', externalTrafficPolicy: 'Cluster', internalTrafficPolicy: 'Cluster', ports: [{ port: 80, protocol: 'TCP', targetPort: 'http' }] } },
  { name: 'LoadBalancer allocates nodePorts', spec: { type: 'LoadBalancer', ports: [{ port: 53, protocol: 'UDP', targetPort: 0 }] },
    want: { type: 'LoadBalancer', sessionAffinity: 'None', externalTrafficPolicy: 'Cluster', internalTrafficPolicy: 'Cluster', allocateLoadBalancerNodePorts: true, ports: [{ port: 53, protocol: 'UDP', targetPort: 53 }] } },
  { name: 'ClusterIP with externalIPs is externally accessible', spec: { externalIPs: ['1.2.3.4'], ports: [] },
    want: { type: 'ClusterIP', sessionAffinity: 'None', externalTrafficPolicy: 'Cluster', internalTrafficPolicy: 'Cluster', externalIPs: ['1.2.3.4'], ports: [] } },
  { name: 'ExternalName gets no traffic policies', spec: { type: 'ExternalName', externalName: 'a.b' },
    want: { type: 'ExternalName', externalName: 'a.b', sessionAffinity: 'None' } },
  { name: 'ClientIP affinity gets the 3h timeout', spec: { sessionAffinity: 'ClientIP' },
    want: { type: 'ClusterIP', sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 10800 } }, internalTrafficPolicy: 'Cluster' } },
  { name: 'None affinity drops its config', spec: { sessionAffinityConfig: { clientIP: { timeoutSeconds: 5 } } },
    want: { type: 'ClusterIP', sessionAffinity: 'None', internalTrafficPolicy: 'Cluster' } },
];
for (const r of rows) {
  t(r.name, () => {
    const input = svc(r.spec);
    input.spec = { ...r.spec };
    const frozen = JSON.stringify(input);
    assert.equal(defaultService(input).spec, r.want);
    assert.is(JSON.stringify(input), frozen, 'input not mutated');
  });
}

t('dual-stack fields are left to the registry', () => {
  const s = defaultService(svc({})).spec;
  assert.equal([s.ipFamilyPolicy, s.ipFamilies, s.clusterIPs], [undefined, undefined, undefined]);
});

t('LoadBalancer ingress IPs get ipMode VIP', () => {
  const s = defaultService({ ...svc({ type: 'LoadBalancer' }), status: { loadBalancer: { ingress: [{ ip: '1.2.3.4' }, { hostname: 'h' }] } } });
  assert.equal(s.status.loadBalancer?.ingress, [{ ip: '1.2.3.4', ipMode: 'VIP' }, { hostname: 'h' }]);
});

t.run();
