// What a simulated kubelet reports for its node: labels it sets, addresses, conditions,
// nodeInfo and capacity, as a kind node shows them. Pure.
import type { Node, NodeCondition, NodeStatus } from '../domain/types.js';
import { CONTAINER_RUNTIME_VERSION, KUBERNETES_VERSION, NODE_KERNEL_VERSION, NODE_OS_IMAGE } from '../version.js';

export const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';

/** Labels the kubelet registers with (kubelet_node_status.go initialNode) plus kind's role labels. */
export function kubeletLabels(name: string, role: 'control-plane' | 'worker' | undefined): Record<string, string> {
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux',
  };
  if (role === 'control-plane') {
    labels[CONTROL_PLANE_LABEL] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  return labels;
}

/**
 * The node's status. `networkReady` is false when it got no podCIDR: the CNI plugin then
 * never initialises and the kubelet reports NotReady with containerd's message.
 */
export function nodeStatus(node: Node, internalIPs: readonly string[], networkReady: boolean, now: string): NodeStatus {
  const cond = (type: string, status: 'True' | 'False', reason: string, message: string): NodeCondition =>
    ({ type, status, lastHeartbeatTime: now, lastTransitionTime: now, reason, message });
  const ready = networkReady
    ? cond('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status')
    : cond('Ready', 'False', 'KubeletNotReady',
      'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized');
  const capacity = { cpu: '2', 'ephemeral-storage': '263174212Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '24608540Ki', pods: '110' };
  return {
    addresses: [...internalIPs.map((address) => ({ type: 'InternalIP' as const, address })), { type: 'Hostname', address: node.metadata.name }],
    conditions: [
      cond('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
      cond('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
      cond('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
      ready,
    ],
    nodeInfo: {
      machineID: hex(node.metadata.uid, 32), systemUUID: node.metadata.uid, bootID: node.metadata.uid,
      kernelVersion: NODE_KERNEL_VERSION, osImage: NODE_OS_IMAGE, containerRuntimeVersion: CONTAINER_RUNTIME_VERSION,
      kubeletVersion: KUBERNETES_VERSION, kubeProxyVersion: KUBERNETES_VERSION, operatingSystem: 'linux', architecture: 'amd64',
    },
    capacity, allocatable: { ...capacity },
  };
}

function hex(uid: string, n: number): string { return uid.replace(/-/g, '').padEnd(n, '0').slice(0, n); }
