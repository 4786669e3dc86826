// The network namespace of a pod or a node as `ip`/`ifconfig` show it: interfaces, addresses
// and routes in the kernel's dump order, as kind (kindnet: CNI ptp + host-local)
// sets them up. Pure; imports only domain types and ipaddr.js.
import ipaddr from 'ipaddr.js';
import type { IpFamily, Node, Pod } from '../domain/types.js';
import { fnv1a } from '../sim/fnv.js';

export type AddrScope = 'host' | 'link' | 'global';

export interface IfAddress {
  family: IpFamily;
  address: string;
  prefixLength: number;
  broadcast?: string;
  scope: AddrScope;
  /** IFA_F_NODAD: Docker adds the node's IPv6 address without duplicate address detection. */
  nodad?: boolean;
}

export interface IfStats { rxPackets: number; rxBytes: number; txPackets: number; txBytes: number }

export interface NetInterface {
  index: number;
  name: string;
  kind: 'loopback' | 'veth';
  /** The other end of a veth: its ifindex over there and how that namespace is named. */
  peer?: { index: number; netnsId: number; netnsName?: string };
  mac: string;
  mtu: number;
  qdisc: string;
  operState: 'UNKNOWN' | 'UP';
  txQueueLen: number;
  /** In `ip addr` order: IPv4 first, then IPv6 global before link-local (addrconf list order). */
  addresses: IfAddress[];
  stats: IfStats;
}

export interface Route {
  family: IpFamily;
  /** Network address of the destination; with prefixLength 0 it is the default route. */
  dst: string;
  prefixLength: number;
  via?: string;
  dev: string;
  /** RTPROT_KERNEL routes print `proto kernel`; routes added over netlink (RTPROT_BOOT) print none. */
  proto?: 'kernel';
  /** IPv4 only: the kernel reports every IPv6 route with universe scope. */
  scope?: 'link' | 'host';
  src?: string;
  /** IPv6 routes always carry one (256 kernel, 1024 user); IPv4 routes here have none. */
  metric?: number;
  /** The kernel's `multicast ff00::/8` per interface lives in the local table (busybox shows it). */
  type?: 'multicast';
  table?: 'local';
}

export interface NetNamespace { interfaces: NetInterface[]; routes: Route[] }

export interface NetifOptions {
  mtu?: number;
  /** The cluster's nodeSubnet CIDRs (prefix lengths of node addresses); kind's /16 and /64 if absent. */
  nodeSubnets?: readonly string[];
  /** For nodeInterfaces: the pods on that node (one veth each). */
  pods?: readonly Pod[];
  /** For nodeInterfaces: the other nodes (one route per podCIDR via their InternalIP). */
  peers?: readonly Node[];
}

const ZERO_STATS: IfStats = { rxPackets: 0, rxBytes: 0, txPackets: 0, txBytes: 0 };
const DEFAULT_MTU = 1500;

// ---- addresses as bytes -------------------------------------------------------------------

type Bytes = number[];
const familyOf = (ip: string): IpFamily => (ip.includes(':') ? 'IPv6' : 'IPv4');
const bytesOf = (ip: string): Bytes => ipaddr.parse(ip).toByteArray();
const textOf = (b: Bytes): string => ipaddr.fromByteArray(b).toString();

function masked(b: Bytes, len: number, fill: 0 | 1): Bytes {
  return b.map((v, i) => {
    const bits = Math.max(0, Math.min(8, len - i * 8));
    const keep = (0xff << (8 - bits)) & 0xff;
    return fill ? (v & keep) | (~keep & 0xff) : v & keep;
  });
}

function plus(b: Bytes, n: number): Bytes {
  const out = [...b];
  for (let i = out.length - 1, carry = n; i >= 0 && carry; i--) {
    const sum = out[i] + carry;
    out[i] = sum & 0xff;
    carry = Math.floor(sum / 256);
  }
  return out;
}

/** The low 32 bits of `ip - network`. */
function offsetIn(ip: Bytes, network: Bytes): number {
  const n = ip.length;
  const word = (b: Bytes) => ((b[n - 4] << 24) | (b[n - 3] << 16) | (b[n - 2] << 8) | b[n - 1]) >>> 0;
  return (word(ip) - word(network)) >>> 0;
}

interface Subnet { network: Bytes; prefixLength: number }
function subnetOf(cidr: string): Subnet {
  const [addr, len] = ipaddr.parseCIDR(cidr);
  return { network: masked(addr.toByteArray(), len, 0), prefixLength: len };
}

/** The subnet of `ip` among `cidrs` (same family), else `ip` under the fallback prefix length. */
function subnetFor(ip: string, cidrs: readonly string[], fallback: number): Subnet {
  const family = familyOf(ip);
  const own = cidrs.find((c) => familyOf(c) === family);
  return own ? subnetOf(own) : { network: masked(bytesOf(ip), fallback, 0), prefixLength: fallback };
}

