// The lookup tables one install builds from a ForwardingProgram: per-namespace LPM tries whose
// values are global route ids, and flat typed arrays for routes, interfaces and segments, so
// the pipeline reads numbers only. Built once per install, never mutated after (client
// sockets excepted: see `sockets`). Imports wire/ and tables/ only.
import { cidrOf, familyOf, parseCidr, parseIp, type IpAddr } from '../wire/ip.js';
import { Lpm4, Lpm6 } from './lpm.js';
import type { ForwardingProgram, LinkClass, ProgramRoute } from './program.js';
import { buildServiceTables, type ServiceTables } from './services.js';

export const RouteKind = { UNICAST: 0, LOCAL: 1, ONLINK_UNRESOLVED: 2 } as const;
export const LinkClassId = { loopback: 0, veth: 1, 'node-link': 2 } as const satisfies Record<LinkClass, number>;
export const Proto = { TCP: 0, UDP: 1 } as const;

/** The numeric key of a (namespace, protocol, port) socket: ns * 2^17 + proto * 2^16 + port. */
export const socketKey = (ns: number, proto: number, port: number): number => ns * 131072 + proto * 65536 + port;

export interface Fib {
  readonly program: ForwardingProgram;
  readonly generation: number;
  readonly overlay: boolean;
  readonly nsCount: number;
  readonly nsLpm4: readonly Lpm4[];
  readonly nsLpm6: readonly Lpm6[];
  readonly nsForwarding: Uint8Array;
  /** First global address of the namespace per family (ICMP error source fallback); has* says whether it exists. */
  readonly nsPrimary4: Uint32Array; readonly nsHasPrimary4: Uint8Array;
  readonly nsPrimary6: Uint8Array; readonly nsHasPrimary6: Uint8Array;
  readonly routeKind: Uint8Array;
  readonly routeIface: Int32Array;   // global interface id
  readonly routeHasVia: Uint8Array;
  readonly routeVia4: Uint32Array;
  readonly routeVia6: Uint8Array;    // 16 bytes per route
  readonly routeNs: Int32Array;
  /**
   * A unicast route via a gateway on a segment: the global interface of the neighbour owning
   * the gateway address (the segment lookup forwarding would do, done once per install), or -1.
   */
  readonly routeNext: Int32Array;
  readonly routeIndex: Int32Array;   // index within its namespace's program routes (for traces)
  readonly ifaceNs: Int32Array;
  readonly ifaceIndex: Int32Array;   // index within its namespace
  readonly ifacePeer: Int32Array;    // global id of the veth peer, or -1
  readonly ifaceSegment: Int32Array; // segment index, or -1
  readonly ifaceClass: Uint8Array;
  readonly ifaceSrc4: Uint32Array; readonly ifaceHasSrc4: Uint8Array;
  readonly ifaceSrc6: Uint8Array;  readonly ifaceHasSrc6: Uint8Array;
  /** Global interface id of namespace n's interface i: nsIfaceBase[n] + i. */
  readonly nsIfaceBase: Int32Array;
  /** Per segment: address → global interface id of the member that owns it. */
  readonly segNeigh4: readonly Lpm4[];
  readonly segNeigh6: readonly Lpm6[];
  /** Per segment: address → 1 when it is the outside gateway. */
  readonly segGateway4: readonly Lpm4[];
  readonly segGateway6: readonly Lpm6[];
  readonly podNet4: Lpm4;
  readonly podNet6: Lpm6;
  /** Listeners of the program (socketKey → app key). */
  readonly listeners: ReadonlyMap<number, string>;
  /** Client sockets opened by exchanges (ephemeral ports); mutable, owned by the thread that runs them. */
  readonly sockets: Set<number>;
  /** Global interface ids with a capture attached: the walk taps only these. */
  readonly tapMask: Uint8Array;
  readonly nsIsNode: Uint8Array;
  readonly nsNode: Int32Array;
  readonly ipvs: boolean;
  readonly svc: ServiceTables;
}

type V6Routes = [Uint8Array, number, number][];
type V4Routes = [number, number, number][];
type NextHopTables = Pick<Fib, 'routeKind' | 'routeIface' | 'routeHasVia' | 'routeVia4' | 'routeVia6' | 'routeNext' | 'ifacePeer' | 'ifaceSegment' | 'segNeigh4' | 'segNeigh6'>;

