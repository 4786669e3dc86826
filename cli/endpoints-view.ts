// The legacy core/v1 Endpoints of a Service, which `netsim get endpoints` derives from the
// primary-family EndpointSlices as the endpoints controller builds it (endpoints_controller.go
// syncService, addEndpointSubset; pkg/api/v1/endpoints RepackSubsets, SortSubsets). Pure; the
// CLI imports no daemon code, so the shapes it needs are declared here.

type Protocol = 'TCP' | 'UDP' | 'SCTP';
interface ObjectReference { kind?: string; namespace?: string; name?: string; uid?: string }
interface ObjectMeta { name?: string; namespace?: string; uid?: string; resourceVersion?: string; creationTimestamp?: string; labels?: Record<string, string> }
interface EndpointPort { name?: string; protocol?: Protocol; port?: number; appProtocol?: string }
interface SliceEndpoint { addresses: string[]; conditions?: { ready?: boolean; serving?: boolean; terminating?: boolean }; hostname?: string; nodeName?: string; targetRef?: ObjectReference }
export interface EndpointSlice { metadata: ObjectMeta; addressType?: string; endpoints?: SliceEndpoint[]; ports?: EndpointPort[] }
export interface Service {
  metadata: ObjectMeta;
  spec: { type?: string; selector?: Record<string, string>; clusterIP?: string; ipFamilies?: string[]; ports?: unknown[]; publishNotReadyAddresses?: boolean };
}

const LABEL_SERVICE_NAME = 'kubernetes.io/service-name';
const LABEL_HEADLESS = 'service.kubernetes.io/headless';

/** helper.IsServiceIPSet: a ClusterIP other than "" and "None". */
function isServiceIPSet(svc: Service): boolean {
  return !!svc.spec.clusterIP && svc.spec.clusterIP !== 'None';
}

/** The Service's address types in ipFamilies order (an old object without them: by its ClusterIP). */
function addressTypesForService(svc: Service): string[] {
  const families = [...new Set(svc.spec.ipFamilies ?? [])];
  if (families.length > 0) return families;
  if (isServiceIPSet(svc)) return [svc.spec.clusterIP!.includes(':') ? 'IPv6' : 'IPv4'];
  return ['IPv4', 'IPv6'];
}

export interface EndpointAddress { ip: string; hostname?: string; nodeName?: string; targetRef?: ObjectReference }
export interface EndpointsPort { name?: string; port: number; protocol?: Protocol; appProtocol?: string }
export interface EndpointSubset { addresses?: EndpointAddress[]; notReadyAddresses?: EndpointAddress[]; ports?: EndpointsPort[] }

export interface Endpoints {
  apiVersion: 'v1';
  kind: 'Endpoints';
  metadata: ObjectMeta;
  subsets: EndpointSubset[];
}

interface PortGroup { port: EndpointsPort | undefined; addrs: Map<string, { addr: EndpointAddress; ready: boolean }> }

/**
 * The Endpoints named after the Service, from the slices labelled with its name whose address
 * type is the Service's first family: ready endpoints under `addresses`, the others under
 * `notReadyAddresses`, terminating ones left out unless publishNotReadyAddresses. Undefined for
 * selectorless and ExternalName Services, which the controller leaves to their users.
 */
export function legacyEndpoints(service: Service, slices: readonly EndpointSlice[]): Endpoints | undefined {
  if (service.spec.type === 'ExternalName') return undefined;
  // Selectorless: the controller writes nothing, but a writer of both objects (the apiserver for
  // default/kubernetes) marks its slices skip-mirror, so that Endpoints exists as well.
  if (Object.keys(service.spec.selector ?? {}).length === 0
    && !slices.some((s) => s.metadata.labels?.[LABEL_SERVICE_NAME] === service.metadata.name
      && s.metadata.namespace === service.metadata.namespace && s.metadata.labels?.['endpointslice.kubernetes.io/skip-mirror'] === 'true')) return undefined;
  const family = addressTypesForService(service)[0];
  const headlessNoPorts = (service.spec.ports ?? []).length === 0 && service.spec.clusterIP === 'None';
  const groups = new Map<string, PortGroup>();
  for (const s of slices) {
    if (s.addressType !== family || s.metadata.namespace !== service.metadata.namespace) continue;
    if (s.metadata.labels?.[LABEL_SERVICE_NAME] !== service.metadata.name) continue;
    const ports: (EndpointsPort | undefined)[] = (s.ports ?? []).map(toEndpointsPort);
    // Without ports an address is listed only for a headless Service that has no ports.
    if (ports.length === 0 && headlessNoPorts) ports.push(undefined);
    for (const ep of s.endpoints ?? []) {
      if (ep.conditions?.terminating && !service.spec.publishNotReadyAddresses) continue;
      const addr = toAddress(ep);
      if (!addr) continue;
      const ready = ep.conditions?.ready ?? true;
      for (const port of ports) addToGroup(groups, port, addr, ready);
    }
  }
  return { apiVersion: 'v1', kind: 'Endpoints', metadata: endpointsMeta(service), subsets: repack(groups) };
}

