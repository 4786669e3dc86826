import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ConfigError, defaultClusterConfig, parseClusterConfig, type ClusterConfig } from '../../daemon/config/config.js';
import { nodeNames } from '../../daemon/config/defaults.js';

const t = suite('cluster config: defaults and resolution');

const V4 = { pod: '10.244.0.0/16', svc: '10.96.0.0/16', node: '172.18.0.0/16', pool: '172.18.255.200-172.18.255.250' };
const V6 = { pod: 'fd00:10:244::/56', svc: 'fd00:10:96::/112', node: 'fc00:f853:ccd:e793::/64', pool: 'fc00:f853:ccd:e793:ffff::/112' };

type Networking = Pick<ClusterConfig, 'ipFamily' | 'families' | 'podSubnets' | 'serviceSubnets' | 'nodeSubnets' | 'loadBalancerPools'>;
const networking = (c: ClusterConfig): Networking => ({
  ipFamily: c.ipFamily, families: c.families, podSubnets: c.podSubnets, serviceSubnets: c.serviceSubnets,
  nodeSubnets: c.nodeSubnets, loadBalancerPools: c.loadBalancerPools,
});

const cases: { name: string; yaml: string; want: Networking }[] = [
  { name: 'empty file: dual-stack, IPv4 primary', yaml: '',
    want: { ipFamily: 'dual', families: ['IPv4', 'IPv6'], podSubnets: [V4.pod, V6.pod], serviceSubnets: [V4.svc, V6.svc], nodeSubnets: [V4.node, V6.node], loadBalancerPools: [V4.pool, V6.pool] } },
  { name: 'ipFamily dual, no subnets', yaml: 'networking:\n  ipFamily: dual\n',
    want: { ipFamily: 'dual', families: ['IPv4', 'IPv6'], podSubnets: [V4.pod, V6.pod], serviceSubnets: [V4.svc, V6.svc], nodeSubnets: [V4.node, V6.node], loadBalancerPools: [V4.pool, V6.pool] } },
  { name: 'ipFamily ipv4: that family alone, pools and node network included', yaml: 'networking:\n  ipFamily: ipv4\n',
    want: { ipFamily: 'ipv4', families: ['IPv4'], podSubnets: [V4.pod], serviceSubnets: [V4.svc], nodeSubnets: [V4.node], loadBalancerPools: [V4.pool] } },
  { name: 'ipFamily ipv6', yaml: 'networking:\n  ipFamily: ipv6\n',
    want: { ipFamily: 'ipv6', families: ['IPv6'], podSubnets: [V6.pod], serviceSubnets: [V6.svc], nodeSubnets: [V6.node], loadBalancerPools: [V6.pool] } },
  { name: 'dual, IPv6 first in podSubnet: every default follows', yaml: `networking:\n  ipFamily: dual\n  podSubnet: "${V6.pod},${V4.pod}"\n  serviceSubnet: "${V6.svc},${V4.svc}"\n`,
    want: { ipFamily: 'dual', families: ['IPv6', 'IPv4'], podSubnets: [V6.pod, V4.pod], serviceSubnets: [V6.svc, V4.svc], nodeSubnets: [V6.node, V4.node], loadBalancerPools: [V6.pool, V4.pool] } },
  { name: 'no ipFamily, IPv6-first podSubnet alone decides the order', yaml: `networking:\n  podSubnet: "${V6.pod},${V4.pod}"\n`,
    want: { ipFamily: 'dual', families: ['IPv6', 'IPv4'], podSubnets: [V6.pod, V4.pod], serviceSubnets: [V6.svc, V4.svc], nodeSubnets: [V6.node, V4.node], loadBalancerPools: [V6.pool, V4.pool] } },
  { name: 'tutorial service ranges', yaml: 'networking:\n  serviceSubnet: "10.1.0.0/16,fd12:b5e0:383f::/112"\n',
    want: { ipFamily: 'dual', families: ['IPv4', 'IPv6'], podSubnets: [V4.pod, V6.pod], serviceSubnets: ['10.1.0.0/16', 'fd12:b5e0:383f::/112'], nodeSubnets: [V4.node, V6.node], loadBalancerPools: [V4.pool, V6.pool] } },
  { name: 'single IPv4 podSubnet without ipFamily: single-stack IPv4', yaml: 'networking:\n  podSubnet: 10.1.0.0/16\n',
    want: { ipFamily: 'ipv4', families: ['IPv4'], podSubnets: ['10.1.0.0/16'], serviceSubnets: [V4.svc], nodeSubnets: [V4.node], loadBalancerPools: [V4.pool] } },
  { name: 'nodeSubnet given out of order is put in primary order', yaml: `networking:\n  nodeSubnet: "${V6.node},${V4.node}"\n`,
    want: { ipFamily: 'dual', families: ['IPv4', 'IPv6'], podSubnets: [V4.pod, V6.pod], serviceSubnets: [V4.svc, V6.svc], nodeSubnets: [V4.node, V6.node], loadBalancerPools: [V4.pool, V6.pool] } },
  { name: 'CIDRs canonicalised: host bits cleared, IPv6 compressed', yaml: 'networking:\n  podSubnet: "10.244.7.9/16,FD00:0010:0244:0000::/56"\n  loadBalancerPools: ["172.18.255.200 - 172.18.255.210"]\n',
    want: { ipFamily: 'dual', families: ['IPv4', 'IPv6'], podSubnets: [V4.pod, V6.pod], serviceSubnets: [V4.svc, V6.svc], nodeSubnets: [V4.node, V6.node], loadBalancerPools: ['172.18.255.200-172.18.255.210'] } },
];
for (const c of cases) t(c.name, () => assert.equal(networking(parseClusterConfig(c.yaml, 'c.yaml')), c.want));

