// The ForwardingProgram: the whole desired state of the dataplane as plain, serializable data
// (addresses as strings), compiled by the control plane and installed whole. validateProgram()
// checks its references; dumpProgram() is its golden-tested text. Imports wire/ip.ts only.
import { familyOf, parseCidr, parseIp, type IpFamily } from '../wire/ip.js';

export type CniMode = 'routed' | 'overlay-l2';
export type ProxyMode = 'iptables' | 'ipvs';
export type LinkClass = 'loopback' | 'veth' | 'node-link';

export interface ProgramInterface {
  name: string;
  linkClass: LinkClass;
  /** The other end of a veth: namespace index and interface index there. */
  peer?: { ns: number; iface: number };
  /** The L2 segment this interface is plugged into (nodes' eth0). */
  segment?: number;
  /** Global and host-scope addresses, IPv4 first (source selection takes the first of a family). */
  addrs: string[];
}

/**
 * A route of one namespace. `kind` 'unicast' forwards through `iface` (to `via`, else to the
 * destination itself); 'local' delivers to this namespace; 'onlink-unresolved' covers a node's
 * own podCIDR: an address there with no pod route fails neighbour resolution (host unreachable).
 */
export interface ProgramRoute {
  dst: string;
  prefixLength: number;
  kind: 'unicast' | 'local' | 'onlink-unresolved';
  iface: number;
  via?: string;
}

export interface ProgramListener { protocol: 'TCP' | 'UDP'; port: number; /** An app key of dataplane/apps, or '' for a bare listener. */ app: string }

export interface ProgramNamespace {
  /** `node/netsim-worker` or `pod/default/web-0`. */
  name: string;
  kind: 'node' | 'pod';
  /** The hostname its processes see (a pod's spec.hostname or name); the node's name for nodes. */
  hostname?: string;
  /** Index of the node namespace this one runs on (itself for a node). */
  node: number;
  interfaces: ProgramInterface[];
  routes: ProgramRoute[];
  listeners: ProgramListener[];
}

/** One endpoint of a Service port (an EndpointSlice endpoint with the port resolved). */
export interface ProgramBackend {
  addr: string;
  port: number;
  /** Index of the node namespace the endpoint runs on, or -1 when unknown. */
  node: number;
  /** EndpointSlice conditions. */
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  /** `ns/pod` for traces. */
  target: string;
}

/** A Service port in one family, as kube-proxy programs it (its servicePortName and chains). */
export interface ProgramService {
  /** kube-proxy's servicePortName: `default/nginx:http`, or `default/nginx` for an unnamed port. */
  name: string;
  family: IpFamily;
  protocol: 'TCP' | 'UDP';
  backends: ProgramBackend[];
  internalTrafficLocal: boolean;
  externalTrafficLocal: boolean;
  /** sessionAffinity ClientIP timeout in seconds; 0 = no affinity. */
  affinitySeconds: number;
}

/** An address and port that leads to a Service: its ClusterIP, a NodePort on a node address, an LB or external IP. */
export interface ProgramFrontend {
  addr: string;
  port: number;
  protocol: 'TCP' | 'UDP';
  service: number;
  /** NodePort, LoadBalancer and externalIP traffic ("external" in kube-proxy's terms). */
  external: boolean;
  /** For NodePorts: the node namespace whose address this is (matched only there); -1 = any node. */
  node: number;
}

export interface ProgramSegment {
  name: string;
  /** Addresses of the segment's outside gateway (Docker's bridge): packets to them leave the simulation. */
  gateways: string[];
}

export interface ForwardingProgram {
  generation: number;
  cniMode: CniMode;
  proxyMode: ProxyMode;
  /** The cluster's pod networks: forwarding between two addresses inside them is bridged in overlay-l2 mode. */
  podNetworks: string[];
  namespaces: ProgramNamespace[];
  segments: ProgramSegment[];
  services: ProgramService[];
  frontends: ProgramFrontend[];
}

