// Validation of `networking` subnets, node CIDR mask sizes and LoadBalancer pools, worded as
// kube-controller-manager (core.go validateCIDRs, setNodeCIDRMaskSizes; cidr_set.go NewCIDRSet),
// kube-apiserver (validateClusterIPFlags, validateMaxCIDRRange) and kind (validateSubnets) word them.
import { invalid } from '../domain/field-errors.js';
import type { IpFamily } from '../domain/types.js';
import {
  cidrSize, overlapSize, parseAddressPool, parseCidrStrict, rangesOverlap, cidrRange,
  type AddressRange, type ParsedCidr,
} from './addresses.js';
import type { ClusterConfigInput, ConfigFieldError } from './config.js';
import { fieldReason } from './decode.js';
import { clusterFamilies, DEFAULT_NODE_ROLES, FAMILY_DEFAULTS, splitList } from './defaults.js';

type Errors = ConfigFieldError[];
type ListName = 'podSubnet' | 'serviceSubnet' | 'nodeSubnet';

/** kube-apiserver maxCIDRBits: the bitmap allocator keeps at most 2^20 service addresses. */
const SERVICE_MAX_HOST_BITS = 20;
/** pkg/controlplane/services.go ServiceIPRange: a range smaller than this is refused. */
const SERVICE_MIN_ADDRESSES = 8n;
/** kubeadm GetDNSIP: kube-dns takes the tenth address of the primary Service range. */
const DNS_SERVICE_INDEX = 10n;
/** cidr_set.go clusterSubnetMaxDiff: an IPv6 cluster CIDR splits into at most 2^16 node CIDRs. */
const IPV6_MAX_NODE_MASK_DIFF = 16;
/** Node InternalIPs come from network+2 on (network+1 is the gateway, as docker's ipam keeps it); IPv6 tracks 0xffff slots. */
const NODE_IPV6_WINDOW = 0xffffn;

/** Parses a subnet list (given or defaulted); undefined after reporting a malformed entry (Go ParseCIDRs stops there). */
function parseList(name: ListName, given: string | undefined, families: IpFamily[], errs: Errors): ParsedCidr[] | undefined {
  const texts = given === undefined ? families.map((f) => FAMILY_DEFAULTS[f][name]) : splitList(given);
  const out: ParsedCidr[] = [];
  for (const t of texts) {
    const c = parseCidrStrict(t);
    if (!c) { errs.push({ field: `networking.${name}`, reason: `invalid CIDR address: ${t}` }); return undefined; }
    out.push(c);
  }
  return out;
}

/** Count and family checks of one list; true when the list matches the cluster's families. */
function checkFamilies(name: ListName, list: ParsedCidr[], families: IpFamily[], errs: Errors): boolean {
  const field = `networking.${name}`;
  const fail = (reason: string) => { errs.push({ field, reason }); return false; };
  const distinct = new Set(list.map((c) => c.family)).size;
  if (name === 'podSubnet') {
    if (list.length > 1 && distinct < 2) return fail(`len of podSubnet CIDRs==${list.length} and they are not configured as dual stack (at least one from each IPFamily`);
    if (list.length > 2) return fail(`length of podSubnet CIDRs is:${list.length} more than max allowed of 2`);
  } else {
    if (list.length > 2) return fail('must not contain more than two entries');
    if (list.length === 2 && distinct < 2) return fail(`${field}[0] and ${field}[1] must be of different IP family`);
  }
  if (families.length === 1 && list.length > 1) return fail('only one CIDR allowed for single-stack networking');
  if (families.length === 1 && list[0].family !== families[0]) return fail(`expected ${families[0]} CIDR for ${families[0]} family`);
  if (families.length === 2 && list.length < 2) return fail('expected two CIDRs, one of each IP family, for dual-stack networking');
  return true;
}

function checkServiceSizes(list: ParsedCidr[], errs: Errors): void {
  list.forEach((c, i) => {
    const flag = i === 0 ? 'networking.serviceSubnet' : 'networking.serviceSubnet[1]';
    if (c.bits - c.prefix > SERVICE_MAX_HOST_BITS) {
      errs.push({ field: 'networking.serviceSubnet', reason: `specified ${flag} is too large; for ${c.bits}-bit addresses, the mask must be >= ${c.bits - SERVICE_MAX_HOST_BITS}` });
    } else if (cidrSize(c) < SERVICE_MIN_ADDRESSES) {
      errs.push({ field: 'networking.serviceSubnet', reason: `the service cluster IP range must be at least ${SERVICE_MIN_ADDRESSES} IP addresses` });
    } else if (i === 0 && cidrSize(c) <= DNS_SERVICE_INDEX) {
      errs.push({ field: 'networking.serviceSubnet', reason: `unable to get internal Kubernetes Service IP from the given service CIDR: can't generate IP with index ${DNS_SERVICE_INDEX} from subnet. subnet too small. subnet: ${c.text}` });
    }
  });
}

const maskField = (f: IpFamily) => (f === 'IPv4' ? 'networking.nodeCIDRMaskSizeIPv4' : 'networking.nodeCIDRMaskSizeIPv6');