t('defaults of the other settings (product.md table)', () => {
  const c = defaultClusterConfig();
  assert.is(c.nodeCIDRMaskSizeIPv4, 24);
  assert.is(c.nodeCIDRMaskSizeIPv6, 64);
  assert.is(c.dnsDomain, 'cluster.local');
  assert.is(c.kubeProxyMode, 'iptables');
  assert.is(c.cniMode, 'routed');
  assert.equal(c.nodePortRange, { base: 30000, size: 2768 });
  assert.equal(c.dns, { ttl: 30, externalHosts: {} });
  assert.equal(c.nodes, [
    { role: 'control-plane', name: 'netsim-control-plane' },
    { role: 'worker', name: 'netsim-worker' },
    { role: 'worker', name: 'netsim-worker2' },
  ]);
});

t('the product.md sample document resolves to the defaults', () => {
  const yaml = `kind: Cluster
apiVersion: netsim.dev/v1alpha1
networking:
  ipFamily: dual            # ipv4 | ipv6 | dual (dual = order of the subnets below)
  podSubnet: "10.244.0.0/16,fd00:10:244::/56"
  serviceSubnet: "10.96.0.0/16,fd00:10:96::/112"
  nodeSubnet: "172.18.0.0/16,fc00:f853:ccd:e793::/64"
  nodeCIDRMaskSizeIPv4: 24
  nodeCIDRMaskSizeIPv6: 64
  dnsDomain: cluster.local
  kubeProxyMode: iptables   # iptables | ipvs
  cniMode: routed           # routed | overlay-l2
  nodePortRange: "30000-32767"
  loadBalancerPools: ["172.18.255.200-172.18.255.250", "fc00:f853:ccd:e793:ffff::/112"]
dns:
  ttl: 30
  externalHosts: {"google.com": ["172.217.168.206"]}
nodes:
  - role: control-plane
  - role: worker
  - role: worker
`;
  const c = parseClusterConfig(yaml, 'c.yaml');
  assert.equal({ ...c, dns: { ...c.dns, externalHosts: {} } }, defaultClusterConfig());
  assert.equal(c.dns.externalHosts, { 'google.com': ['172.217.168.206'] });
});

