import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { serviceForExpose, type ExposeFlags } from '../../cli/commands/expose.js';

const t = suite('cli/expose');

const nginx = {
  metadata: { name: 'nginx', namespace: 'default', labels: { app: 'nginx' } },
  spec: {
    selector: { matchLabels: { app: 'nginx' } },
    template: { spec: { containers: [{ ports: [{ containerPort: 80 }, { containerPort: 53, protocol: 'UDP' }, { containerPort: 53, protocol: 'TCP' }] }] } },
  },
};
const bare = { metadata: { name: 'bare', namespace: 'default', labels: { app: 'bare' } }, spec: { selector: { matchLabels: { app: 'bare', tier: 'x' } }, template: { spec: { containers: [{}] } } } };
const pod = { metadata: { name: 'web-0', namespace: 'prod', labels: { app: 'web', 'statefulset.kubernetes.io/pod-name': 'web-0' } }, spec: { containers: [{ ports: [{ containerPort: 8080 }] }] } };
const svc = { metadata: { name: 'web', namespace: 'default' }, spec: { selector: { app: 'web' }, ports: [{ port: 80, protocol: 'TCP' }, { port: 443, protocol: 'TCP' }] } };

const cases: { name: string; kind: string; obj: object; flags: ExposeFlags; want: unknown }[] = [
  {
    name: 'the tutorial: expose deployment/nginx --port=80', kind: 'Deployment', obj: bare, flags: { port: '80' },
    want: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'bare', namespace: 'default', labels: { app: 'bare' } },
      spec: { ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }], selector: { app: 'bare', tier: 'x' } } },
  },
  {
    name: 'numeric and named target ports, type, name, protocol', kind: 'Deployment', obj: bare,
    flags: { port: '8080', targetPort: 'http', type: 'NodePort', name: 'front', protocol: 'UDP' },
    want: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'front', namespace: 'default', labels: { app: 'bare' } },
      spec: { ports: [{ port: 8080, protocol: 'UDP', targetPort: 'http' }], selector: { app: 'bare', tier: 'x' }, type: 'NodePort' } },
  },
  {
    name: 'ports from the containers: several get port-N names, a port with two protocols one per protocol', kind: 'Deployment', obj: nginx, flags: {},
    want: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'nginx', namespace: 'default', labels: { app: 'nginx' } },
      spec: { ports: [
        { name: 'port-1', port: 80, protocol: 'TCP', targetPort: 80 },
        { name: 'port-2-udp', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'port-2-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'port-3-udp', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'port-3-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
      ], selector: { app: 'nginx' } } },
  },
  {
    name: '--protocol stomps introspected protocols; --target-port applies to every port', kind: 'Deployment', obj: nginx, flags: { port: '53', protocol: 'TCP', targetPort: '5353' },
    want: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'nginx', namespace: 'default', labels: { app: 'nginx' } },
      spec: { ports: [{ port: 53, protocol: 'TCP', targetPort: 5353 }], selector: { app: 'nginx' } } },
  },
  {
    name: 'a pod: its labels are the selector; --selector and --labels override', kind: 'Pod', obj: pod, flags: { selector: 'app=web', labels: 'tier=db', clusterIP: 'None' },
    want: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web-0', namespace: 'prod', labels: { tier: 'db' } },
      spec: { ports: [{ port: 8080, protocol: 'TCP', targetPort: 8080 }], selector: { app: 'web' }, clusterIP: 'None' } },
  },
  {
    name: 'a service: its selector and ports', kind: 'Service', obj: svc, flags: { name: 'web2', type: 'LoadBalancer' },
    want: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web2', namespace: 'default' },
      spec: { ports: [{ name: 'port-1', port: 80, protocol: 'TCP', targetPort: 80 }, { name: 'port-2', port: 443, protocol: 'TCP', targetPort: 443 }],
        selector: { app: 'web' }, type: 'LoadBalancer' } },
  },
];
for (const c of cases) t(c.name, () => assert.equal(serviceForExpose(c.kind, c.obj, c.flags), c.want));

t('a long name is cut to 63 characters', () => {
  const long = { ...bare, metadata: { ...bare.metadata, name: 'x'.repeat(70) } };
  assert.is(serviceForExpose('Deployment', long, { port: '80' }).metadata.name, 'x'.repeat(63));
});

t('errors carry kubectl\'s messages', () => {
  const errors: { name: string; kind: string; obj: object; flags: ExposeFlags; want: string }[] = [
    { name: 'no port anywhere', kind: 'Deployment', obj: bare, flags: {}, want: "couldn't find port via --port flag or introspection" },
    { name: 'bad port', kind: 'Deployment', obj: bare, flags: { port: 'http' }, want: 'strconv.Atoi: parsing "http": invalid syntax' },
    { name: 'pod without labels', kind: 'Pod', obj: { metadata: { name: 'p' }, spec: {} }, flags: { port: '80' }, want: 'the pod has no labels and cannot be exposed' },
    { name: 'selectorless service', kind: 'Service', obj: { metadata: { name: 's' }, spec: { ports: [{ port: 80 }] } }, flags: {}, want: 'the service has no pod selector set' },
    { name: 'unexposable kind', kind: 'Node', obj: { metadata: { name: 'n' } }, flags: { port: '80' }, want: 'cannot expose a Node' },
    { name: 'bad selector', kind: 'Deployment', obj: bare, flags: { port: '80', selector: 'app' }, want: 'invalid label spec: app' },
  ];
  for (const e of errors) assert.throws(() => serviceForExpose(e.kind, e.obj, e.flags), (err: Error) => err.message === e.want, e.name);
});

t.run();
