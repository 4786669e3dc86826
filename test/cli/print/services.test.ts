import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { describeService, formatEndpointSlices } from '../../../cli/print/describe.js';
import { printTable, type PrintTableOptions } from '../../../cli/print/tables.js';
import type { EndpointSliceShape, EndpointShape, EndpointsShape } from '../../../cli/print/table-endpointslices.js';
import type { ServiceShape } from '../../../cli/print/table-services.js';
import type { KubeObject } from '../../../cli/print/kube-shapes.js';
import { assertGolden } from './golden.js';
import { ago, NOW } from './fixtures.js';

const t = suite('cli/print/services');

const meta = (name: string, age: number, ns = 'default') => ({ name, namespace: ns, creationTimestamp: ago(age) });

const services: ServiceShape[] = [
  { kind: 'Service', metadata: meta('kubernetes', 503_000), spec: { type: 'ClusterIP', clusterIP: '10.96.0.1', clusterIPs: ['10.96.0.1'], ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }] } },
  { kind: 'Service', metadata: meta('kube-dns', 1920, 'kube-system'), spec: { type: 'ClusterIP', clusterIP: '10.96.0.10', clusterIPs: ['10.96.0.10'], selector: { 'k8s-app': 'kube-dns' },
    ports: [{ name: 'dns', port: 53, protocol: 'UDP' }, { name: 'dns-tcp', port: 53, protocol: 'TCP' }, { name: 'metrics', port: 9153, protocol: 'TCP' }] } },
  { kind: 'Service', metadata: meta('web', 5), spec: { type: 'NodePort', clusterIP: '10.96.235.205', clusterIPs: ['10.96.235.205', 'fd00:10:96::5a3c'], selector: { app: 'web', tier: 'front' },
    ports: [{ port: 8080, nodePort: 30080, protocol: 'TCP' }, { port: 443, protocol: 'TCP' }] } },
  { kind: 'Service', metadata: meta('nginx', 120), spec: { type: 'ClusterIP', clusterIP: 'None', clusterIPs: ['None'], selector: { app: 'nginx' }, ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }] } },
  { kind: 'Service', metadata: meta('ext', 9), spec: { type: 'ExternalName', externalName: 'example.com' } },
  { kind: 'Service', metadata: meta('lb-pending', 30), spec: { type: 'LoadBalancer', clusterIP: 'fd00:10:96::1:2', clusterIPs: ['fd00:10:96::1:2', '10.96.7.7'], selector: { app: 'web' },
    ports: [{ port: 80, nodePort: 31234, protocol: 'TCP' }] } },
  { kind: 'Service', metadata: meta('lb-v6', 40), spec: { type: 'LoadBalancer', clusterIP: 'fd00:10:96::3', clusterIPs: ['fd00:10:96::3'], selector: { app: 'web' },
    ports: [{ port: 80, nodePort: 31235, protocol: 'TCP' }] }, status: { loadBalancer: { ingress: [{ ip: 'fc00:f853:ccd:e793:ffff::1', ipMode: 'VIP' }] } } },
  { kind: 'Service', metadata: meta('lb-ext', 50), spec: { type: 'LoadBalancer', clusterIP: '10.96.9.9', clusterIPs: ['10.96.9.9'], externalIPs: ['192.0.2.7'], selector: { app: 'web' },
    ports: [{ port: 80, nodePort: 31236, protocol: 'TCP' }] }, status: { loadBalancer: { ingress: [{ ip: '172.18.255.201' }, { ip: '172.18.255.200' }, { ip: '172.18.255.200' }] } } },
  { kind: 'Service', metadata: meta('with-ext-ips', 60), spec: { type: 'ClusterIP', clusterIP: '10.96.1.1', clusterIPs: ['10.96.1.1'], externalIPs: ['192.0.2.1', '192.0.2.2'], selector: { app: 'web' },
    ports: [{ port: 80, protocol: 'UDP' }] } },
];