t('every other setting is read', () => {
  const c = parseClusterConfig(`networking:
  nodeCIDRMaskSizeIPv4: 26
  nodeCIDRMaskSizeIPv6: 72
  dnsDomain: example.org
  kubeProxyMode: ipvs
  cniMode: overlay-l2
  nodePortRange: 30000+99
dns:
  ttl: 0
  externalHosts: {"example.com": ["2001:DB8::1", "192.0.2.1"]}
nodes:
  - {}
  - role: control-plane
  - role: worker
`, 'c.yaml');
  assert.equal([c.nodeCIDRMaskSizeIPv4, c.nodeCIDRMaskSizeIPv6, c.dnsDomain, c.kubeProxyMode, c.cniMode], [26, 72, 'example.org', 'ipvs', 'overlay-l2']);
  assert.equal(c.nodePortRange, { base: 30000, size: 100 });
  assert.equal(c.dns, { ttl: 0, externalHosts: { 'example.com': ['2001:db8::1', '192.0.2.1'] } });
  assert.equal(c.nodes.map((n) => n.name), ['netsim-control-plane', 'netsim-control-plane2', 'netsim-worker']);
});

t("kind's node namer", () => {
  assert.equal(nodeNames(['control-plane', 'worker', 'control-plane', 'worker', 'worker']),
    ['netsim-control-plane', 'netsim-worker', 'netsim-control-plane2', 'netsim-worker2', 'netsim-worker3']);
});

const rejected: { name: string; yaml: string; want: string[] }[] = [
  { name: 'YAML syntax', yaml: 'networking: [1\n', want: ['invalid config c.yaml: yaml: line 2, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]'] },
  { name: 'duplicate keys', yaml: 'dns: {}\ndns: {}\n', want: ['invalid config c.yaml: yaml: line 2, column 1: Map keys must be unique'] },
  { name: 'two documents', yaml: 'kind: Cluster\n---\nkind: Cluster\n', want: ['invalid config c.yaml: expected one YAML document, found 2'] },
  { name: 'not a map', yaml: '- 1\n', want: ['invalid config c.yaml: expected a map (a kind: Cluster document), got [1]'] },
  { name: 'unknown fields at every level', yaml: 'name: x\nnetworking:\n  podCIDR: x\ndns:\n  forward: x\nnodes:\n  - role: worker\n    image: kindest/node\n',
    want: ['invalid config c.yaml: name: unknown field', 'invalid config c.yaml: networking.podCIDR: unknown field',
      'invalid config c.yaml: dns.forward: unknown field', 'invalid config c.yaml: nodes[0].image: unknown field'] },
  { name: 'wrong types', yaml: 'networking:\n  podSubnet: ["10.0.0.0/8"]\n  nodeCIDRMaskSizeIPv4: "24"\n  nodeCIDRMaskSizeIPv6: 64.5\n  loadBalancerPools: "172.18.255.0/24"\ndns:\n  ttl: true\n  externalHosts: {"a.com": "1.2.3.4"}\nnodes: {role: worker}\n',
    want: [
      'invalid config c.yaml: networking.podSubnet: Invalid value: ["10.0.0.0/8"]: must be a string',
      'invalid config c.yaml: networking.nodeCIDRMaskSizeIPv4: Invalid value: "24": must be an integer',
      'invalid config c.yaml: networking.nodeCIDRMaskSizeIPv6: Invalid value: 64.5: must be an integer',
      'invalid config c.yaml: networking.loadBalancerPools: Invalid value: "172.18.255.0/24": must be a list of strings',
      'invalid config c.yaml: dns.ttl: Invalid value: true: must be an integer',
      'invalid config c.yaml: dns.externalHosts[a.com]: Invalid value: "1.2.3.4": must be a list of strings',
      'invalid config c.yaml: nodes: Invalid value: {"role":"worker"}: must be a list of nodes',
    ] },
  { name: 'list entry of the wrong type', yaml: 'networking:\n  loadBalancerPools: ["172.18.255.0/24", 7]\n',
    want: ['invalid config c.yaml: networking.loadBalancerPools[1]: Invalid value: 7: must be a string'] },
];
for (const c of rejected) {
  t(`rejects: ${c.name}`, () => {
    try {
      parseClusterConfig(c.yaml, 'c.yaml');
      assert.unreachable('should have thrown');
    } catch (e) {
      assert.instance(e, ConfigError);
      assert.equal((e as Error).message.split('\n'), c.want);
    }
  });
}

t('null fields count as unset', () => {
  assert.equal(parseClusterConfig('networking:\ndns: ~\nnodes:\n', 'c.yaml'), defaultClusterConfig());
});

t.run();
