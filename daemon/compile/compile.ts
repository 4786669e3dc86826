// compile(): the pure function from the cluster's nodes and pods to a ForwardingProgram, as
// kube-proxy's syncProxyRules turns its snapshot into rules. Interfaces and routes are the ones
// `ip addr`/`ip route` show (kubelet/netif.ts), so what a user reads is what packets follow.
// Imports dataplane/index.ts, kubelet/netif.ts and domain types only.
import type { Node, Pod } from '../domain/types.js';
import type { EndpointSlice, Service } from '../domain/service-types.js';
import { compileServices } from './services.js';
import type { ForwardingProgram, ProgramInterface, ProgramListener, ProgramNamespace, ProgramRoute } from '../../dataplane/index.js';
import { addrAdd, formatIp, parseCidr } from '../../dataplane/wire/ip.js';
import { hostVethName, nodeInterfaces, podInterfaces, type NetInterface, type NetNamespace, type Route } from '../kubelet/netif.js';

export interface CompileInput {
  generation: number;
  cniMode: 'routed' | 'overlay-l2';
  proxyMode: 'iptables' | 'ipvs';
  podSubnets: readonly string[];
  nodeSubnets: readonly string[];
  nodes: readonly Node[];
  pods: readonly Pod[];
  /** The ports a pod's running containers serve (kubelet's knowledge); none when absent. */
  listeners?: (pod: Pod) => ProgramListener[];
  services?: readonly Service[];
  slices?: readonly EndpointSlice[];
}

const podKey = (p: Pod) => `${p.metadata.namespace}/${p.metadata.name}`;
const hasIPs = (p: Pod) => (p.status.podIPs ?? []).length > 0;
/** A pod's network namespace exists while its sandbox runs: Running pods (Pending ones have none yet, completed ones are torn down). */
const isLive = (p: Pod) => p.status.phase === 'Running' && hasIPs(p) && !!p.spec.nodeName;

function localRoutes(ifc: NetInterface, index: number): ProgramRoute[] {
  const out: ProgramRoute[] = [];
  if (ifc.kind === 'loopback') {
    out.push({ dst: '127.0.0.0', prefixLength: 8, kind: 'local', iface: index }, { dst: '::1', prefixLength: 128, kind: 'local', iface: index });
    return out;
  }
  for (const a of ifc.addresses) out.push({ dst: a.address, prefixLength: a.family === 'IPv4' ? 32 : 128, kind: 'local', iface: index });
  return out;
}

/** The main-table unicast routes of `ip route` (the local table, multicast and ::1 are the kernel's own). */
function unicastRoutes(ns: NetNamespace): ProgramRoute[] {
  const index = new Map(ns.interfaces.map((i, n) => [i.name, n]));
  return ns.routes
    .filter((r: Route) => r.table !== 'local' && r.type !== 'multicast' && r.dev !== 'lo')
    .map((r) => ({ dst: r.dst, prefixLength: r.prefixLength, kind: 'unicast' as const, iface: index.get(r.dev)!, ...(r.via ? { via: r.via } : {}) }));
}

function toInterfaces(ns: NetNamespace, link: (ifc: NetInterface) => Partial<ProgramInterface>): ProgramInterface[] {
  return ns.interfaces.map((ifc) => ({
    name: ifc.name,
    linkClass: ifc.kind === 'loopback' ? 'loopback' : 'veth',
    addrs: ifc.kind === 'loopback' ? ['127.0.0.1', '::1'] : ifc.addresses.map((a) => a.address),
    ...link(ifc),
  }));
}