const ep = (address: string, ready?: boolean): EndpointShape => ({ addresses: [address], ...(ready === undefined ? {} : { conditions: { ready } }) });
const slice = (name: string, addressType: string, endpoints: EndpointShape[], ports?: EndpointSliceShape['ports'], age = 170): EndpointSliceShape =>
  ({ apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { ...meta(name, age), labels: { 'kubernetes.io/service-name': name.replace(/-[^-]+$/, '') } }, addressType, endpoints, ports });

const slices: EndpointSliceShape[] = [
  slice('internal-lb-rcf76', 'IPv4', ['10.244.1.145', '10.244.1.110', '10.244.0.136', '10.244.2.4', '10.244.2.9'].map((a) => ep(a, true)), [{ name: '', port: 8000, protocol: 'TCP' }]),
  slice('web-x7k2p', 'IPv6', [ep('fd00:10:244:1::5', true), ep('fd00:10:244:2::7', false)], [{ name: 'http', port: 80, protocol: 'TCP' }, { name: 'https', port: 443, protocol: 'TCP' }], 5),
  slice('nginx-q9zvd', 'IPv4', [ep('10.244.1.5'), ep('10.244.2.6'), ep('10.244.1.7')], [], 65),
  slice('empty-bb4ws', 'IPv4', [], undefined, 3600),
  slice('many-ports-5tlgw', 'IPv4', [ep('10.244.1.2', true)], [80, 81, 82, 83, 84].map((port) => ({ name: `p${port}`, port, protocol: 'TCP' })), 7200),
  slice('unnamed-port-4fxk9', 'IPv4', [ep('10.244.1.3', true)], [{ name: 'metrics', protocol: 'TCP' }], 10),
];