/** Mask sizes in range, not set for a family the cluster lacks (R4.2), and fitting each pod CIDR (R4.3). */
function checkMasks(input: ClusterConfigInput, families: IpFamily[], pod: ParsedCidr[] | undefined, errs: Errors): void {
  const n = input.networking ?? {};
  const given: Record<IpFamily, number | undefined> = { IPv4: n.nodeCIDRMaskSizeIPv4, IPv6: n.nodeCIDRMaskSizeIPv6 };
  const ok: Record<IpFamily, boolean> = { IPv4: true, IPv6: true };
  for (const f of ['IPv4', 'IPv6'] as const) {
    const v = given[f];
    if (v === undefined) continue;
    const bits = f === 'IPv4' ? 32 : 128;
    if (v < 0 || v > bits) { ok[f] = false; errs.push({ field: maskField(f), reason: fieldReason(invalid(maskField(f), v, `must be between 0 and ${bits}, inclusive`)) }); }
    if (families.length === 1 && families[0] !== f) {
      errs.push({ field: maskField(f), reason: `usage of ${maskField(f)} is not allowed for a single-stack ${families[0]} cluster` });
    }
  }
  for (const c of pod ?? []) {
    if (!ok[c.family]) continue;
    const mask = given[c.family] ?? FAMILY_DEFAULTS[c.family].nodeCIDRMaskSize;
    if (c.prefix > mask) {
      errs.push({ field: 'networking.podSubnet', reason: `mask size of cluster CIDR must be less than or equal to ${maskField(c.family)} configured for CIDR family: ${c.text} has mask size ${c.prefix}, ${maskField(c.family)} is ${mask}` });
    } else if (c.family === 'IPv6' && mask - c.prefix > IPV6_MAX_NODE_MASK_DIFF) {
      errs.push({ field: maskField('IPv6'), reason: `the node CIDR size is too big: ${mask} may be at most ${IPV6_MAX_NODE_MASK_DIFF} bits longer than the mask of networking.podSubnet ${c.text}` });
    }
  }
}

interface NamedRange { label: string; range: AddressRange }

function checkPools(pools: string[], families: IpFamily[], taken: NamedRange[], errs: Errors): AddressRange[] {
  const accepted: NamedRange[] = [];
  pools.forEach((text, i) => {
    const field = `networking.loadBalancerPools[${i}]`;
    const fail = (detail: string) => errs.push({ field, reason: fieldReason(invalid(field, text, detail)) });
    const p = parseAddressPool(text.trim());
    if (!p.ok) {
      if (p.problem === 'syntax') fail('must be a CIDR (e.g. 172.18.255.0/24) or an address range FIRST-LAST (e.g. 172.18.255.200-172.18.255.250)');
      else fail(p.problem === 'mixed-families' ? 'FIRST and LAST must be of the same IP family' : 'FIRST must not be greater than LAST');
      return;
    }
    if (!families.includes(p.range.family)) { fail(`${p.range.family} is not configured on this cluster`); return; }
    const clash = [...accepted, ...taken].find((t) => rangesOverlap(t.range, p.range));
    if (clash) { fail(`overlaps ${clash.label}`); return; }
    accepted.push({ label: `${field} (${p.range.text})`, range: p.range });
  });
  return accepted.map((a) => a.range);
}

/** Addresses left for nodes in one nodeSubnet once the gateway and the pools are taken out. */
function nodeAddressRoom(c: ParsedCidr, pools: AddressRange[]): bigint {
  const r = cidrRange(c);
  const first = r.first + 2n;
  const last = c.family === 'IPv4' ? r.last - 1n : (r.last < r.first + NODE_IPV6_WINDOW ? r.last : r.first + NODE_IPV6_WINDOW);
  if (last < first) return 0n;
  const window: AddressRange = { family: c.family, first, last, text: c.text };
  return pools.reduce((room, p) => room - overlapSize(window, p), last - first + 1n);
}

function checkNodeSubnets(node: ParsedCidr[], taken: NamedRange[], pools: AddressRange[], nodeCount: number, errs: Errors): void {
  for (const c of node) {
    const clash = taken.find((t) => rangesOverlap(t.range, cidrRange(c)));
    if (clash) { errs.push({ field: 'networking.nodeSubnet', reason: `${c.text} overlaps ${clash.label}` }); continue; }
    const room = nodeAddressRoom(c, pools);
    if (room < BigInt(nodeCount)) {
      errs.push({ field: 'networking.nodeSubnet', reason: `${c.text} has room for ${room} node addresses outside the gateway and the LoadBalancer pools, and the config has ${nodeCount} nodes` });
    }
  }
}

/** Every `networking` check that involves addresses. */
export function validateNetworking(input: ClusterConfigInput, errs: Errors): void {
  const n = input.networking ?? {};
  const families = clusterFamilies(input);
  const lists: Partial<Record<ListName, ParsedCidr[]>> = {};
  for (const name of ['podSubnet', 'serviceSubnet', 'nodeSubnet'] as const) {
    const list = parseList(name, n[name], families, errs);
    if (list && checkFamilies(name, list, families, errs)) lists[name] = list;
  }
  const { podSubnet: pod, serviceSubnet: svc, nodeSubnet: node } = lists;
  if (pod && svc && pod[0].family !== svc[0].family) {
    errs.push({ field: 'networking.serviceSubnet', reason: `must list the primary IP family first: networking.podSubnet starts with ${pod[0].family} (${pod[0].text}), networking.serviceSubnet with ${svc[0].family} (${svc[0].text})` });
  }
  if (svc) checkServiceSizes(svc, errs);
  checkMasks(input, families, pod, errs);
  const taken: NamedRange[] = [
    ...(pod ?? []).map((c) => ({ label: `networking.podSubnet (${c.text})`, range: cidrRange(c) })),
    ...(svc ?? []).map((c) => ({ label: `networking.serviceSubnet (${c.text})`, range: cidrRange(c) })),
  ];
  const poolTexts = n.loadBalancerPools ?? families.map((f) => FAMILY_DEFAULTS[f].loadBalancerPool);
  const pools = checkPools(poolTexts, families, taken, errs);
  if (node) checkNodeSubnets(node, taken, pools, input.nodes?.length ?? DEFAULT_NODE_ROLES.length, errs);
}