/** Every reference and address in `p` that does not hold, as readable lines (empty when valid). */
export function validateProgram(p: ForwardingProgram): string[] {
  const bad: string[] = [];
  const nsOk = (i: number) => Number.isInteger(i) && i >= 0 && i < p.namespaces.length;
  p.podNetworks.forEach((c) => { if (!parseCidr(c)) bad.push(`podNetworks: bad CIDR ${c}`); });
  p.namespaces.forEach((ns, n) => {
    if (!nsOk(ns.node) || p.namespaces[ns.node].kind !== 'node') bad.push(`${ns.name}: node ${ns.node} is not a node namespace`);
    ns.interfaces.forEach((ifc) => {
      for (const a of ifc.addrs) if (parseIp(a) === undefined) bad.push(`${ns.name} ${ifc.name}: bad address ${a}`);
      if (ifc.peer && (!nsOk(ifc.peer.ns) || !p.namespaces[ifc.peer.ns].interfaces[ifc.peer.iface])) bad.push(`${ns.name} ${ifc.name}: dangling peer`);
      if (ifc.segment !== undefined && !p.segments[ifc.segment]) bad.push(`${ns.name} ${ifc.name}: unknown segment ${ifc.segment}`);
    });
    ns.routes.forEach((r) => {
      const fam = familyOf(r.dst);
      const max = fam === 'IPv4' ? 32 : 128;
      if (!fam || r.prefixLength < 0 || r.prefixLength > max) bad.push(`${ns.name}: bad route ${r.dst}/${r.prefixLength}`);
      if (!ns.interfaces[r.iface]) bad.push(`${ns.name}: route ${r.dst}/${r.prefixLength} on unknown interface ${r.iface}`);
      if (r.via !== undefined && familyOf(r.via) !== fam) bad.push(`${ns.name}: route ${r.dst}/${r.prefixLength} via ${r.via} of another family`);
    });
    if (n !== ns.node && ns.kind === 'node') bad.push(`${ns.name}: a node namespace must be its own node`);
  });
  p.frontends.forEach((fe) => {
    if (!p.services[fe.service]) bad.push(`frontend ${fe.addr}:${fe.port}: unknown service ${fe.service}`);
    else if (familyOf(fe.addr) !== p.services[fe.service].family) bad.push(`frontend ${fe.addr}:${fe.port}: family differs from ${p.services[fe.service].name}`);
    if (fe.node !== -1 && !nsOk(fe.node)) bad.push(`frontend ${fe.addr}:${fe.port}: unknown node ${fe.node}`);
  });
  p.services.forEach((svc) => svc.backends.forEach((b) => {
    if (familyOf(b.addr) !== svc.family) bad.push(`${svc.name}: backend ${b.addr} of another family`);
    if (b.node !== -1 && !nsOk(b.node)) bad.push(`${svc.name}: backend ${b.addr} on unknown node ${b.node}`);
  }));
  return bad;
}

const routeText = (ns: ProgramNamespace, r: ProgramRoute): string => {
  const dev = ns.interfaces[r.iface]?.name ?? `#${r.iface}`;
  const kind = r.kind === 'unicast' ? '' : ` ${r.kind}`;
  return `  route ${r.dst}/${r.prefixLength}${r.via ? ` via ${r.via}` : ''} dev ${dev}${kind}`;
};

function ifaceText(p: ForwardingProgram, ifc: ProgramInterface): string {
  const peer = ifc.peer ? ` peer ${p.namespaces[ifc.peer.ns]?.name ?? '?'}:${p.namespaces[ifc.peer.ns]?.interfaces[ifc.peer.iface]?.name ?? '?'}` : '';
  const seg = ifc.segment !== undefined ? ` segment ${p.segments[ifc.segment]?.name ?? ifc.segment}` : '';
  return `  iface ${ifc.name} ${ifc.linkClass}${peer}${seg}${ifc.addrs.length ? ` ${ifc.addrs.join(' ')}` : ''}`;
}

/** The program as text, one block per namespace (`# node/...`, `# pod/ns/name`), for goldens and `netsim trace --dump`. */
export function dumpProgram(p: ForwardingProgram): string {
  const out = [`generation ${p.generation} cni ${p.cniMode} proxy ${p.proxyMode}`, `podNetworks ${p.podNetworks.join(' ')}`];
  p.segments.forEach((s) => out.push(`segment ${s.name} gateways ${s.gateways.join(' ')}`));
  for (const ns of p.namespaces) {
    out.push(`# ${ns.name}${ns.kind === 'pod' ? ` on ${p.namespaces[ns.node]?.name ?? '?'}` : ''}`);
    ns.interfaces.forEach((ifc) => out.push(ifaceText(p, ifc)));
    ns.routes.forEach((r) => out.push(routeText(ns, r)));
    ns.listeners.forEach((l) => out.push(`  listen ${l.protocol}/${l.port}${l.app ? ` ${l.app}` : ''}`));
  }
  p.services.forEach((svc, i) => {
    const flags = [svc.internalTrafficLocal ? 'internal-local' : '', svc.externalTrafficLocal ? 'external-local' : '', svc.affinitySeconds ? `affinity ${svc.affinitySeconds}s` : ''].filter(Boolean);
    out.push(`# service ${svc.name} ${svc.protocol} ${svc.family}${flags.length ? ` ${flags.join(' ')}` : ''}`);
    p.frontends.filter((fe) => fe.service === i).forEach((fe) => out.push(`  frontend ${fe.addr.includes(':') ? `[${fe.addr}]` : fe.addr}:${fe.port}${fe.external ? ' external' : ''}${fe.node >= 0 ? ` on ${p.namespaces[fe.node]?.name ?? '?'}` : ''}`));
    svc.backends.forEach((b) => out.push(`  backend ${b.addr.includes(':') ? `[${b.addr}]` : b.addr}:${b.port} ${b.target}${b.ready ? '' : ' not-ready'}${b.terminating ? ' terminating' : ''}${b.serving && !b.ready ? ' serving' : ''}`));
  });
  return `${out.join('\n')}\n`;
}

/** The family of a route's destination (programs are validated, so it is defined). */
export const routeFamily = (r: ProgramRoute): IpFamily => familyOf(r.dst)!;