const endpoints: EndpointsShape[] = [
  { kind: 'Endpoints', metadata: meta('kubernetes', 503_000), subsets: [{ addresses: [{ ip: '172.18.0.2' }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }] },
  { kind: 'Endpoints', metadata: meta('kube-dns', 1920), subsets: [{ addresses: [{ ip: '10.244.0.2' }, { ip: '10.244.0.3' }],
    ports: [{ name: 'dns-tcp', port: 53, protocol: 'TCP' }, { name: 'dns', port: 53, protocol: 'UDP' }, { name: 'metrics', port: 9153, protocol: 'TCP' }] }] },
  { kind: 'Endpoints', metadata: meta('web6', 5), subsets: [{ addresses: [{ ip: 'fd00:10:244:1::5' }], ports: [{ port: 80, protocol: 'TCP' }] }] },
  { kind: 'Endpoints', metadata: meta('nginx', 65), subsets: [{ addresses: [{ ip: '10.244.1.5' }, { ip: '10.244.2.6' }] }] },
  { kind: 'Endpoints', metadata: meta('not-ready', 8), subsets: [{ notReadyAddresses: [{ ip: '10.244.1.9' }], ports: [{ port: 80, protocol: 'TCP' }] }] },
  { kind: 'Endpoints', metadata: meta('none', 8), subsets: [] },
];

const goldens: { name: string; kind: string; items: KubeObject[]; opts?: Partial<PrintTableOptions> }[] = [
  { name: 'get-services', kind: 'services', items: services },
  { name: 'get-services-wide', kind: 'svc', items: services, opts: { wide: true } },
  { name: 'get-services-all-namespaces', kind: 'service', items: services.slice(0, 3), opts: { showNamespace: true } },
  { name: 'get-endpointslices', kind: 'endpointslices', items: slices },
  { name: 'get-endpoints', kind: 'endpoints', items: endpoints },
  { name: 'get-endpoints-ep', kind: 'ep', items: endpoints.slice(0, 1), opts: { showKind: true } },
];
for (const g of goldens) t(`golden ${g.name}`, () => assertGolden(g.name, printTable(g.kind, g.items, { now: NOW, ...g.opts })));

t('get svc: the formats.md rows, CLUSTER-IP primary only, None and <none>', () => {
  const out = printTable('svc', services.slice(0, 5), { now: NOW });
  assert.is(out,
    'NAME         TYPE           CLUSTER-IP      EXTERNAL-IP   PORT(S)                  AGE\n' +
    'kubernetes   ClusterIP      10.96.0.1       <none>        443/TCP                  5d19h\n' +
    'kube-dns     ClusterIP      10.96.0.10      <none>        53/UDP,53/TCP,9153/TCP   32m\n' +
    'web          NodePort       10.96.235.205   <none>        8080:30080/TCP,443/TCP   5s\n' +
    'nginx        ClusterIP      None            <none>        80/TCP                   2m\n' +
    'ext          ExternalName   <none>          example.com   <none>                   9s\n');
});

t('EXTERNAL-IP cases', () => {
  const cell = (name: string, wide = false) => printTable('svc', services.filter((s) => s.metadata?.name === name), { now: NOW, noHeaders: true, wide }).split(/ {3,}/)[3];
  const cases = [
    { name: 'lb-pending', want: '<pending>' },
    { name: 'lb-v6', want: 'fc00:f853:ccd...' },       // clipped to 16 bytes without -o wide
    { name: 'lb-v6', wide: true, want: 'fc00:f853:ccd:e793:ffff::1' },
    { name: 'lb-ext', want: '172.18.255.20...,192.0.2.7' },  // the clipped list, then the external IPs
    { name: 'lb-ext', wide: true, want: '172.18.255.200,172.18.255.201,192.0.2.7' },
    { name: 'with-ext-ips', want: '192.0.2.1,192.0.2.2' },
  ];
  for (const c of cases) assert.is(cell(c.name, c.wide), c.want, `${c.name}${c.wide ? ' wide' : ''}`);
});

t('endpointslices: formats.md row with + N more...', () => {
  assert.is(printTable('endpointslices', slices.slice(0, 1), { now: NOW }),
    'NAME                ADDRESSTYPE   PORTS   ENDPOINTS                                            AGE\n' +
    'internal-lb-rcf76   IPv4          8000    10.244.1.145,10.244.1.110,10.244.0.136 + 2 more...   2m50s\n');
});

const formatsMdService: ServiceShape = {
  apiVersion: 'v1', kind: 'Service',
  metadata: { name: 'my-service', namespace: 'default', labels: { 'app.kubernetes.io/name': 'MyApp' } },
  spec: {
    type: 'ClusterIP', selector: { 'app.kubernetes.io/name': 'MyApp' }, ipFamilyPolicy: 'PreferDualStack', ipFamilies: ['IPv4', 'IPv6'],
    clusterIP: '10.0.216.242', clusterIPs: ['10.0.216.242', '2001:db8:fd00::af55'], ports: [{ port: 80, protocol: 'TCP', targetPort: 9376 }], sessionAffinity: 'None',
  },
};

t('describe svc: the formats.md example byte for byte', () => {
  assert.is(describeService(formatsMdService, [], [], NOW), [
    'Name:              my-service',
    'Namespace:         default',
    'Labels:            app.kubernetes.io/name=MyApp',
    'Annotations:       <none>',
    'Selector:          app.kubernetes.io/name=MyApp',
    'Type:              ClusterIP',
    'IP Family Policy:  PreferDualStack',
    'IP Families:       IPv4,IPv6',
    'IP:                10.0.216.242',
    'IPs:               10.0.216.242,2001:db8:fd00::af55',
    'Port:              <unset>  80/TCP',
    'TargetPort:        9376/TCP',
    'Endpoints:         <none>',
    'Session Affinity:  None',
    'Events:            <none>',
    '',
  ].join('\n'));
});

const lbService: ServiceShape = {
  apiVersion: 'v1', kind: 'Service',
  metadata: { name: 'web', namespace: 'default', labels: { app: 'web' }, annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}', team: 'net' } },
  spec: {
    type: 'LoadBalancer', selector: { app: 'web' }, ipFamilyPolicy: 'RequireDualStack', ipFamilies: ['IPv6', 'IPv4'],
    clusterIP: 'fd00:10:96::9', clusterIPs: ['fd00:10:96::9', '10.96.0.99'], externalIPs: ['192.0.2.10'], loadBalancerIP: '172.18.255.210',
    ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 'web', nodePort: 30080 }, { name: 'https', port: 443, protocol: 'TCP', targetPort: 8443, nodePort: 30443, appProtocol: 'https' }],
    sessionAffinity: 'ClientIP', externalTrafficPolicy: 'Local', internalTrafficPolicy: 'Cluster', healthCheckNodePort: 32000, loadBalancerSourceRanges: ['10.0.0.0/8', '192.168.0.0/16'],
  },
  status: { loadBalancer: { ingress: [{ ip: 'fc00:f853:ccd:e793:ffff::1', ipMode: 'VIP' }, { ip: '172.18.255.200' }, { hostname: 'lb.example.com' }] } },
};
const webSlices = [
  slice('web-abcde', 'IPv6', [ep('fd00:10:244:1::5', true), ep('fd00:10:244:2::6', false), ep('fd00:10:244:3::7')],
    [{ name: 'http', port: 8080, protocol: 'TCP' }, { name: 'https', port: 8443, protocol: 'TCP' }]),
  slice('web-fghij', 'IPv4', [ep('10.244.1.5', true), ep('10.244.3.7', true)], [{ name: 'http', port: 8080, protocol: 'TCP' }, { name: 'https', port: 8443, protocol: 'TCP' }]),
];
const events = [{ type: 'Normal', reason: 'EnsuringLoadBalancer', message: 'Ensuring load balancer', source: { component: 'service-controller' },
  firstTimestamp: ago(30), lastTimestamp: ago(30), count: 1, involvedObject: { kind: 'Service', name: 'web' } }];