// ---- derived identifiers ------------------------------------------------------------------

const hex2 = (v: number) => v.toString(16).padStart(2, '0');
const macText = (b: Bytes) => b.map(hex2).join(':');

/** CNI `hwaddr.GenerateHardwareAddr4`: 0a:58 + the IPv4 bytes. IPv6-only: 0a:58 + its last four
 *  bytes, as ovn-kubernetes `util.IPAddrToHWAddr` does. Docker nodes use the 02:42 prefix. */
function macFromIp(ip: string, prefix: [number, number]): string {
  return macText([...prefix, ...bytesOf(ip).slice(-4)]);
}

/** A locally administered unicast MAC from a seed (the kernel gives host-side veths random ones). */
function macFromSeed(seed: string): string {
  const a = fnv1a(seed), b = fnv1a(seed, a);
  return macText([((a >>> 24) & 0xfe) | 0x02, (a >>> 16) & 0xff, (a >>> 8) & 0xff, a & 0xff, (b >>> 8) & 0xff, b & 0xff]);
}

/** EUI-64 link-local address (RFC 4291 appendix A): flip the U/L bit, insert ff:fe. */
export function linkLocalFromMac(mac: string): string {
  const m = mac.split(':').map((h) => parseInt(h, 16));
  return textOf([0xfe, 0x80, 0, 0, 0, 0, 0, 0, m[0] ^ 0x02, m[1], m[2], 0xff, 0xfe, m[3], m[4], m[5]]);
}

/** ptp's `veth%x` of four random bytes, derived from the pod uid. */
export function hostVethName(pod: Pod): string {
  return `veth${fnv1a(pod.metadata.uid).toString(16).padStart(8, '0')}`;
}

