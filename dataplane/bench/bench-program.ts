// A synthetic ForwardingProgram shaped like compile()'s output for a kind cluster (kindnet ptp
// veths, per-peer podCIDR routes, Docker's segment), so the forward bench needs no daemon.
// Dual-stack, routed, iptables; addresses in canonical text. Imports tables/program.ts and wire/ip.ts only.
import { formatIp, parseIp } from '../wire/ip.js';
import type { ForwardingProgram, ProgramBackend, ProgramFrontend, ProgramNamespace, ProgramRoute, ProgramService } from '../tables/program.js';

export interface BenchShape {
  nodes: number;
  /** Spread round-robin over the nodes (at most 253 per node). */
  pods: number;
  /** Dual-stack ClusterIP Services on port 80, two endpoints each (port 8080); at most 60,000. */
  services: number;
  generation?: number;
}

export const podsOn = (s: BenchShape, n: number): number => Math.floor(s.pods / s.nodes) + (n < s.pods % s.nodes ? 1 : 0);
/** Namespace index of node n, and of the p-th pod on node n. */
export const nodeNs = (_s: BenchShape, n: number): number => n;
export const podNs = (s: BenchShape, n: number, p: number): number => s.nodes + p * s.nodes + n;

/** Canonical text (RFC 5952), as compile() writes addresses. */
const canon = (s: string): string => formatIp(parseIp(s)!);
export const nodeAddr4 = (n: number): string => `172.18.0.${n + 2}`;
export const nodeAddr6 = (n: number): string => canon(`fc00:f853:ccd:e793::${(n + 2).toString(16)}`);
export const podAddr4 = (n: number, p: number): string => `10.244.${n}.${p + 2}`;
export const podAddr6 = (n: number, p: number): string => canon(`fd00:10:244:${n.toString(16)}::${(p + 2).toString(16)}`);
export const gateway4 = (n: number): string => `10.244.${n}.1`;
export const gateway6 = (n: number): string => canon(`fd00:10:244:${n.toString(16)}::1`);
const podCidr6 = (n: number): string => canon(`fd00:10:244:${n.toString(16)}::`);
/** Service i's ClusterIPs: the (i + 10)th address of 10.96.0.0/16 and fd00:10:96::/112. */
export const clusterIp4 = (i: number): string => `10.96.${(i + 10) >> 8}.${(i + 10) & 255}`;
export const clusterIp6 = (i: number): string => canon(`fd00:10:96::${(i + 10).toString(16)}`);

const lo = { name: 'lo', linkClass: 'loopback' as const, addrs: ['127.0.0.1', '::1'] };
const loRoutes: ProgramRoute[] = [{ dst: '127.0.0.0', prefixLength: 8, kind: 'local', iface: 0 }, { dst: '::1', prefixLength: 128, kind: 'local', iface: 0 }];
const local = (addr: string, iface: number): ProgramRoute => ({ dst: addr, prefixLength: addr.includes(':') ? 128 : 32, kind: 'local', iface });

function nodeNamespace(s: BenchShape, n: number): ProgramNamespace {
  const pods = podsOn(s, n);
  const veths = Array.from({ length: pods }, (_, p) => ({
    name: `veth${(0x1000 * (n + 1) + p).toString(16)}`, linkClass: 'veth' as const,
    peer: { ns: podNs(s, n, p), iface: 1 }, addrs: [gateway4(n), gateway6(n)],
  }));
  const routes: ProgramRoute[] = [...loRoutes, local(nodeAddr4(n), 1), local(nodeAddr6(n), 1)];
  veths.forEach((_, p) => routes.push(local(gateway4(n), 2 + p), local(gateway6(n), 2 + p)));
  routes.push(
    { dst: '0.0.0.0', prefixLength: 0, kind: 'unicast', iface: 1, via: '172.18.0.1' },
    { dst: '172.18.0.0', prefixLength: 16, kind: 'unicast', iface: 1 },
    { dst: '::', prefixLength: 0, kind: 'unicast', iface: 1, via: 'fc00:f853:ccd:e793::1' },
    { dst: 'fc00:f853:ccd:e793::', prefixLength: 64, kind: 'unicast', iface: 1 },
  );
  for (let m = 0; m < s.nodes; m++) {
    if (m === n) continue;
    routes.push({ dst: `10.244.${m}.0`, prefixLength: 24, kind: 'unicast', iface: 1, via: nodeAddr4(m) });
    routes.push({ dst: podCidr6(m), prefixLength: 64, kind: 'unicast', iface: 1, via: nodeAddr6(m) });
  }
  veths.forEach((_, p) => routes.push(
    { dst: podAddr4(n, p), prefixLength: 32, kind: 'unicast', iface: 2 + p },
    { dst: podAddr6(n, p), prefixLength: 128, kind: 'unicast', iface: 2 + p },
  ));
  routes.push({ dst: `10.244.${n}.0`, prefixLength: 24, kind: 'onlink-unresolved', iface: 0 });
  routes.push({ dst: podCidr6(n), prefixLength: 64, kind: 'onlink-unresolved', iface: 0 });
  const eth0 = { name: 'eth0', linkClass: 'node-link' as const, segment: 0, addrs: [nodeAddr4(n), nodeAddr6(n)] };
  return { name: `node/bench-${n}`, kind: 'node', hostname: `bench-${n}`, node: n, interfaces: [lo, eth0, ...veths], routes, listeners: [] };
}