/** viaIs6 of a route whose gateway is not of its own family: forward.ts resolves those itself. */
const MIXED_FAMILY = 2;

/** Fills routeNext: forward.ts's segment-neighbour lookup of each via route's gateway (viaIs6: its family). */
function resolveNextHops(f: NextHopTables, viaIs6: Uint8Array): void {
  for (let r = 0; r < f.routeKind.length; r++) {
    if (f.routeKind[r] !== RouteKind.UNICAST || !f.routeHasVia[r]) continue;
    const g = f.routeIface[r], seg = f.ifaceSegment[g];
    if (f.ifacePeer[g] >= 0 || seg < 0 || viaIs6[r] === MIXED_FAMILY) continue;
    const m = viaIs6[r] ? f.segNeigh6[seg].lookup(f.routeVia6, 16 * r) : f.segNeigh4[seg].lookup(f.routeVia4[r]);
    if (m >= 0 && m !== g) f.routeNext[r] = m;
  }
}

function addRoute(r: ProgramRoute, id: number, v4: V4Routes, v6: V6Routes): void {
  const c = parseCidr(`${r.dst}/${r.prefixLength}`) ?? cidrOf(parseIp(r.dst)!, r.prefixLength);
  if (c.family === 'IPv4') v4.push([c.network, c.prefix, id]); else v6.push([c.network, c.prefix, id]);
}

function firstOf(addrs: readonly string[], fam: 'IPv4' | 'IPv6'): IpAddr | undefined {
  const a = addrs.find((x) => familyOf(x) === fam && x !== '127.0.0.1' && x !== '::1');
  return a === undefined ? undefined : parseIp(a);
}

