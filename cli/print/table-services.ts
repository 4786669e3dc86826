// `kubectl get services`: printers.go printService, getServiceExternalIP, makePortString and
// loadBalancerStatusStringer, with the wide SELECTOR column. Imports only sibling print modules.
import { translateTimestampSince } from './age.js';
import type { KubeObject } from './kube-shapes.js';
import { byCodeUnit, formatLabels } from './label-selector.js';
import type { KindPrinter } from './table.js';

export interface ServicePortShape {
  name?: string; protocol?: string; appProtocol?: string; port?: number; targetPort?: number | string; nodePort?: number;
}
export interface LoadBalancerIngressShape { ip?: string; hostname?: string; ipMode?: string }

export interface ServiceShape extends KubeObject {
  spec?: {
    type?: string;
    ports?: ServicePortShape[];
    selector?: Record<string, string>;
    clusterIP?: string;
    clusterIPs?: string[];
    ipFamilies?: string[];
    ipFamilyPolicy?: string;
    externalName?: string;
    externalIPs?: string[];
    loadBalancerIP?: string;
    loadBalancerSourceRanges?: string[];
    sessionAffinity?: string;
    externalTrafficPolicy?: string;
    internalTrafficPolicy?: string;
    healthCheckNodePort?: number;
    trafficDistribution?: string;
  };
  status?: { loadBalancer?: { ingress?: LoadBalancerIngressShape[] } };
}

// printers.go loadBalancerWidth: without -o wide the ingress list is clipped to 16 bytes.
const LOAD_BALANCER_WIDTH = 16;

/** loadBalancerStatusStringer: distinct ingress IPs (else hostnames), sorted, comma-joined. */
export function loadBalancerStatus(svc: ServiceShape, wide: boolean): string {
  const set = new Set<string>();
  for (const i of svc.status?.loadBalancer?.ingress ?? []) {
    if (i.ip) set.add(i.ip);
    else if (i.hostname) set.add(i.hostname);
  }
  let r = [...set].sort(byCodeUnit).join(',');
  if (!wide && r.length > LOAD_BALANCER_WIDTH) r = r.slice(0, LOAD_BALANCER_WIDTH - 3) + '...';
  return r;
}

/** getServiceExternalIP: externalIPs, the LoadBalancer ingress (`<pending>` until assigned), or the external name. */
export function serviceExternalIP(svc: ServiceShape, wide: boolean): string {
  const external = svc.spec?.externalIPs ?? [];
  switch (svc.spec?.type) {
    case 'ClusterIP':
    case 'NodePort':
      return external.length > 0 ? external.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerStatus(svc, wide);
      if (external.length > 0) return [...(lb ? lb.split(',') : []), ...external].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return svc.spec.externalName ?? '';
    default:
      return '<unknown>';
  }
}

/** makePortString: `80/TCP`, `80:30080/TCP` with a node port, comma-joined. */
export function servicePorts(ports: ServicePortShape[] | undefined): string {
  return (ports ?? []).map((p) => (p.nodePort ? `${p.port ?? 0}:${p.nodePort}/${p.protocol ?? ''}` : `${p.port ?? 0}/${p.protocol ?? ''}`)).join(',');
}

export const servicePrinter: KindPrinter<ServiceShape> = {
  kindPrefix: 'service',
  columns: [
    { name: 'Name', format: 'name' }, { name: 'Type' }, { name: 'Cluster-IP' }, { name: 'External-IP' }, { name: 'Port(s)' }, { name: 'Age' },
    { name: 'Selector', priority: 1 },
  ],
  cells(svc, { now, wide }) {
    return [
      svc.metadata?.name ?? '', svc.spec?.type ?? '', svc.spec?.clusterIPs?.[0] ?? '<none>', serviceExternalIP(svc, !!wide),
      servicePorts(svc.spec?.ports) || '<none>', translateTimestampSince(svc.metadata?.creationTimestamp, now),
      formatLabels(svc.spec?.selector),
    ];
  },
};
