// compileServices(): Services and their EndpointSlices → the program's service tables, as
// kube-proxy builds its per-family view (R10.1): one ProgramService per Service port and
// family with a ClusterIP of that family; frontends for the ClusterIP, NodePorts on every node
// address of the family (and 127.0.0.1, localhostNodePorts, R10.6), LoadBalancer ingress IPs
// and externalIPs; backends from the slices of that family whose port name matches.
// Headless and ExternalName Services are not programmed. Pure; imports dataplane/index.ts types.
import type { ProgramBackend, ProgramFrontend, ProgramService } from '../../dataplane/index.js';
import { familyOf } from '../../dataplane/wire/ip.js';
import type { IpFamily, Node } from '../domain/types.js';
import type { EndpointSlice, Service, ServicePort } from '../domain/service-types.js';

const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
/** kube-proxy's default ClientIP affinity timeout (10800 s). */
const DEFAULT_AFFINITY_S = 10800;

export interface ServiceInput {
  services: readonly Service[];
  slices: readonly EndpointSlice[];
  /** Node namespaces in program order. */
  nodes: readonly Node[];
}

const internalIPs = (n: Node, fam: IpFamily): string[] =>
  (n.status.addresses ?? []).filter((a) => a.type === 'InternalIP' && familyOf(a.address) === fam).map((a) => a.address);

function portName(svc: Service, port: ServicePort): string {
  const base = `${svc.metadata.namespace}/${svc.metadata.name}`;
  return port.name ? `${base}:${port.name}` : base;
}

function backendsOf(svc: Service, port: ServicePort, fam: IpFamily, slices: readonly EndpointSlice[], nodeIndex: Map<string, number>): ProgramBackend[] {
  const out: ProgramBackend[] = [];
  const protocol = port.protocol ?? 'TCP';
  for (const sl of slices) {
    if (sl.metadata.namespace !== svc.metadata.namespace || sl.metadata.labels?.[SERVICE_NAME_LABEL] !== svc.metadata.name || sl.addressType !== fam) continue;
    const p = (sl.ports ?? []).find((x) => (x.name ?? '') === (port.name ?? '') && (x.protocol ?? 'TCP') === protocol);
    if (!p?.port) continue;
    for (const ep of sl.endpoints) {
      const c = ep.conditions ?? {};
      const ready = c.ready !== false, serving = c.serving ?? ready, terminating = c.terminating ?? false;
      const target = ep.targetRef ? `${ep.targetRef.namespace ?? svc.metadata.namespace}/${ep.targetRef.name}` : '';
      for (const addr of ep.addresses) out.push({ addr, port: p.port, node: ep.nodeName ? nodeIndex.get(ep.nodeName) ?? -1 : -1, ready, serving, terminating, target });
    }
  }
  return out.sort((a, b) => a.addr.localeCompare(b.addr) || a.port - b.port);
}

function frontendsOf(svc: Service, port: ServicePort, fam: IpFamily, index: number, nodes: readonly Node[]): ProgramFrontend[] {
  const protocol = port.protocol === 'UDP' ? 'UDP' : 'TCP';
  const out: ProgramFrontend[] = [];
  const add = (addr: string, p: number, external: boolean, node = -1) => out.push({ addr, port: p, protocol, service: index, external, node });
  for (const ip of svc.spec.clusterIPs ?? []) if (familyOf(ip) === fam) add(ip, port.port, false);
  if (port.nodePort && (svc.spec.type === 'NodePort' || svc.spec.type === 'LoadBalancer')) {
    nodes.forEach((n, i) => {
      for (const ip of internalIPs(n, fam)) add(ip, port.nodePort!, true, i);
      if (fam === 'IPv4') add('127.0.0.1', port.nodePort!, true, i);
    });
  }
  if (svc.spec.type === 'LoadBalancer') for (const ing of svc.status.loadBalancer?.ingress ?? []) if (ing.ip && familyOf(ing.ip) === fam) add(ing.ip, port.port, true);
  for (const ip of svc.spec.externalIPs ?? []) if (familyOf(ip) === fam) add(ip, port.port, true);
  return out;
}

/** The services and frontends of the program, in Service namespace/name, port, family order. */
export function compileServices(input: ServiceInput): { services: ProgramService[]; frontends: ProgramFrontend[] } {
  const nodeIndex = new Map(input.nodes.map((n, i) => [n.metadata.name, i]));
  const services: ProgramService[] = [];
  const frontends: ProgramFrontend[] = [];
  const sorted = [...input.services].sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`));
  for (const svc of sorted) {
    if (svc.spec.type === 'ExternalName' || !svc.spec.clusterIPs?.length || svc.spec.clusterIPs[0] === 'None') continue;
    for (const port of svc.spec.ports ?? []) {
      if (port.protocol === 'SCTP') continue;
      for (const fam of svc.spec.ipFamilies ?? []) {
        if (!svc.spec.clusterIPs.some((ip) => familyOf(ip) === fam)) continue;
        const index = services.length;
        services.push({
          name: portName(svc, port), family: fam, protocol: port.protocol === 'UDP' ? 'UDP' : 'TCP',
          backends: backendsOf(svc, port, fam, input.slices, nodeIndex),
          internalTrafficLocal: svc.spec.internalTrafficPolicy === 'Local', externalTrafficLocal: svc.spec.externalTrafficPolicy === 'Local',
          affinitySeconds: svc.spec.sessionAffinity === 'ClientIP' ? svc.spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? DEFAULT_AFFINITY_S : 0,
        });
        frontends.push(...frontendsOf(svc, port, fam, index, input.nodes));
      }
    }
  }
  return { services, frontends };
}