/** Builds the tables of `p`. Throws (programmer error) when validateProgram(p) would not be empty. */
export function buildFib(p: ForwardingProgram): Fib {
  const nsCount = p.namespaces.length;
  const nsIfaceBase = new Int32Array(nsCount);
  let ifaces = 0, routes = 0;
  p.namespaces.forEach((ns, n) => { nsIfaceBase[n] = ifaces; ifaces += ns.interfaces.length; routes += ns.routes.length; });
  const f = {
    program: p, generation: p.generation, overlay: p.cniMode === 'overlay-l2', nsCount, nsIfaceBase,
    nsLpm4: [] as Lpm4[], nsLpm6: [] as Lpm6[], nsForwarding: new Uint8Array(nsCount),
    nsIsNode: new Uint8Array(nsCount), nsNode: new Int32Array(nsCount), ipvs: p.proxyMode === 'ipvs', svc: buildServiceTables(p),
    nsPrimary4: new Uint32Array(nsCount), nsHasPrimary4: new Uint8Array(nsCount),
    nsPrimary6: new Uint8Array(16 * nsCount), nsHasPrimary6: new Uint8Array(nsCount),
    routeKind: new Uint8Array(routes), routeIface: new Int32Array(routes), routeHasVia: new Uint8Array(routes),
    routeVia4: new Uint32Array(routes), routeVia6: new Uint8Array(16 * routes), routeNs: new Int32Array(routes), routeNext: new Int32Array(routes).fill(-1), routeIndex: new Int32Array(routes),
    ifaceNs: new Int32Array(ifaces), ifaceIndex: new Int32Array(ifaces), ifacePeer: new Int32Array(ifaces).fill(-1),
    ifaceSegment: new Int32Array(ifaces).fill(-1), ifaceClass: new Uint8Array(ifaces),
    ifaceSrc4: new Uint32Array(ifaces), ifaceHasSrc4: new Uint8Array(ifaces),
    ifaceSrc6: new Uint8Array(16 * ifaces), ifaceHasSrc6: new Uint8Array(ifaces),
    segNeigh4: [] as Lpm4[], segNeigh6: [] as Lpm6[], segGateway4: [] as Lpm4[], segGateway6: [] as Lpm6[],
    listeners: new Map<number, string>(), sockets: new Set<number>(), tapMask: new Uint8Array(ifaces),
  };
  const seg4: V4Routes[] = p.segments.map(() => []), seg6: V6Routes[] = p.segments.map(() => []);
  const viaIs6 = new Uint8Array(routes);
  let rid = 0;
  p.namespaces.forEach((ns, n) => {
    f.nsForwarding[n] = ns.kind === 'node' ? 1 : 0;
    f.nsIsNode[n] = ns.kind === 'node' ? 1 : 0;
    f.nsNode[n] = ns.node;
    const v4: V4Routes = [], v6: V6Routes = [];
    ns.interfaces.forEach((ifc, i) => {
      const g = nsIfaceBase[n] + i;
      f.ifaceNs[g] = n; f.ifaceIndex[g] = i; f.ifaceClass[g] = LinkClassId[ifc.linkClass];
      if (ifc.peer) f.ifacePeer[g] = nsIfaceBase[ifc.peer.ns] + ifc.peer.iface;
      const s4 = firstOf(ifc.addrs, 'IPv4'), s6 = firstOf(ifc.addrs, 'IPv6');
      if (typeof s4 === 'number') { f.ifaceSrc4[g] = s4; f.ifaceHasSrc4[g] = 1; }
      if (s6 instanceof Uint8Array) { f.ifaceSrc6.set(s6, 16 * g); f.ifaceHasSrc6[g] = 1; }
      if (typeof s4 === 'number' && !f.nsHasPrimary4[n]) { f.nsPrimary4[n] = s4; f.nsHasPrimary4[n] = 1; }
      if (s6 instanceof Uint8Array && !f.nsHasPrimary6[n]) { f.nsPrimary6.set(s6, 16 * n); f.nsHasPrimary6[n] = 1; }
      if (ifc.segment !== undefined) {
        f.ifaceSegment[g] = ifc.segment;
        for (const a of ifc.addrs) {
          const ip = parseIp(a)!;
          if (typeof ip === 'number') seg4[ifc.segment].push([ip, 32, g]); else seg6[ifc.segment].push([ip, 128, g]);
        }
      }
    });
    ns.routes.forEach((r, i) => {
      f.routeKind[rid] = r.kind === 'local' ? RouteKind.LOCAL : r.kind === 'onlink-unresolved' ? RouteKind.ONLINK_UNRESOLVED : RouteKind.UNICAST;
      f.routeIface[rid] = nsIfaceBase[n] + r.iface; f.routeNs[rid] = n; f.routeIndex[rid] = i;
      if (r.via !== undefined) {
        const via = parseIp(r.via)!;
        f.routeHasVia[rid] = 1;
        if (typeof via === 'number') f.routeVia4[rid] = via; else { f.routeVia6.set(via, 16 * rid); viaIs6[rid] = 1; }
        if ((typeof via === 'number') === r.dst.includes(':')) viaIs6[rid] = MIXED_FAMILY;
      }
      addRoute(r, rid++, v4, v6);
    });
    f.nsLpm4.push(Lpm4.build(v4)); f.nsLpm6.push(Lpm6.build(v6));
    for (const l of ns.listeners) f.listeners.set(socketKey(n, Proto[l.protocol], l.port), l.app);
  });
  p.segments.forEach((s, i) => {
    f.segNeigh4.push(Lpm4.build(seg4[i])); f.segNeigh6.push(Lpm6.build(seg6[i]));
    const gw4: V4Routes = [], gw6: V6Routes = [];
    for (const a of s.gateways) { const ip = parseIp(a)!; if (typeof ip === 'number') gw4.push([ip, 32, 1]); else gw6.push([ip, 128, 1]); }
    f.segGateway4.push(Lpm4.build(gw4)); f.segGateway6.push(Lpm6.build(gw6));
  });
  resolveNextHops(f, viaIs6);
  const pn4: V4Routes = [], pn6: V6Routes = [];
  for (const c of p.podNetworks) { const x = parseCidr(c)!; if (x.family === 'IPv4') pn4.push([x.network, x.prefix, 1]); else pn6.push([x.network, x.prefix, 1]); }
  return { ...f, podNet4: Lpm4.build(pn4), podNet6: Lpm6.build(pn6) };
}