/** Compiles the program. Node order is by name, pods by namespace/name, so equal clusters give equal programs. */
export function compile(input: CompileInput): ForwardingProgram {
  const nodes = [...input.nodes].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  const nodeIndex = new Map(nodes.map((n, i) => [n.metadata.name, i]));
  const pods = input.pods.filter(isLive).filter((p) => nodeIndex.has(p.spec.nodeName!)).sort((a, b) => podKey(a).localeCompare(podKey(b)));
  const routed = pods.filter((p) => !p.spec.hostNetwork);
  const podNs = new Map(routed.map((p, i) => [podKey(p), nodes.length + i]));
  const namespaces: ProgramNamespace[] = [];
  const hostListeners = new Map<number, ProgramListener[]>();
  for (const p of pods) {
    if (!p.spec.hostNetwork) continue;
    const n = nodeIndex.get(p.spec.nodeName!)!;
    hostListeners.set(n, [...(hostListeners.get(n) ?? []), ...(input.listeners?.(p) ?? [])]);
  }
  nodes.forEach((node, n) => {
    const local = routed.filter((p) => p.spec.nodeName === node.metadata.name);
    const netns = nodeInterfaces(node, { nodeSubnets: input.nodeSubnets, pods: local, peers: nodes.filter((x) => x !== node) });
    const byVeth = new Map(local.map((p) => [hostVethName(p), podNs.get(podKey(p))!]));
    const interfaces: ProgramInterface[] = toInterfaces(netns, (ifc) => {
      if (ifc.name === 'eth0') return { linkClass: 'node-link', segment: 0, addrs: ifc.addresses.filter((a) => a.scope === 'global').map((a) => a.address) };
      const peer = byVeth.get(ifc.name);
      return peer === undefined ? {} : { peer: { ns: peer, iface: 1 } };
    });
    const routes = [...interfaces.flatMap((_, i) => localRoutes(netns.interfaces[i], i)), ...unicastRoutes(netns)];
    for (const cidr of node.spec.podCIDRs ?? []) {
      const c = parseCidr(cidr);
      if (c) routes.push({ dst: formatIp(c.network), prefixLength: c.prefix, kind: 'onlink-unresolved', iface: 0 });
    }
    namespaces.push({ name: `node/${node.metadata.name}`, kind: 'node', hostname: node.metadata.name, node: n, interfaces, routes, listeners: [...nodeDaemons(node), ...(hostListeners.get(n) ?? [])] });
  });
  for (const p of routed) {
    const n = nodeIndex.get(p.spec.nodeName!)!;
    const netns = podInterfaces(p, nodes[n]);
    const vethIndex = namespaces[n].interfaces.findIndex((i) => i.name === hostVethName(p));
    const interfaces = toInterfaces(netns, (ifc) => (ifc.name === 'eth0' ? { peer: { ns: n, iface: vethIndex } } : {}));
    const routes = [...interfaces.flatMap((_, i) => localRoutes(netns.interfaces[i], i)), ...unicastRoutes(netns)];
    namespaces.push({ name: `pod/${podKey(p)}`, kind: 'pod', hostname: p.spec.hostname ?? p.metadata.name, node: n, interfaces, routes, listeners: input.listeners?.(p) ?? [] });
  }
  const { services, frontends } = compileServices({ services: input.services ?? [], slices: input.slices ?? [], nodes });
  if (input.proxyMode === 'ipvs') addIpvsDummy(namespaces, nodes.length, frontends.filter((fe) => !fe.external || fe.node < 0).map((fe) => fe.addr));
  const gateways = input.nodeSubnets.map((s) => parseCidr(s)).filter((c) => c !== undefined).map((c) => formatIp(addrAdd(c.network, 1)));
  return {
    generation: input.generation, cniMode: input.cniMode, proxyMode: input.proxyMode, podNetworks: [...input.podSubnets],
    namespaces, segments: [{ name: 'kind', gateways }], services, frontends,
  };
}

/** What every kind node serves itself: the kubelet (10250) and, on the control plane, kube-apiserver (6443). TLS is not simulated: bare listeners. */
function nodeDaemons(node: Node): ProgramListener[] {
  const out: ProgramListener[] = [{ protocol: 'TCP', port: 10250, app: '' }];
  if (node.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined) out.push({ protocol: 'TCP', port: 6443, app: '' });
  return out;
}

/** IPVS mode binds every Service address to the dummy kube-ipvs0 of each node (R10.9): the node answers ping to a ClusterIP. */
function addIpvsDummy(namespaces: ProgramNamespace[], nodeCount: number, addrs: readonly string[]): void {
  const unique = [...new Set(addrs)];
  for (let n = 0; n < nodeCount; n++) {
    const ns = namespaces[n];
    const index = ns.interfaces.length;
    ns.interfaces.push({ name: 'kube-ipvs0', linkClass: 'loopback', addrs: unique });
    for (const a of unique) ns.routes.push({ dst: a, prefixLength: a.includes(':') ? 128 : 32, kind: 'local', iface: index });
  }
}
