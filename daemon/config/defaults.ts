// Default values per family and the resolution of a (validated) ClusterConfigInput into a
// ClusterConfig: family order, defaults following the primary family, kind's node names.
// Imports config types and the address/port parsers only.
import type { IpFamily } from '../domain/types.js';
import { familyBySyntax, formatIp, parseAddressPool, parseCidrStrict, parseIpStrict } from './addresses.js';
import type { ClusterConfig, ClusterConfigInput, CniMode, IpFamilyMode, KubeProxyMode, NodeRole } from './config.js';
import { parsePortRange } from './port-range.js';

/** kind's defaults per family (pkg/apis/config/v1alpha4 default.go; docker network "kind"). */
export const FAMILY_DEFAULTS: Record<IpFamily, {
  podSubnet: string; serviceSubnet: string; nodeSubnet: string; loadBalancerPool: string; nodeCIDRMaskSize: number;
}> = {
  IPv4: {
    podSubnet: '10.244.0.0/16', serviceSubnet: '10.96.0.0/16', nodeSubnet: '172.18.0.0/16',
    loadBalancerPool: '172.18.255.200-172.18.255.250', nodeCIDRMaskSize: 24,
  },
  IPv6: {
    podSubnet: 'fd00:10:244::/56', serviceSubnet: 'fd00:10:96::/112', nodeSubnet: 'fc00:f853:ccd:e793::/64',
    loadBalancerPool: 'fc00:f853:ccd:e793:ffff::/112', nodeCIDRMaskSize: 64,
  },
};

export const CLUSTER_NAME = 'netsim';
export const DEFAULT_DNS_DOMAIN = 'cluster.local';
export const DEFAULT_KUBE_PROXY_MODE: KubeProxyMode = 'iptables';
export const DEFAULT_CNI_MODE: CniMode = 'routed';
export const DEFAULT_NODE_PORT_RANGE = '30000-32767';
/** kind's and kubeadm's Corefile `ttl 30` (CoreDNS' own default is 5). */
export const DEFAULT_DNS_TTL = 30;
export const DEFAULT_NODE_ROLES: readonly NodeRole[] = ['control-plane', 'worker', 'worker'];

/** Entries of a comma-separated list (kube's strings.Split on ","), each trimmed. */
export function splitList(s: string): string[] {
  return s.split(',').map((x) => x.trim());
}

function familyOrder(list: string | undefined): IpFamily[] | undefined {
  if (list === undefined) return undefined;
  return [...new Set(splitList(list).map(familyBySyntax))];
}

const other = (f: IpFamily): IpFamily => (f === 'IPv4' ? 'IPv6' : 'IPv4');

/**
 * The cluster's families, primary first: `ipv4`/`ipv6` name one; otherwise the order of the
 * first given of podSubnet, serviceSubnet; with nothing given, IPv4 then IPv6.
 */
export function clusterFamilies(input: ClusterConfigInput): IpFamily[] {
  const n = input.networking ?? {};
  if (n.ipFamily === 'ipv4') return ['IPv4'];
  if (n.ipFamily === 'ipv6') return ['IPv6'];
  const order = familyOrder(n.podSubnet) ?? familyOrder(n.serviceSubnet);
  if (n.ipFamily === 'dual') return order ? [order[0], other(order[0])] : ['IPv4', 'IPv6'];
  return order ?? ['IPv4', 'IPv6'];
}

export function familyMode(families: readonly IpFamily[]): IpFamilyMode {
  if (families.length > 1) return 'dual';
  return families[0] === 'IPv4' ? 'ipv4' : 'ipv6';
}

/** kind's MakeNodeNamer: netsim-control-plane, netsim-worker, netsim-worker2, ... */
export function nodeNames(roles: readonly NodeRole[], cluster = CLUSTER_NAME): string[] {
  const seen = new Map<NodeRole, number>();
  return roles.map((role) => {
    const count = (seen.get(role) ?? 0) + 1;
    seen.set(role, count);
    return `${cluster}-${role}${count > 1 ? count : ''}`;
  });
}

const canonicalCidr = (s: string): string => parseCidrStrict(s)?.text ?? s;

function canonicalPool(s: string): string {
  const p = parseAddressPool(s.trim());
  return p.ok ? p.range.text : s;
}

function canonicalIp(s: string): string {
  const ip = parseIpStrict(s);
  return ip ? formatIp(ip.family, ip.value) : s;
}

/** Subnets of the given list, or the family defaults, in `families` order. */
function subnets(given: string | undefined, families: IpFamily[], pick: (f: IpFamily) => string): string[] {
  if (given === undefined) return families.map(pick);
  const list = splitList(given).map(canonicalCidr);
  const rank = (s: string) => families.indexOf(familyBySyntax(s));
  return [...list].sort((a, b) => rank(a) - rank(b));
}

function externalHosts(given: Record<string, string[]> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const host of Object.keys(given ?? {}).sort()) out[host] = given![host].map(canonicalIp);
  return out;
}

/** Fills every field; `input` should have passed validateClusterConfig (nothing here throws). */
export function applyDefaults(input: ClusterConfigInput): ClusterConfig {
  const n = input.networking ?? {};
  const families = clusterFamilies(input);
  const range = parsePortRange(n.nodePortRange ?? DEFAULT_NODE_PORT_RANGE);
  const roles = (input.nodes ?? DEFAULT_NODE_ROLES.map((role) => ({ role }))).map((x) => (x.role ?? 'control-plane') as NodeRole);
  const names = nodeNames(roles);
  return {
    ipFamily: familyMode(families),
    families,
    podSubnets: subnets(n.podSubnet, families, (f) => FAMILY_DEFAULTS[f].podSubnet),
    serviceSubnets: subnets(n.serviceSubnet, families, (f) => FAMILY_DEFAULTS[f].serviceSubnet),
    nodeSubnets: subnets(n.nodeSubnet, families, (f) => FAMILY_DEFAULTS[f].nodeSubnet),
    nodeCIDRMaskSizeIPv4: n.nodeCIDRMaskSizeIPv4 ?? FAMILY_DEFAULTS.IPv4.nodeCIDRMaskSize,
    nodeCIDRMaskSizeIPv6: n.nodeCIDRMaskSizeIPv6 ?? FAMILY_DEFAULTS.IPv6.nodeCIDRMaskSize,
    dnsDomain: n.dnsDomain ?? DEFAULT_DNS_DOMAIN,
    kubeProxyMode: (n.kubeProxyMode ?? DEFAULT_KUBE_PROXY_MODE) as KubeProxyMode,
    cniMode: (n.cniMode ?? DEFAULT_CNI_MODE) as CniMode,
    nodePortRange: typeof range === 'string' ? { base: 30000, size: 2768 } : range,
    loadBalancerPools: (n.loadBalancerPools ?? families.map((f) => FAMILY_DEFAULTS[f].loadBalancerPool)).map(canonicalPool),
    dns: { ttl: input.dns?.ttl ?? DEFAULT_DNS_TTL, externalHosts: externalHosts(input.dns?.externalHosts) },
    nodes: roles.map((role, i) => ({ role, name: names[i] })),
  };
}
