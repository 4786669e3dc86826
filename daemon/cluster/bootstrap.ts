// The objects a new cluster starts with, as kind creates them: the system namespaces, the
// nodes of the config (the control plane tainted NoSchedule), and kube-system/coredns with two
// replicas that tolerate the taint. The kubernetes and kube-dns Services join once Services exist.
import type { Deployment, Node } from '../domain/types.js';
import type { ClusterConfig } from '../config/config.js';
import { CONTROL_PLANE_LABEL } from './node-status.js';

export const COREDNS_IMAGE = 'registry.k8s.io/coredns/coredns:v1.11.1';

export function configNodes(config: ClusterConfig): { node: Node; role: 'control-plane' | 'worker' }[] {
  return config.nodes.map((n) => ({
    role: n.role,
    node: {
      apiVersion: 'v1', kind: 'Node',
      metadata: { name: n.name, uid: '', resourceVersion: '', creationTimestamp: '' },
      spec: n.role === 'control-plane' ? { taints: [{ key: CONTROL_PLANE_LABEL, effect: 'NoSchedule' }] } : {},
      status: {},
    },
  }));
}

// kubeadm's CoreDNS Deployment (cmd/kubeadm/app/phases/addons/dns/manifests.go), reduced to
// the fields netsim models.
export function coreDnsDeployment(): Deployment {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: 'coredns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' }, uid: '', resourceVersion: '', creationTimestamp: '' },
    spec: {
      replicas: 2,
      selector: { matchLabels: { 'k8s-app': 'kube-dns' } },
      strategy: { type: 'RollingUpdate' },
      template: {
        metadata: { labels: { 'k8s-app': 'kube-dns' } },
        spec: {
          containers: [{
            name: 'coredns', image: COREDNS_IMAGE, args: ['-conf', '/etc/coredns/Corefile'],
            ports: [
              { containerPort: 53, name: 'dns', protocol: 'UDP' },
              { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' },
              { containerPort: 9153, name: 'metrics', protocol: 'TCP' },
            ],
          }],
          dnsPolicy: 'Default',
          serviceAccountName: 'coredns',
          tolerations: [
            { key: 'CriticalAddonsOnly', operator: 'Exists' },
            { key: CONTROL_PLANE_LABEL, effect: 'NoSchedule' },
          ],
        },
      },
    },
    status: {},
  };
}