t('golden describe svc: LoadBalancer, every optional line, dual-stack endpoints', () => assertGolden('describe-service-lb', describeService(lbService, webSlices, events, NOW)));
t('golden describe svc: headless with endpoints', () => assertGolden('describe-service-headless',
  describeService({ ...services[3], metadata: { ...services[3].metadata, labels: {} }, spec: { ...services[3].spec, ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', sessionAffinity: 'None' } },
    [slice('nginx-q9zvd', 'IPv4', [ep('10.244.1.5', true), ep('10.244.2.6', true)], [{ name: '', port: 80, protocol: 'TCP' }])], [], NOW)));
t('golden describe svc: ExternalName', () => assertGolden('describe-service-externalname', describeService(services[4], [], [], NOW)));

t('formatEndpointSlices: per port name, ready or unknown only, cut at three', () => {
  const cases: { name: string; slices: EndpointSliceShape[]; port: string; want: string }[] = [
    { name: 'no slices', slices: [], port: '', want: '<none>' },
    { name: 'placeholder slice', slices: [slice('a-b', 'IPv4', [], [])], port: '', want: '' },
    { name: 'only not-ready', slices: [slice('a-b', 'IPv4', [ep('10.0.0.1', false)], [{ name: '', port: 80 }])], port: '', want: '' },
    { name: 'other port name', slices: webSlices, port: 'nope', want: '' },
    { name: 'IPv6 in brackets', slices: webSlices.slice(0, 1), port: 'http', want: '[fd00:10:244:1::5]:8080,[fd00:10:244:3::7]:8080' },
    { name: 'cut at three', slices: webSlices, port: 'https', want: '[fd00:10:244:1::5]:8443,[fd00:10:244:3::7]:8443,10.244.1.5:8443 + 1 more...' },
    { name: 'a not-ready one after three counts as cut', slices: [slice('a-b', 'IPv4', ['1', '2', '3'].map((i) => ep(`10.0.0.${i}`)).concat(ep('10.0.0.4', false)), [{ name: '', port: 80 }])],
      port: '', want: '10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 0 more...' },
    { name: 'headless without ports', slices: [slices[2]], port: 'any', want: '10.244.1.5,10.244.2.6,10.244.1.7' },
  ];
  for (const c of cases) assert.is(formatEndpointSlices(c.slices, c.port), c.want, c.name);
});

t.run();