/** containerd's `cni-<uuid>` network namespace name, derived from the pod uid. */
function netnsName(pod: Pod): string {
  const h = [1, 2, 3, 4].map((i) => fnv1a(`${pod.metadata.uid}#${i}`).toString(16).padStart(8, '0')).join('');
  return `cni-${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const podIPs = (pod: Pod): string[] => (pod.status.podIPs ?? []).map((p) => p.ip);
const nodeIPs = (node: Node): string[] =>
  (node.status.addresses ?? []).filter((a) => a.type === 'InternalIP').map((a) => a.address);
const podCIDRs = (node: Node): string[] => node.spec.podCIDRs ?? (node.spec.podCIDR ? [node.spec.podCIDR] : []);

/**
 * The node-side veth's ifindex: 1 + the offset of the pod's first IP in its podCIDR, so the
 * first pod (host-local's `.2`) sits at 3, after the node's lo (1) and eth0 (2).
 */
export function hostVethIndex(pod: Pod, node: Node): number {
  const ip = podIPs(pod)[0];
  if (!ip) return 0;
  const s = subnetFor(ip, podCIDRs(node), familyOf(ip) === 'IPv4' ? 24 : 64);
  return 1 + (offsetIn(bytesOf(ip), s.network) & 0xfffff);
}

// ---- interfaces ----------------------------------------------------------------------------

function loopback(): NetInterface {
  return {
    index: 1, name: 'lo', kind: 'loopback', mac: '00:00:00:00:00:00', mtu: 65536, qdisc: 'noqueue', operState: 'UNKNOWN',
    txQueueLen: 1000, stats: ZERO_STATS,
    addresses: [
      { family: 'IPv4', address: '127.0.0.1', prefixLength: 8, scope: 'host' },
      { family: 'IPv6', address: '::1', prefixLength: 128, scope: 'host' },
    ],
  };
}

function globalAddress(ip: string, s: Subnet, nodad = false): IfAddress {
  const v4 = familyOf(ip) === 'IPv4';
  const brd = v4 && s.prefixLength < 31 ? textOf(masked(s.network, s.prefixLength, 1)) : undefined;
  return { family: familyOf(ip), address: ip, prefixLength: s.prefixLength, scope: 'global', ...(brd ? { broadcast: brd } : {}), ...(nodad ? { nodad } : {}) };
}

/** IPv4 first, IPv6 global, then the link-local one. */
function orderedAddresses(globals: IfAddress[], mac: string): IfAddress[] {
  return [
    ...globals.filter((a) => a.family === 'IPv4'),
    ...globals.filter((a) => a.family === 'IPv6'),
    { family: 'IPv6', address: linkLocalFromMac(mac), prefixLength: 64, scope: 'link' },
  ];
}

/** CNI plugins >= 1.6 create veths with the kernel's default txqueuelen (1000); Docker passes 0. */
function veth(index: number, name: string, mac: string, mtu: number, peer: NetInterface['peer'], globals: IfAddress[], txQueueLen = 1000): NetInterface {
  return { index, name, kind: 'veth', peer, mac, mtu, qdisc: 'noqueue', operState: 'UP', txQueueLen, addresses: orderedAddresses(globals, mac), stats: ZERO_STATS };
}

// ---- pod ------------------------------------------------------------------------------------

/**
 * A pod's namespace: lo and eth0@ifN (ptp veth, MAC from the pod IP, the podCIDR's prefix
 * length, gateway = podCIDR + 1) with ptp's routes. hostNetwork pods see the node's namespace.
 */
export function podInterfaces(pod: Pod, node: Node, opts: NetifOptions = {}): NetNamespace {
  if (pod.spec.hostNetwork) return nodeInterfaces(node, opts);
  const ips = podIPs(pod);
  const mtu = opts.mtu ?? DEFAULT_MTU;
  const lo = loopback();
  if (ips.length === 0) return { interfaces: [lo], routes: sortRoutes([loopbackRoute()]) };
  const mac = macFromIp(ips.find((ip) => familyOf(ip) === 'IPv4') ?? ips[0], [0x0a, 0x58]);
  const subnets = ips.map((ip) => subnetFor(ip, podCIDRs(node), familyOf(ip) === 'IPv4' ? 24 : 64));
  const eth0 = veth(2, 'eth0', mac, mtu, { index: hostVethIndex(pod, node), netnsId: 0 }, ips.map((ip, i) => globalAddress(ip, subnets[i])));
  const routes = [loopbackRoute(), linkLocalRoute('eth0'), multicastRoute('eth0'), ...ips.flatMap((ip, i) => ptpRoutes(ip, subnets[i]))];
  return { interfaces: [lo, eth0], routes: sortRoutes(routes) };
}

const loopbackRoute = (): Route => ({ family: 'IPv6', dst: '::1', prefixLength: 128, dev: 'lo', proto: 'kernel', metric: 256 });
const linkLocalRoute = (dev: string): Route => ({ family: 'IPv6', dst: 'fe80::', prefixLength: 64, dev, proto: 'kernel', metric: 256 });
const multicastRoute = (dev: string): Route => ({ family: 'IPv6', dst: 'ff00::', prefixLength: 8, dev, proto: 'kernel', metric: 256, type: 'multicast', table: 'local' });

/** CNI ptp setupContainerVeth: gw/32 scope link, subnet via gw, and host-local's default route. */
function ptpRoutes(ip: string, s: Subnet): Route[] {
  const family = familyOf(ip);
  const gw = textOf(plus(s.network, 1));
  const v6 = family === 'IPv6';
  const metric = v6 ? { metric: 1024 } : {};
  return [
    { family, dst: gw, prefixLength: v6 ? 128 : 32, dev: 'eth0', ...(v6 ? {} : { scope: 'link' as const }), src: ip, ...metric },
    { family, dst: textOf(s.network), prefixLength: s.prefixLength, via: gw, dev: 'eth0', src: ip, ...metric },
    { family, dst: v6 ? '::' : '0.0.0.0', prefixLength: 0, via: gw, dev: 'eth0', ...metric },
  ];
}

// ---- node -----------------------------------------------------------------------------------

/**
 * A kind node's namespace: lo, eth0@ifN (Docker's veth: 02:42 MAC, InternalIPs under the
 * nodeSubnet prefix, IPv6 `nodad`), one ptp host veth per local pod (the podCIDR gateway as
 * /32 and /128), and the routes Docker, kindnet and ptp install.
 */
export function nodeInterfaces(node: Node, opts: NetifOptions = {}): NetNamespace {
  const mtu = opts.mtu ?? DEFAULT_MTU;
  const ips = nodeIPs(node);
  const subnets = ips.map((ip) => subnetFor(ip, opts.nodeSubnets ?? [], familyOf(ip) === 'IPv4' ? 16 : 64));
  const first = ips.find((ip) => familyOf(ip) === 'IPv4') ?? ips[0];
  const mac = first ? macFromIp(first, [0x02, 0x42]) : macFromSeed(node.metadata.name);
  const peerIndex = first ? 2 + 2 * (offsetIn(bytesOf(first), subnets[ips.indexOf(first)].network) & 0xffff) : 3;
  const eth0 = veth(2, 'eth0', mac, mtu, { index: peerIndex, netnsId: 0 }, ips.map((ip, i) => globalAddress(ip, subnets[i], familyOf(ip) === 'IPv6')), 0);
  const pods = (opts.pods ?? []).filter((p) => !p.spec.hostNetwork && podIPs(p).length > 0)
    .sort((a, b) => hostVethIndex(a, node) - hostVethIndex(b, node));
  const veths = pods.map((p) => hostVeth(p, node, mtu));
  const routes: Route[] = [loopbackRoute(), linkLocalRoute('eth0'), multicastRoute('eth0')];
  ips.forEach((ip, i) => routes.push(...uplinkRoutes(ip, subnets[i])));
  for (const peer of opts.peers ?? []) routes.push(...peerRoutes(peer, ips));
  pods.forEach((p, i) => routes.push(...hostVethRoutes(p, node, veths[i].name)));
  return { interfaces: [loopback(), eth0, ...veths], routes: sortRoutes(routes) };
}

function hostVeth(pod: Pod, node: Node, mtu: number): NetInterface {
  const name = hostVethName(pod);
  const gateways = podIPs(pod).map((ip) => {
    const s = subnetFor(ip, podCIDRs(node), familyOf(ip) === 'IPv4' ? 24 : 64);
    const full = familyOf(ip) === 'IPv4' ? 32 : 128;
    return globalAddress(textOf(plus(s.network, 1)), { network: s.network, prefixLength: full });
  });
  return veth(hostVethIndex(pod, node), name, macFromSeed(pod.metadata.uid), mtu, { index: 2, netnsId: 1, netnsName: netnsName(pod) }, gateways);
}

/** Docker's default route and the kernel's connected route for the node network. */
function uplinkRoutes(ip: string, s: Subnet): Route[] {
  const family = familyOf(ip);
  const gw = textOf(plus(s.network, 1));
  if (family === 'IPv4') {
    return [
      { family, dst: '0.0.0.0', prefixLength: 0, via: gw, dev: 'eth0' },
      { family, dst: textOf(s.network), prefixLength: s.prefixLength, dev: 'eth0', proto: 'kernel', scope: 'link', src: ip },
    ];
  }
  return [
    { family, dst: '::', prefixLength: 0, via: gw, dev: 'eth0', metric: 1024 },
    { family, dst: textOf(s.network), prefixLength: s.prefixLength, dev: 'eth0', proto: 'kernel', metric: 256 },
  ];
}

/** kindnet routes.go: each peer's podCIDR via that peer's InternalIP of the same family. */
function peerRoutes(peer: Node, ownIPs: readonly string[]): Route[] {
  const out: Route[] = [];
  for (const cidr of podCIDRs(peer)) {
    const family = familyOf(cidr);
    const via = nodeIPs(peer).find((ip) => familyOf(ip) === family);
    if (!via || !ownIPs.some((ip) => familyOf(ip) === family)) continue;
    const s = subnetOf(cidr);
    out.push({ family, dst: textOf(s.network), prefixLength: s.prefixLength, via, dev: 'eth0', ...(family === 'IPv6' ? { metric: 1024 } : {}) });
  }
  return out;
}

/** ptp setupHostVeth: a host route to each pod IP; IPv6 also gets the kernel's /128 prefix route. */
function hostVethRoutes(pod: Pod, node: Node, dev: string): Route[] {
  const out: Route[] = [linkLocalRoute(dev), multicastRoute(dev)];
  for (const ip of podIPs(pod)) {
    if (familyOf(ip) === 'IPv4') { out.push({ family: 'IPv4', dst: ip, prefixLength: 32, dev, scope: 'host' }); continue; }
    const s = subnetFor(ip, podCIDRs(node), 64);
    out.push({ family: 'IPv6', dst: ip, prefixLength: 128, dev, metric: 1024 });
    out.push({ family: 'IPv6', dst: textOf(plus(s.network, 1)), prefixLength: 128, dev, proto: 'kernel', metric: 256 });
  }
  return out;
}

// ---- dump order -------------------------------------------------------------------------------

function compareBytes(a: Bytes, b: Bytes): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * Tables in hash order (main, 254, before local, 255).
 * IPv4: fib_trie walks keys in ascending order, longer prefixes first for one key.
 * IPv6: fib6_walk is a post-order walk of the radix tree (left = bit 0), so a prefix comes
 * after every prefix inside it (the default route last); one prefix's routes by metric.
 */
function compareRoutes(a: Route, b: Route): number {
  if (a.family !== b.family) return a.family === 'IPv4' ? -1 : 1;
  if ((a.table ?? 'main') !== (b.table ?? 'main')) return a.table === 'local' ? 1 : -1;
  const ab = bytesOf(a.dst), bb = bytesOf(b.dst);
  if (a.family === 'IPv4') return compareBytes(ab, bb) || b.prefixLength - a.prefixLength;
  const common = Math.min(a.prefixLength, b.prefixLength);
  const c = compareBytes(masked(ab, common, 0), masked(bb, common, 0));
  if (c !== 0) return c;
  return b.prefixLength - a.prefixLength || (a.metric ?? 0) - (b.metric ?? 0);
}

/** Routes in the order the kernel dumps them (stable for equal keys: insertion order). */
export function sortRoutes(routes: readonly Route[]): Route[] {
  return [...routes].sort(compareRoutes);
}
