// The Services every cluster has: default/kubernetes at the first address of the primary
// Service range (443/TCP -> 6443, no selector, its EndpointSlice naming the control plane's
// API server) and kube-system/kube-dns at the tenth address (kubeadm's GetDNSIP).
import { addrAdd, formatIp, parseCidr } from '../../dataplane/wire/ip.js';
import type { EndpointSlice, Service } from '../domain/service-types.js';
import type { ObjectMeta } from '../domain/types.js';
import type { ClusterCore } from './core.js';
import type { EndpointSliceApi } from './endpointslices-api.js';
import { internalIPs } from './ipam.js';
import type { ServiceApi } from './services-api.js';

const meta = (name: string, namespace: string, labels: Record<string, string>): ObjectMeta =>
  ({ name, namespace, labels, uid: '', resourceVersion: '', creationTimestamp: '' });

function nthAddress(cidr: string, n: number): string {
  const c = parseCidr(cidr)!;
  return formatIp(addrAdd(c.network, n));
}

export async function bootstrapServices(c: ClusterCore & { services: ServiceApi; endpointSlices: EndpointSliceApi }): Promise<void> {
  const primary = c.config.serviceSubnets[0];
  if (!c.store.get('Service', 'default', 'kubernetes')) {
    const kubernetes: Service = {
      apiVersion: 'v1', kind: 'Service', metadata: meta('kubernetes', 'default', { component: 'apiserver', provider: 'kubernetes' }),
      spec: { type: 'ClusterIP', clusterIP: nthAddress(primary, 1), ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }] },
      status: {},
    };
    await c.services.create(kubernetes);
    const cp = c.store.list('Node').find((n) => n.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined);
    const family = c.config.families[0];
    const address = cp ? internalIPs(cp).find((ip) => (ip.includes(':') ? 'IPv6' : 'IPv4') === family) : undefined;
    if (address) {
      const slice: EndpointSlice = {
        apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice',
        metadata: meta('kubernetes', 'default', { 'kubernetes.io/service-name': 'kubernetes', 'endpointslice.kubernetes.io/skip-mirror': 'true' }),
        addressType: family, endpoints: [{ addresses: [address], conditions: { ready: true } }],
        ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
      };
      await c.endpointSlices.create(slice);
    }
  }
  if (!c.store.get('Service', 'kube-system', 'kube-dns')) {
    await c.services.create({
      apiVersion: 'v1', kind: 'Service',
      metadata: meta('kube-dns', 'kube-system', { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' }),
      spec: {
        type: 'ClusterIP', clusterIP: nthAddress(primary, 10), selector: { 'k8s-app': 'kube-dns' },
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
          { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
          { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
        ],
      },
      status: {},
    });
  }
}
