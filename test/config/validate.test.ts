import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError, parseClusterConfig } from '../../daemon/config/config.js';

const t = suite('cluster config: validation reasons');

function errorsOf(yaml: string): string[] {
  try {
    parseClusterConfig(yaml, 'c.yaml');
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e.errors.map((x) => `${x.field}: ${x.reason}`);
  }
  return [];
}

const net = (lines: string) => `networking:\n${lines.split('\n').map((l) => `  ${l}`).join('\n')}\n`;
const DNS1123 = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

const cases: { name: string; yaml: string; want: string[] }[] = [
  // header and enums
  { name: 'kind', yaml: 'kind: Config\n', want: ['kind: Unsupported value: "Config": supported values: "Cluster"'] },
  { name: 'apiVersion (kind\'s own is not ours)', yaml: 'apiVersion: kind.x-k8s.io/v1alpha4\n', want: ['apiVersion: Unsupported value: "kind.x-k8s.io/v1alpha4": supported values: "netsim.dev/v1alpha1"'] },
  { name: 'ipFamily', yaml: net('ipFamily: IPv4'), want: ['networking.ipFamily: Unsupported value: "IPv4": supported values: "dual", "ipv4", "ipv6"'] },
  { name: 'kubeProxyMode', yaml: net('kubeProxyMode: nftables'), want: ['networking.kubeProxyMode: Unsupported value: "nftables": supported values: "iptables", "ipvs"'] },
  { name: 'cniMode', yaml: net('cniMode: bridge'), want: ['networking.cniMode: Unsupported value: "bridge": supported values: "overlay-l2", "routed"'] },
  // subnets: syntax (Go ParseCIDR)
  { name: 'malformed CIDR', yaml: net('podSubnet: 10.244.0.0/33'), want: ['networking.podSubnet: invalid CIDR address: 10.244.0.0/33'] },
  { name: 'leading zeros are not accepted', yaml: net('serviceSubnet: 010.96.0.0/16'), want: ['networking.serviceSubnet: invalid CIDR address: 010.96.0.0/16'] },
  { name: 'an address without a prefix', yaml: net('nodeSubnet: 172.18.0.0'), want: ['networking.nodeSubnet: invalid CIDR address: 172.18.0.0'] },
  { name: 'empty list entry', yaml: net('podSubnet: "10.244.0.0/16,"'), want: ['networking.podSubnet: invalid CIDR address: '] },
  // subnets: counts and families (kube-controller-manager validateCIDRs; kube-apiserver validateClusterIPFlags; kind validateSubnets)
  { name: 'pod: two of one family', yaml: net('podSubnet: "10.244.0.0/16,10.245.0.0/16"'),
    want: ['networking.podSubnet: len of podSubnet CIDRs==2 and they are not configured as dual stack (at least one from each IPFamily'] },
  { name: 'pod: three entries', yaml: net('podSubnet: "10.244.0.0/16,fd00:10:244::/56,10.245.0.0/16"'),
    want: ['networking.podSubnet: length of podSubnet CIDRs is:3 more than max allowed of 2'] },
  { name: 'service: three entries', yaml: net('serviceSubnet: "10.96.0.0/16,fd00:10:96::/112,10.97.0.0/16"'),
    want: ['networking.serviceSubnet: must not contain more than two entries'] },
  { name: 'service: two of one family', yaml: net('serviceSubnet: "10.96.0.0/16,10.97.0.0/16"'),
    want: ['networking.serviceSubnet: networking.serviceSubnet[0] and networking.serviceSubnet[1] must be of different IP family'] },
  { name: 'node: two of one family', yaml: net('nodeSubnet: "172.18.0.0/16,172.19.0.0/16"'),
    want: ['networking.nodeSubnet: networking.nodeSubnet[0] and networking.nodeSubnet[1] must be of different IP family'] },
  { name: 'ipFamily ipv4 with an IPv6 podSubnet', yaml: net('ipFamily: ipv4\npodSubnet: fd00:10:244::/56'),
    want: ['networking.podSubnet: expected IPv4 CIDR for IPv4 family'] },
  { name: 'ipFamily ipv6 with a dual podSubnet', yaml: net('ipFamily: ipv6\npodSubnet: "fd00:10:244::/56,10.244.0.0/16"'),
    want: ['networking.podSubnet: only one CIDR allowed for single-stack networking'] },
  { name: 'dual-stack needs one of each family', yaml: net('ipFamily: dual\npodSubnet: 10.244.0.0/16'),
    want: ['networking.podSubnet: expected two CIDRs, one of each IP family, for dual-stack networking'] },
  { name: 'single-stack pods, dual-stack services', yaml: net('podSubnet: 10.244.0.0/16\nserviceSubnet: "10.96.0.0/16,fd00:10:96::/112"'),
    want: ['networking.serviceSubnet: only one CIDR allowed for single-stack networking'] },
  { name: 'a node network of the wrong family', yaml: net('ipFamily: ipv6\nnodeSubnet: 172.18.0.0/16'),
    want: ['networking.nodeSubnet: expected IPv6 CIDR for IPv6 family'] },
  { name: 'serviceSubnet must list the primary family first', yaml: net('podSubnet: "10.244.0.0/16,fd00:10:244::/56"\nserviceSubnet: "fd00:10:96::/112,10.96.0.0/16"'),
    want: ['networking.serviceSubnet: must list the primary IP family first: networking.podSubnet starts with IPv4 (10.244.0.0/16), networking.serviceSubnet with IPv6 (fd00:10:96::/112)'] },
  // service range size (validateMaxCIDRRange; ServiceIPRange)
  { name: 'service range too large, IPv4', yaml: net('serviceSubnet: "10.96.0.0/11,fd00:10:96::/112"'),
    want: ['networking.serviceSubnet: specified networking.serviceSubnet is too large; for 32-bit addresses, the mask must be >= 12'] },
  { name: 'service range too large, IPv6 secondary', yaml: net('serviceSubnet: "10.96.0.0/12,fd00:10:96::/107"'),
    want: ['networking.serviceSubnet: specified networking.serviceSubnet[1] is too large; for 128-bit addresses, the mask must be >= 108'] },
  { name: 'service range too small', yaml: net('ipFamily: ipv4\nserviceSubnet: 10.96.0.0/30'),
    want: ['networking.serviceSubnet: the service cluster IP range must be at least 8 IP addresses'] },
  { name: 'primary service range without a tenth address for kube-dns', yaml: net('ipFamily: ipv4\nserviceSubnet: 10.96.0.0/29'),
    want: ["networking.serviceSubnet: unable to get internal Kubernetes Service IP from the given service CIDR: can't generate IP with index 10 from subnet. subnet too small. subnet: 10.96.0.0/29"] },
  { name: 'a /28 is the smallest IPv4 range with kube-dns in it', yaml: net('ipFamily: ipv4\nserviceSubnet: 10.96.0.0/28'), want: [] },
  // node CIDR masks (setNodeCIDRMaskSizes, NewCIDRSet)
  { name: 'node mask shorter than the cluster mask', yaml: net('nodeCIDRMaskSizeIPv4: 8'),
    want: ['networking.podSubnet: mask size of cluster CIDR must be less than or equal to networking.nodeCIDRMaskSizeIPv4 configured for CIDR family: 10.244.0.0/16 has mask size 16, networking.nodeCIDRMaskSizeIPv4 is 8'] },
  { name: 'IPv6 node mask more than 16 bits longer', yaml: net('podSubnet: "10.244.0.0/16,fd00::/32"'),
    want: ['networking.nodeCIDRMaskSizeIPv6: the node CIDR size is too big: 64 may be at most 16 bits longer than the mask of networking.podSubnet fd00::/32'] },
  { name: 'without podSubnet, pod defaults follow serviceSubnet\'s order', yaml: net('serviceSubnet: "fd00:10:96::/112,10.96.0.0/16"'), want: [] },
  { name: 'IPv6 /48 with /64 nodes is the widest allowed', yaml: net('podSubnet: "10.244.0.0/16,fd00::/48"'), want: [] },
  { name: 'mask out of range', yaml: net('nodeCIDRMaskSizeIPv4: 33\nnodeCIDRMaskSizeIPv6: -1'),
    want: ['networking.nodeCIDRMaskSizeIPv4: Invalid value: 33: must be between 0 and 32, inclusive',
      'networking.nodeCIDRMaskSizeIPv6: Invalid value: -1: must be between 0 and 128, inclusive'] },
  { name: 'IPv4 mask on a single-stack IPv6 cluster', yaml: net('ipFamily: ipv6\nnodeCIDRMaskSizeIPv4: 24'),
    want: ['networking.nodeCIDRMaskSizeIPv4: usage of networking.nodeCIDRMaskSizeIPv4 is not allowed for a single-stack IPv6 cluster'] },
  { name: 'IPv6 mask on a single-stack IPv4 cluster', yaml: net('ipFamily: ipv4\nnodeCIDRMaskSizeIPv6: 64'),
    want: ['networking.nodeCIDRMaskSizeIPv6: usage of networking.nodeCIDRMaskSizeIPv6 is not allowed for a single-stack IPv4 cluster'] },
  // node networks
  { name: 'node network overlapping the pod network', yaml: net('nodeSubnet: "10.244.128.0/24,fc00:f853:ccd:e793::/64"'),
    want: ['networking.nodeSubnet: 10.244.128.0/24 overlaps networking.podSubnet (10.244.0.0/16)'] },
  { name: 'node network too small for the nodes', yaml: net('nodeSubnet: "172.18.0.0/30,fc00:f853:ccd:e793::/64"\nloadBalancerPools: []'),
    want: ['networking.nodeSubnet: 172.18.0.0/30 has room for 1 node addresses outside the gateway and the LoadBalancer pools, and the config has 3 nodes'] },
  { name: 'a pool covering the node network', yaml: net('ipFamily: ipv4\nnodeSubnet: 172.18.0.0/29\nloadBalancerPools: ["172.18.0.2-172.18.0.6"]'),
    want: ['networking.nodeSubnet: 172.18.0.0/29 has room for 0 node addresses outside the gateway and the LoadBalancer pools, and the config has 3 nodes'] },
  // node ports (PortRange.Set)
  { name: 'node port range reversed', yaml: net('nodePortRange: 32767-30000'),
    want: ['networking.nodePortRange: Invalid value: "32767-30000": end port cannot be less than start port: 32767-30000'] },
  { name: 'node port range above 65535', yaml: net('nodePortRange: 30000-70000'),
    want: ['networking.nodePortRange: Invalid value: "30000-70000": the port range cannot be greater than 65535: 30000-70000'] },
  { name: 'node port range syntax', yaml: net('nodePortRange: 30000:32767'),
    want: ['networking.nodePortRange: Invalid value: "30000:32767": strconv.Atoi: parsing "30000:32767": invalid syntax'] },
  { name: 'node port range with both notations', yaml: net('nodePortRange: 30000-3+2'),
    want: ['networking.nodePortRange: Invalid value: "30000-3+2": unable to parse port range: 30000-3+2'] },
  { name: 'node port range including port 0', yaml: net('nodePortRange: 0-100'),
    want: ['networking.nodePortRange: Invalid value: "0-100": must be between 1 and 65535, inclusive'] },
  { name: 'empty node port range', yaml: net('nodePortRange: ""'),
    want: ['networking.nodePortRange: Invalid value: "": must be a port range such as 30000-32767'] },
  // LoadBalancer pools
  { name: 'pool syntax', yaml: net('loadBalancerPools: ["172.18.255.200"]'),
    want: ['networking.loadBalancerPools[0]: Invalid value: "172.18.255.200": must be a CIDR (e.g. 172.18.255.0/24) or an address range FIRST-LAST (e.g. 172.18.255.200-172.18.255.250)'] },
  { name: 'pool of mixed families', yaml: net('loadBalancerPools: ["172.18.255.200-fc00::1"]'),
    want: ['networking.loadBalancerPools[0]: Invalid value: "172.18.255.200-fc00::1": FIRST and LAST must be of the same IP family'] },
  { name: 'pool reversed', yaml: net('loadBalancerPools: ["172.18.255.250-172.18.255.200"]'),
    want: ['networking.loadBalancerPools[0]: Invalid value: "172.18.255.250-172.18.255.200": FIRST must not be greater than LAST'] },
  { name: 'pool of a family the cluster lacks', yaml: net('ipFamily: ipv4\nloadBalancerPools: ["fc00:f853:ccd:e793:ffff::/112"]'),
    want: ['networking.loadBalancerPools[0]: Invalid value: "fc00:f853:ccd:e793:ffff::/112": IPv6 is not configured on this cluster'] },
  { name: 'overlapping pools', yaml: net('loadBalancerPools: ["172.18.255.0/24", "172.18.255.200-172.18.255.210"]'),
    want: ['networking.loadBalancerPools[1]: Invalid value: "172.18.255.200-172.18.255.210": overlaps networking.loadBalancerPools[0] (172.18.255.0/24)'] },
  { name: 'pool inside the service network', yaml: net('loadBalancerPools: ["10.96.255.0/24"]'),
    want: ['networking.loadBalancerPools[0]: Invalid value: "10.96.255.0/24": overlaps networking.serviceSubnet (10.96.0.0/16)'] },
  // DNS
  { name: 'dnsDomain', yaml: net('dnsDomain: Cluster.Local'), want: [`networking.dnsDomain: Invalid value: "Cluster.Local": ${DNS1123}`] },
  { name: 'dnsDomain too long', yaml: net(`dnsDomain: ${'a.'.repeat(127)}a`), want: [`networking.dnsDomain: Invalid value: "${'a.'.repeat(127)}a": must be no more than 253 characters`] },
  { name: 'ttl below 0', yaml: 'dns:\n  ttl: -1\n', want: ['dns.ttl: Invalid value: -1: must be between 0 and 3600, inclusive'] },
  { name: 'ttl above CoreDNS\' limit', yaml: 'dns:\n  ttl: 3601\n', want: ['dns.ttl: Invalid value: 3601: must be between 0 and 3600, inclusive'] },
  { name: 'external host name and addresses', yaml: 'dns:\n  externalHosts: {"bad_name": ["1.2.3.4"], "ok.com": ["1.2.3", "::1", "0x7f.1.1.1"]}\n',
    want: [`dns.externalHosts[bad_name]: ${DNS1123}`,
      'dns.externalHosts[ok.com][0]: Invalid value: "1.2.3": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
      'dns.externalHosts[ok.com][2]: Invalid value: "0x7f.1.1.1": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'] },
  // nodes
  { name: 'node role', yaml: 'nodes:\n  - role: control-plane\n  - role: master\n', want: ['nodes[1].role: Unsupported value: "master": supported values: "control-plane", "worker"'] },
  { name: 'no control-plane node', yaml: 'nodes:\n  - role: worker\n', want: ['nodes: must have at least one control-plane node'] },
  { name: 'no nodes at all', yaml: 'nodes: []\n', want: ['nodes: must have at least one control-plane node'] },
  { name: 'a role-less node is a control plane (kind)', yaml: 'nodes:\n  - {}\n', want: [] },
];
for (const c of cases) t(c.name, () => assert.equal(errorsOf(c.yaml), c.want));

t('all errors at once, as the daemon prints them (golden)', () => {
  const yaml = `networking:
  ipFamily: dual
  podSubnet: "10.244.0.0/16,10.245.0.0/16"
  serviceSubnet: "fd00:10:96::/112,10.96.0.0/16"
  nodeCIDRMaskSizeIPv4: 8
  kubeProxyMode: userspace
  nodePortRange: "32767-30000"
  loadBalancerPools: ["10.96.0.0/24"]
dns:
  ttl: -5
nodes:
  - role: worker
`;
  let got = '';
  try { parseClusterConfig(yaml, '/home/u/cluster.yaml'); } catch (e) { got = (e as Error).message + '\n'; }
  const golden = new URL('../golden/config/invalid-config.golden', import.meta.url).pathname;
  if (process.env.UPDATE_GOLDEN) { mkdirSync(dirname(golden), { recursive: true }); writeFileSync(golden, got); }
  assert.fixture(got, readFileSync(golden, 'utf8'));
});

t.run();
