// `kubectl get endpointslices` and `get endpoints`: printers.go printEndpointSlice
// (formatDiscoveryPorts, formatDiscoveryEndpoints, listWithMoreString) and printEndpoints
// (formatEndpoints), lists cut at three with ` + N more...`. Imports only sibling print modules.
import { translateTimestampSince } from './age.js';
import type { KubeObject } from './kube-shapes.js';
import type { KindPrinter } from './table.js';

export interface EndpointShape {
  addresses?: string[];
  conditions?: { ready?: boolean; serving?: boolean; terminating?: boolean };
  hostname?: string;
  nodeName?: string;
  zone?: string;
  targetRef?: { kind?: string; namespace?: string; name?: string; uid?: string };
}
export interface EndpointPortShape { name?: string; protocol?: string; port?: number; appProtocol?: string }

export interface EndpointSliceShape extends KubeObject {
  addressType?: string;
  endpoints?: EndpointShape[];
  ports?: EndpointPortShape[];
}

export interface EndpointAddressShape { ip?: string; hostname?: string; nodeName?: string; targetRef?: EndpointShape['targetRef'] }
export interface EndpointsShape extends KubeObject {
  subsets?: { addresses?: EndpointAddressShape[]; notReadyAddresses?: EndpointAddressShape[]; ports?: EndpointPortShape[] }[];
}

const MAX = 3;

/** Go net.JoinHostPort: IPv6 hosts in brackets. */
export function joinHostPort(host: string, port: number | undefined): string {
  return host.includes(':') ? `[${host}]:${port ?? 0}` : `${host}:${port ?? 0}`;
}

/** listWithMoreString: the first three, ` + N more...` when cut, `<unset>` when empty. */
function listWithMore(list: string[], count: number): string {
  if (count > MAX) return `${list.slice(0, MAX).join(',')} + ${count - MAX} more...`;
  return list.join(',') || '<unset>';
}

/** formatDiscoveryPorts: port numbers (a name when the number is unset, `*` when both are). */
export function formatDiscoveryPorts(ports: EndpointPortShape[] | undefined): string {
  const list = (ports ?? []).map((p) => (p.port !== undefined ? String(p.port) : p.name ?? '*'));
  return listWithMore(list, list.length);
}

/** formatDiscoveryEndpoints: every address of every endpoint, ready or not. */
export function formatDiscoveryEndpoints(endpoints: EndpointShape[] | undefined): string {
  const list = (endpoints ?? []).flatMap((e) => e.addresses ?? []);
  return listWithMore(list, list.length);
}

/**
 * formatEndpoints with all ports: ready `ip:port` pairs subset by subset (bare IPs for a subset
 * without ports), cut at three; `<none>` without subsets, '' when none is ready.
 */
export function formatEndpoints(ep: EndpointsShape): string {
  const subsets = ep.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  let count = 0;
  for (const ss of subsets) {
    const addrs = ss.addresses ?? [];
    if ((ss.ports ?? []).length === 0) {
      count += addrs.length;
      for (const a of addrs) if (list.length < MAX) list.push(a.ip ?? '');
      continue;
    }
    for (const port of ss.ports!) {
      count += addrs.length;
      for (const a of addrs) if (list.length < MAX) list.push(joinHostPort(a.ip ?? '', port.port));
    }
  }
  return count > MAX ? `${list.join(',')} + ${count - MAX} more...` : list.join(',');
}

export const endpointSlicePrinter: KindPrinter<EndpointSliceShape> = {
  kindPrefix: 'endpointslice.discovery.k8s.io',
  columns: [{ name: 'Name', format: 'name' }, { name: 'AddressType' }, { name: 'Ports' }, { name: 'Endpoints' }, { name: 'Age' }],
  cells(s, { now }) {
    return [
      s.metadata?.name ?? '', s.addressType ?? '', formatDiscoveryPorts(s.ports), formatDiscoveryEndpoints(s.endpoints),
      translateTimestampSince(s.metadata?.creationTimestamp, now),
    ];
  },
};

export const endpointsPrinter: KindPrinter<EndpointsShape> = {
  kindPrefix: 'endpoints',
  columns: [{ name: 'Name', format: 'name' }, { name: 'Endpoints' }, { name: 'Age' }],
  cells(ep, { now }) {
    return [ep.metadata?.name ?? '', formatEndpoints(ep), translateTimestampSince(ep.metadata?.creationTimestamp, now)];
  },
};