function toEndpointsPort(p: EndpointPort): EndpointsPort {
  const out: EndpointsPort = { name: p.name ?? '', port: p.port ?? 0, protocol: p.protocol ?? 'TCP' };
  if (p.appProtocol !== undefined) out.appProtocol = p.appProtocol;
  return out;
}

function toAddress(ep: SliceEndpoint): EndpointAddress | undefined {
  if (ep.addresses.length === 0) return undefined;
  const a: EndpointAddress = { ip: ep.addresses[0] };
  if (ep.hostname) a.hostname = ep.hostname;
  if (ep.nodeName) a.nodeName = ep.nodeName;
  if (ep.targetRef) a.targetRef = ep.targetRef;
  return a;
}

// mapAddressByPort: one entry per (ip, target uid) and port; a ready sighting wins over a not-ready one.
function addToGroup(groups: Map<string, PortGroup>, port: EndpointsPort | undefined, addr: EndpointAddress, ready: boolean): void {
  const pk = port ? JSON.stringify([port.name, port.port, port.protocol, port.appProtocol ?? null]) : '';
  let g = groups.get(pk);
  if (!g) groups.set(pk, g = { port, addrs: new Map() });
  const ak = `${addr.ip}\u0000${addr.targetRef?.uid ?? ''}`;
  const seen = g.addrs.get(ak);
  if (!seen || !seen.ready) g.addrs.set(ak, { addr: seen?.addr ?? addr, ready });
}

/**
 * RepackSubsets: ports served by the same set of (address, readiness) pairs share a subset.
 * Addresses sort by IP string then target uid (LessEndpointAddress). Upstream orders ports and
 * subsets by an md5 of their Go dump; here ports sort by name, number, protocol and subsets by key.
 */
function repack(groups: Map<string, PortGroup>): EndpointSubset[] {
  const bySet = new Map<string, { ports: EndpointsPort[]; addrs: { addr: EndpointAddress; ready: boolean }[] }>();
  for (const g of groups.values()) {
    const addrs = [...g.addrs.values()].sort((a, b) => compareAddress(a.addr, b.addr));
    const key = addrs.map((a) => `${a.addr.ip}\u0000${a.addr.targetRef?.uid ?? ''}\u0000${a.ready}`).join('\u0001');
    const entry = bySet.get(key) ?? { ports: [], addrs };
    if (g.port) entry.ports.push(g.port);
    bySet.set(key, entry);
  }
  return [...bySet.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => {
    const subset: EndpointSubset = {};
    const ready = e.addrs.filter((a) => a.ready).map((a) => a.addr);
    const notReady = e.addrs.filter((a) => !a.ready).map((a) => a.addr);
    if (ready.length > 0) subset.addresses = ready;
    if (notReady.length > 0) subset.notReadyAddresses = notReady;
    if (e.ports.length > 0) subset.ports = e.ports.sort(comparePort);
    return subset;
  });
}

function compareAddress(a: EndpointAddress, b: EndpointAddress): number {
  if (a.ip !== b.ip) return a.ip < b.ip ? -1 : 1;
  const ua = a.targetRef?.uid ?? '', ub = b.targetRef?.uid ?? '';
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

function comparePort(a: EndpointsPort, b: EndpointsPort): number {
  const ka = [a.name ?? '', String(a.port).padStart(5, '0'), a.protocol ?? ''].join('\u0000');
  const kb = [b.name ?? '', String(b.port).padStart(5, '0'), b.protocol ?? ''].join('\u0000');
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

// syncService: the Service's labels with the headless marker added or removed.
function endpointsMeta(svc: Service): ObjectMeta {
  const labels = { ...svc.metadata.labels };
  if (!isServiceIPSet(svc)) labels[LABEL_HEADLESS] = '';
  else delete labels[LABEL_HEADLESS];
  return {
    name: svc.metadata.name, namespace: svc.metadata.namespace, uid: '', resourceVersion: '',
    creationTimestamp: svc.metadata.creationTimestamp, labels,
  };
}
