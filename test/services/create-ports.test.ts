// NodePort and health-check NodePort planning on create (spec R3.2-R3.4, alloc.go initNodePorts)
// and ValidateService's other exact error strings.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ServiceSpec } from '../../daemon/domain/service-types.js';
import { clusterIpAllocationError, nodePortAllocationError } from '../../daemon/services/allocation.js';
import { renderFieldError } from '../../daemon/domain/field-errors.js';
import { prepareServiceCreate } from '../../daemon/services/prepare.js';
import { CLUSTERS, fakeAllocate, rendered, svc } from './support.js';

const t = suite('services: create ports and validation');

const dns = [{ name: 'dns', port: 53, protocol: 'UDP' as const }, { name: 'dns-tcp', port: 53, protocol: 'TCP' as const }];

interface PortRow { name: string; spec: Partial<ServiceSpec>; nodePorts: (number | undefined)[]; claims: number; hc?: number }
const portRows: PortRow[] = [
  { name: 'ClusterIP allocates none', spec: { ports: dns }, nodePorts: [undefined, undefined], claims: 0 },
  { name: 'NodePort: same port number shares one nodePort across protocols', spec: { type: 'NodePort', ports: dns }, nodePorts: [30000, 30000], claims: 1 },
  { name: 'NodePort: a requested nodePort is shared by the same port number', spec: { type: 'NodePort', ports: [dns[0], { ...dns[1], nodePort: 30053 }] }, nodePorts: [30053, 30053], claims: 1 },
  { name: 'NodePort: distinct ports get distinct nodePorts', spec: { type: 'NodePort', ports: [{ name: 'a', port: 80 }, { name: 'b', port: 443 }] }, nodePorts: [30000, 30001], claims: 2 },
  { name: 'LoadBalancer allocates nodePorts by default', spec: { type: 'LoadBalancer', ports: [{ port: 80 }] }, nodePorts: [30000], claims: 1 },
  { name: 'LoadBalancer with allocateLoadBalancerNodePorts false allocates none', spec: { type: 'LoadBalancer', allocateLoadBalancerNodePorts: false, ports: [{ port: 80 }] }, nodePorts: [undefined], claims: 0 },
  { name: 'LoadBalancer without allocation still claims a requested nodePort', spec: { type: 'LoadBalancer', allocateLoadBalancerNodePorts: false, ports: [{ port: 80, nodePort: 30080 }] }, nodePorts: [30080], claims: 1 },
  { name: 'LoadBalancer + Local gets a health-check nodePort', spec: { type: 'LoadBalancer', externalTrafficPolicy: 'Local', ports: [{ port: 80 }] }, nodePorts: [30000], claims: 1, hc: 30001 },
  { name: 'a requested health-check nodePort is claimed', spec: { type: 'LoadBalancer', externalTrafficPolicy: 'Local', healthCheckNodePort: 31000, ports: [{ port: 80 }] }, nodePorts: [30000], claims: 1, hc: 31000 },
];
for (const r of portRows) {
  t(r.name, () => {
    const plan = prepareServiceCreate(svc(r.spec), CLUSTERS.D46);
    assert.equal(rendered(plan), []);
    assert.is(plan.allocate.nodePorts.length, r.claims);
    const s = fakeAllocate(plan.service, plan.allocate).spec;
    assert.equal(s.ports!.map((p) => p.nodePort), r.nodePorts);
    assert.is(s.healthCheckNodePort, r.hc);
  });
}

const errRows: { name: string; spec: Partial<ServiceSpec>; errors: string[] }[] = [
  { name: 'nodePort on ClusterIP', spec: { ports: [{ port: 80, nodePort: 30080 }] }, errors: ["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"] },
  { name: 'duplicate (protocol, nodePort)', spec: { type: 'NodePort', ports: [{ name: 'a', port: 80, nodePort: 30080 }, { name: 'b', port: 81, nodePort: 30080 }] },
    errors: ['spec.ports[1].nodePort: Duplicate value: 30080'] },
  { name: 'duplicate (protocol, port)', spec: { ports: [{ name: 'a', port: 80 }, { name: 'b', port: 80 }] },
    errors: ['spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}'] },
  { name: 'unnamed ports when several', spec: { ports: [{ port: 80 }, { name: 'b', port: 81 }] }, errors: ['spec.ports[0].name: Required value'] },
  { name: 'port out of range', spec: { ports: [{ port: 70000 }] }, errors: ['spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive',
    'spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive'] },
  { name: 'bad protocol', spec: { ports: [{ port: 80, protocol: 'ICMP' as 'TCP' }] }, errors: ['spec.ports[0].protocol: Unsupported value: "ICMP": supported values: "SCTP", "TCP", "UDP"'] },
  { name: 'kubelet port on LoadBalancer', spec: { type: 'LoadBalancer', ports: [{ port: 10250 }] }, errors: ['spec.ports[0]: Invalid value: 10250: may not expose port 10250 externally since it is used by kubelet'] },
  { name: 'healthCheckNodePort without Local', spec: { type: 'LoadBalancer', healthCheckNodePort: 31000 },
    errors: ["spec.healthCheckNodePort: Invalid value: 31000: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"] },
  { name: 'externalTrafficPolicy on ClusterIP', spec: { externalTrafficPolicy: 'Local' },
    errors: ['spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services'] },
  { name: 'affinity timeout', spec: { sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 86401 } } },
    errors: ['spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 86401: must be greater than 0 and less than 86400'] },
  { name: 'bad type', spec: { type: 'Ingress' as 'ClusterIP' }, errors: ['spec.type: Unsupported value: "Ingress": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"'] },
  { name: 'ExternalName needs a name', spec: { type: 'ExternalName', ports: undefined }, errors: ['spec.externalName: Required value'] },
  { name: 'externalIPs', spec: { externalIPs: ['127.0.0.1', 'x'] },
    errors: ['spec.externalIPs[0]: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)',
      'spec.externalIPs[1]: Invalid value: "x": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'] },
  { name: 'source ranges off LoadBalancer', spec: { loadBalancerSourceRanges: ['10.0.0.0/8'] },
    errors: ["spec.LoadBalancerSourceRanges: Forbidden: may only be used when `type` is 'LoadBalancer'"] },
  { name: 'loadBalancerClass off LoadBalancer', spec: { loadBalancerClass: 'x/y' }, errors: ["spec.loadBalancerClass: Forbidden: may only be used when `type` is 'LoadBalancer'"] },
];
for (const r of errRows) t(`error: ${r.name}`, () => assert.equal(rendered(prepareServiceCreate(svc(r.spec), CLUSTERS.D46)), r.errors));

t('service names are DNS-1035 labels', () => {
  assert.equal(rendered(prepareServiceCreate(svc({}, '1web'), CLUSTERS.D46)), [
    "metadata.name: Invalid value: \"1web\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
  ]);
});

t('allocator refusals render as the apiserver reports them', () => {
  const plan = prepareServiceCreate(svc({ clusterIP: '10.96.0.10', clusterIPs: ['10.96.0.10'], ipFamilyPolicy: 'PreferDualStack', type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }), CLUSTERS.D46);
  assert.is(renderFieldError(clusterIpAllocationError(plan.service.spec, plan.allocate, '10.96.0.10', 'provided IP is already allocated')),
    'spec.clusterIPs: Invalid value: []string{"10.96.0.10", ""}: failed to allocate IP 10.96.0.10: provided IP is already allocated');
  assert.is(renderFieldError(nodePortAllocationError(plan.allocate.nodePorts[0], 'provided port is already allocated')),
    'spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated');
});

t.run();