function podNamespace(s: BenchShape, n: number, p: number): ProgramNamespace {
  const vethIndex = 2 + p;
  const eth0 = { name: 'eth0', linkClass: 'veth' as const, peer: { ns: nodeNs(s, n), iface: vethIndex }, addrs: [podAddr4(n, p), podAddr6(n, p)] };
  const routes: ProgramRoute[] = [
    ...loRoutes, local(podAddr4(n, p), 1), local(podAddr6(n, p), 1),
    { dst: gateway4(n), prefixLength: 32, kind: 'unicast', iface: 1 },
    { dst: `10.244.${n}.0`, prefixLength: 24, kind: 'unicast', iface: 1, via: gateway4(n) },
    { dst: '0.0.0.0', prefixLength: 0, kind: 'unicast', iface: 1, via: gateway4(n) },
    { dst: gateway6(n), prefixLength: 128, kind: 'unicast', iface: 1 },
    { dst: podCidr6(n), prefixLength: 64, kind: 'unicast', iface: 1, via: gateway6(n) },
    { dst: '::', prefixLength: 0, kind: 'unicast', iface: 1, via: gateway6(n) },
  ];
  return {
    name: `pod/default/bench-${n}-${p}`, kind: 'pod', hostname: `bench-${n}-${p}`, node: n,
    interfaces: [lo, eth0], routes, listeners: [{ protocol: 'UDP', port: 8080, app: '' }, { protocol: 'TCP', port: 8080, app: '' }],
  };
}

/** Service i's endpoints: two consecutive pods, so on two nodes when there are several (pod k is on node k % nodes). */
export const endpointPods = (s: BenchShape, i: number): number[] => [(2 * i) % s.pods, (2 * i + 1) % s.pods];

/** Service i's endpoints: two pods chosen round-robin over the cluster. */
function services(s: BenchShape): { services: ProgramService[]; frontends: ProgramFrontend[] } {
  const out: ProgramService[] = [], frontends: ProgramFrontend[] = [];
  for (let i = 0; i < s.services && s.pods > 0; i++) {
    for (const family of ['IPv4', 'IPv6'] as const) {
      const backends: ProgramBackend[] = endpointPods(s, i).map((pod) => {
        const n = pod % s.nodes, p = Math.floor(pod / s.nodes);
        return { addr: family === 'IPv4' ? podAddr4(n, p) : podAddr6(n, p), port: 8080, node: n, ready: true, serving: true, terminating: false, target: `default/bench-${n}-${p}` };
      });
      frontends.push({ addr: family === 'IPv4' ? clusterIp4(i) : clusterIp6(i), port: 80, protocol: 'UDP', service: out.length, external: false, node: -1 });
      out.push({ name: `default/bench-svc-${i}`, family, protocol: 'UDP', backends, internalTrafficLocal: false, externalTrafficLocal: false, affinitySeconds: 0 });
    }
  }
  return { services: out, frontends };
}

/** The program of `s`: node namespaces first, then pods (the p-th pod of node n at podNs). Throws RangeError beyond 253 nodes or pods per node. */
export function benchProgram(s: BenchShape): ForwardingProgram {
  if (s.nodes < 1 || s.nodes > 253 || podsOn(s, 0) > 253 || s.services > 60_000) throw new RangeError(`bench cluster of ${s.nodes} nodes, ${s.pods} pods and ${s.services} Services does not fit its address plan`);
  const namespaces = Array.from({ length: s.nodes }, (_, n) => nodeNamespace(s, n));
  const perNode = podsOn(s, 0);
  for (let p = 0; p < perNode; p++) for (let n = 0; n < s.nodes; n++) if (p < podsOn(s, n)) namespaces.push(podNamespace(s, n, p));
  return {
    generation: s.generation ?? 1, cniMode: 'routed', proxyMode: 'iptables',
    podNetworks: ['10.244.0.0/16', 'fd00:10:244::/56'], namespaces,
    segments: [{ name: 'kind', gateways: ['172.18.0.1', 'fc00:f853:ccd:e793::1'] }],
    ...services(s),
  };
}

/** Global interface id of namespace ns's interface i (fib.ts nsIfaceBase[ns] + i). */
export function globalIface(p: ForwardingProgram, ns: number, i: number): number {
  let g = 0;
  for (let k = 0; k < ns; k++) g += p.namespaces[k].interfaces.length;
  return g + i;
}
