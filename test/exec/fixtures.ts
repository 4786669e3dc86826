// Shared fixtures for the exec tests: a dual-stack kind-like node and pods, and an
// ExecContext builder. Test-only.
import type { Container, Node, Pod } from '../../daemon/domain/types.js';
import type { ExecContext } from '../../daemon/exec/context.js';
import { NODE_PROFILE, resolveImage } from '../../daemon/images/catalog.js';
import { nodeInterfaces, podInterfaces } from '../../daemon/kubelet/netif.js';

const meta = (name: string, uid: string, namespace?: string) =>
  ({ name, uid, resourceVersion: '1', creationTimestamp: '2024-05-01T10:00:00Z', ...(namespace ? { namespace } : {}) });

export function node(name: string, index: number): Node {
  return {
    apiVersion: 'v1', kind: 'Node', metadata: meta(name, `node-uid-${index}`),
    spec: { podCIDR: `10.244.${index}.0/24`, podCIDRs: [`10.244.${index}.0/24`, `fd00:10:244:${index}::/64`] },
    status: {
      addresses: [
        { type: 'InternalIP', address: `172.18.0.${index + 2}` },
        { type: 'InternalIP', address: `fc00:f853:ccd:e793::${index + 2}` },
        { type: 'Hostname', address: name },
      ],
      capacity: { cpu: '2' },
    },
  };
}

export const WORKER = node('netsim-worker', 1);
export const CONTROL = node('netsim-control-plane', 0);
export const WORKER2 = node('netsim-worker2', 2);

export function pod(name: string, image: string, ips: string[], extra: Partial<Container> = {}): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod', metadata: meta(name, `uid-${name}`, 'default'),
    spec: { containers: [{ name, image, ...extra }], nodeName: WORKER.metadata.name },
    status: { phase: 'Running', podIP: ips[0], podIPs: ips.map((ip) => ({ ip })), hostIP: '172.18.0.3' },
  };
}

export const BUSYBOX_POD = pod('busybox', 'busybox:1.36', ['10.244.1.5', 'fd00:10:244:1::5']);
export const DEBIAN_POD = pod('debian', 'debian:12', ['10.244.1.7', 'fd00:10:244:1::7']);

export function hostsFile(p: Pod): string {
  return '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\n'
    + 'fe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n'
    + (p.status.podIPs ?? []).map((ip) => `${ip.ip}\t${p.metadata.name}\n`).join('');
}

export function podContext(p: Pod, overrides: Partial<ExecContext> = {}): ExecContext {
  const image = resolveImage(p.spec.containers[0].image);
  const env: [string, string][] = [['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], ['HOSTNAME', p.metadata.name], ['HOME', '/root']];
  return {
    pod: p, node: WORKER, containerName: p.spec.containers[0].name, image,
    files: new Map([['/etc/hosts', hostsFile(p)], ['/etc/hostname', `${p.metadata.name}\n`],
      ['/etc/resolv.conf', 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n']]),
    env, hostname: p.metadata.name, interfaces: podInterfaces(p, WORKER), now: '2024-05-01T10:00:05Z',
    formatSet: () => env.map(([k, v]) => `${k}='${v}'\n`).join(''),
    ...overrides,
  };
}

export function nodeContext(pods: Pod[]): ExecContext {
  return {
    node: WORKER, image: NODE_PROFILE, files: new Map([['/etc/hostname', 'netsim-worker\n']]), env: [['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']],
    hostname: 'netsim-worker', interfaces: nodeInterfaces(WORKER, { pods, peers: [CONTROL, WORKER2], nodeSubnets: ['172.18.0.0/16', 'fc00:f853:ccd:e793::/64'] }),
    formatSet: () => '',
  };
}
