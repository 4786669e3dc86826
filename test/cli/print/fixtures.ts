// Kubernetes-shaped objects of a small dual-stack netsim cluster, as `kubectl get -o json`
// shows them, for the cli/print tests. All times are relative to NOW. Test-only helper.

export const NOW = Date.parse('2024-05-01T12:00:00Z');
/** RFC 3339 time `seconds` before NOW. */
export const ago = (seconds: number): string => new Date(NOW - seconds * 1000).toISOString().replace('.000Z', 'Z');

const nodeInfo = {
  architecture: 'amd64', bootID: 'b3c1f0a2-0d6e-4b8e-9d0c-1f2a3b4c5d6e', containerRuntimeVersion: 'containerd://1.7.18',
  kernelVersion: '6.1.0-27-amd64', kubeProxyVersion: 'v1.31.0', kubeletVersion: 'v1.31.0', machineID: 'b3c1f0a20d6e4b8e9d0c1f2a3b4c5d6e',
  operatingSystem: 'linux', osImage: 'Debian GNU/Linux 12 (bookworm)', systemUUID: 'b3c1f0a2-0d6e-4b8e-9d0c-1f2a3b4c5d6e',
};
const capacity = { cpu: '2', 'ephemeral-storage': '263174212Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '24608540Ki', pods: '110' };

function conditions(ready: boolean, t: string) {
  const c = (type: string, status: string, reason: string, message: string) =>
    ({ lastHeartbeatTime: t, lastTransitionTime: t, message, reason, status, type });
  return [
    c('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
    c('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
    c('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
    ready ? c('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status')
      : c('Ready', 'False', 'KubeletNotReady', 'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized'),
  ];
}

function node(name: string, index: number, opts: { controlPlane?: boolean; ready?: boolean; unschedulable?: boolean; created: number }) {
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux',
  };
  if (opts.controlPlane) {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  return {
    apiVersion: 'v1', kind: 'Node',
    metadata: {
      annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
      creationTimestamp: ago(opts.created), labels, name, resourceVersion: String(100 + index), uid: `0000000${index}-aaaa-4bbb-8ccc-dddddddddddd`,
    },
    spec: {
      podCIDR: `10.244.${index}.0/24`, podCIDRs: [`10.244.${index}.0/24`, `fd00:10:244:${index}::/64`],
      ...(opts.controlPlane ? { taints: [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' }] } : {}),
      ...(opts.unschedulable ? { unschedulable: true } : {}),
    },
    status: {
      addresses: [
        { address: `172.18.0.${index + 2}`, type: 'InternalIP' }, { address: `fc00:f853:ccd:e793::${index + 2}`, type: 'InternalIP' },
        { address: name, type: 'Hostname' },
      ],
      allocatable: capacity, capacity, conditions: conditions(opts.ready ?? true, ago(30)), nodeInfo,
    },
  };
}

export const nodes = [
  node('netsim-control-plane', 0, { controlPlane: true, created: 5 * 86400 + 20 * 3600 }),
  node('netsim-worker', 1, { created: 5 * 86400 + 19 * 3600 }),
  node('netsim-worker2', 2, { unschedulable: true, ready: false, created: 95 }),
];

const running = (name: string, image: string, started: string, extra: Record<string, unknown> = {}) => ({
  containerID: `containerd://${name}0123456789abcdef`, image, imageID: `docker.io/library/${image}@sha256:0123`, lastState: {},
  name, ready: true, restartCount: 0, started: true, state: { running: { startedAt: started } }, ...extra,
});

const podConditions = (ready: boolean, t: string) => [
  { lastProbeTime: null, lastTransitionTime: t, status: 'True', type: 'PodReadyToStartContainers' },
  { lastProbeTime: null, lastTransitionTime: t, status: 'True', type: 'Initialized' },
  { lastProbeTime: null, lastTransitionTime: t, status: ready ? 'True' : 'False', type: 'Ready' },
  { lastProbeTime: null, lastTransitionTime: t, status: ready ? 'True' : 'False', type: 'ContainersReady' },
  { lastProbeTime: null, lastTransitionTime: t, status: 'True', type: 'PodScheduled' },
];

const tolerations = [
  { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
  { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
];

function pod(name: string, ns: string, index: number, spec: Record<string, unknown>, status: Record<string, unknown>, meta: Record<string, unknown> = {}) {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { creationTimestamp: ago(300), name, namespace: ns, resourceVersion: String(500 + index), uid: `pod-uid-${index}`, ...meta },
    spec: { dnsPolicy: 'ClusterFirst', restartPolicy: 'Always', serviceAccountName: 'default', tolerations, ...spec },
    status: { qosClass: 'BestEffort', ...status },
  };
}

const ips = (i: number) => ({ podIP: `10.244.1.${i}`, podIPs: [{ ip: `10.244.1.${i}` }, { ip: `fd00:10:244:1::${i}` }] });
const host = { hostIP: '172.18.0.3', hostIPs: [{ ip: '172.18.0.3' }, { ip: 'fc00:f853:ccd:e793::3' }] };

export const webPod = pod('web-0', 'default', 1, {
  containers: [{
    env: [{ name: 'MY_POD_IPS', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.podIPs' } } },
      { name: 'MY_POD_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } }, { name: 'GREETING', value: 'hello\nworld' }],
    image: 'nginx:1.23.2', imagePullPolicy: 'IfNotPresent', name: 'nginx', ports: [{ containerPort: 80, name: 'web', protocol: 'TCP' }],
  }],
  hostname: 'web-0', nodeName: 'netsim-worker', subdomain: 'nginx',
}, {
  ...host, ...ips(5), conditions: podConditions(true, ago(290)), containerStatuses: [running('nginx', 'nginx:1.23.2', ago(290))],
  phase: 'Running', startTime: ago(299),
}, {
  labels: { app: 'nginx', 'apps.kubernetes.io/pod-index': '0', 'statefulset.kubernetes.io/pod-name': 'web-0' },
  ownerReferences: [{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'StatefulSet', name: 'web', uid: 'sts-uid' }],
});

export const completedPod = pod('hostaliases-pod', 'default', 2, {
  containers: [{ command: ['cat'], args: ['/etc/hosts'], image: 'busybox:1.28', name: 'cat-hosts' }],
  hostAliases: [{ hostnames: ['foo.local', 'bar.local'], ip: '127.0.0.1' }], nodeName: 'netsim-worker', restartPolicy: 'Never',
}, {
  ...host, ...ips(6), conditions: podConditions(false, ago(100)), phase: 'Succeeded', startTime: ago(120),
  containerStatuses: [{
    containerID: 'containerd://cat', image: 'docker.io/library/busybox:1.28', imageID: 'docker.io/library/busybox@sha256:141c', lastState: {},
    name: 'cat-hosts', ready: false, restartCount: 0, started: false,
    state: { terminated: { containerID: 'containerd://cat', exitCode: 0, finishedAt: ago(110), reason: 'Completed', startedAt: ago(111) } },
  }],
}, { creationTimestamp: ago(125) });

export const crashPod = pod('two-ports', 'default', 3, {
  containers: [
    { image: 'nginx', name: 'first', ports: [{ containerPort: 80, protocol: 'TCP' }] },
    { image: 'nginx', name: 'second', ports: [{ containerPort: 80, protocol: 'TCP' }, { containerPort: 443, protocol: 'TCP' }] },
  ],
  nodeName: 'netsim-worker',
}, {
  ...host, ...ips(7), conditions: podConditions(false, ago(200)), phase: 'Running', startTime: ago(299),
  containerStatuses: [
    running('first', 'nginx', ago(290)),
    {
      containerID: 'containerd://second', image: 'docker.io/library/nginx:latest', imageID: 'docker.io/library/nginx@sha256:0123',
      lastState: { terminated: { containerID: 'containerd://second', exitCode: 1, finishedAt: ago(10), reason: 'Error', startedAt: ago(11) } },
      name: 'second', ready: false, restartCount: 2, started: false,
      state: { waiting: { message: 'back-off 20s restarting failed container=second', reason: 'CrashLoopBackOff' } },
    },
  ],
});

export const pendingPod = pod('creating', 'kube-system', 4, {
  containers: [{ image: 'registry.k8s.io/coredns/coredns:v1.11.1', name: 'coredns', ports: [{ containerPort: 53, name: 'dns', protocol: 'UDP' }] }],
  nodeName: 'netsim-worker', priority: 2000000000, priorityClassName: 'system-cluster-critical',
}, {
  ...host, conditions: podConditions(false, ago(2)), phase: 'Pending', startTime: ago(2),
  containerStatuses: [{ image: 'registry.k8s.io/coredns/coredns:v1.11.1', imageID: '', lastState: {}, name: 'coredns', ready: false, restartCount: 0, started: false, state: { waiting: { reason: 'ContainerCreating' } } }],
}, { creationTimestamp: ago(3), labels: { 'k8s-app': 'kube-dns' }, ownerReferences: [{ apiVersion: 'apps/v1', controller: true, kind: 'ReplicaSet', name: 'coredns-7db6d8ff4d', uid: 'rs' }] });

export const unscheduledPod = pod('waiting', 'default', 5, { containers: [{ image: 'busybox', name: 'c' }] }, {
  conditions: [{ lastProbeTime: null, lastTransitionTime: ago(8), message: '0/3 nodes are available', reason: 'Unschedulable', status: 'False', type: 'PodScheduled' }],
  phase: 'Pending',
}, { creationTimestamp: ago(8) });

export const terminatingPod = pod('old-web', 'default', 6, { containers: [{ image: 'nginx', name: 'nginx' }], nodeName: 'netsim-worker2' }, {
  ...host, ...ips(9), conditions: podConditions(true, ago(4000)), phase: 'Running', containerStatuses: [running('nginx', 'nginx', ago(4000))],
}, { creationTimestamp: ago(4000), deletionGracePeriodSeconds: 30, deletionTimestamp: ago(-25) });

export const pods = [webPod, completedPod, crashPod, pendingPod, unscheduledPod, terminatingPod];

export const deployment = {
  apiVersion: 'apps/v1', kind: 'Deployment',
  metadata: { annotations: { 'deployment.kubernetes.io/revision': '1' }, creationTimestamp: ago(2 * 3600 + 5 * 60), generation: 1, labels: { app: 'nginx' }, name: 'nginx', namespace: 'default', resourceVersion: '900', uid: 'deploy-uid' },
  spec: {
    progressDeadlineSeconds: 600, replicas: 2, revisionHistoryLimit: 10, selector: { matchLabels: { app: 'nginx' } },
    strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' },
    template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ image: 'nginx:1.23.2', name: 'nginx' }, { image: 'busybox', name: 'sidecar' }] } },
  },
  status: {
    availableReplicas: 1, observedGeneration: 1, readyReplicas: 1, replicas: 2, unavailableReplicas: 1, updatedReplicas: 2,
    conditions: [
      { lastTransitionTime: ago(7000), lastUpdateTime: ago(7000), message: 'Deployment has minimum availability.', reason: 'MinimumReplicasAvailable', status: 'True', type: 'Available' },
      { lastTransitionTime: ago(7500), lastUpdateTime: ago(7000), message: 'ReplicaSet "nginx-7c5ddbdf54" has successfully progressed.', reason: 'NewReplicaSetAvailable', status: 'True', type: 'Progressing' },
    ],
  },
};

export const corednsDeployment = {
  apiVersion: 'apps/v1', kind: 'Deployment',
  metadata: { creationTimestamp: ago(5 * 86400 + 20 * 3600), labels: { 'k8s-app': 'kube-dns' }, name: 'coredns', namespace: 'kube-system' },
  spec: { replicas: 2, selector: { matchLabels: { 'k8s-app': 'kube-dns' } }, template: { spec: { containers: [{ image: 'registry.k8s.io/coredns/coredns:v1.11.1', name: 'coredns' }] } } },
  status: { availableReplicas: 2, readyReplicas: 2, replicas: 2, updatedReplicas: 2 },
};

export const statefulSet = {
  apiVersion: 'apps/v1', kind: 'StatefulSet',
  metadata: { creationTimestamp: ago(301), generation: 1, name: 'web', namespace: 'default', uid: 'sts-uid' },
  spec: {
    podManagementPolicy: 'OrderedReady', replicas: 3, selector: { matchLabels: { app: 'nginx' } }, serviceName: 'nginx',
    template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ image: 'registry.k8s.io/nginx-slim:0.8', name: 'nginx', ports: [{ containerPort: 80, name: 'web', protocol: 'TCP' }] }] } },
    updateStrategy: { rollingUpdate: { partition: 0 }, type: 'RollingUpdate' },
  },
  status: { availableReplicas: 1, currentReplicas: 1, readyReplicas: 1, replicas: 1 },
};

export const namespaces = [
  { apiVersion: 'v1', kind: 'Namespace', metadata: { creationTimestamp: ago(5 * 86400 + 20 * 3600), labels: { 'kubernetes.io/metadata.name': 'default' }, name: 'default' }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } },
  { apiVersion: 'v1', kind: 'Namespace', metadata: { creationTimestamp: ago(5 * 86400 + 20 * 3600), labels: { 'kubernetes.io/metadata.name': 'kube-system' }, name: 'kube-system' }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } },
  { apiVersion: 'v1', kind: 'Namespace', metadata: { creationTimestamp: ago(40), deletionTimestamp: ago(1), name: 'scratch' }, status: { phase: 'Terminating' } },
];

function event(name: string, ns: string, kind: string, objName: string, reason: string, message: string, opts: { type?: string; count?: number; first: number; last: number; component: string; host?: string; fieldPath?: string }) {
  return {
    apiVersion: 'v1', count: opts.count ?? 1, firstTimestamp: ago(opts.first),
    involvedObject: { apiVersion: 'v1', kind, name: objName, namespace: ns, ...(opts.fieldPath ? { fieldPath: opts.fieldPath } : {}) },
    kind: 'Event', lastTimestamp: ago(opts.last), message, metadata: { creationTimestamp: ago(opts.first), name, namespace: ns },
    reason, source: { component: opts.component, ...(opts.host ? { host: opts.host } : {}) }, type: opts.type ?? 'Normal',
  };
}

export const events = [
  event('netsim-worker.17c8a1', 'default', 'Node', 'netsim-worker', 'Starting', 'Starting kubelet.', { first: 5 * 86400, last: 5 * 86400, component: 'kubelet', host: 'netsim-worker' }),
  event('web-0.17c8a2', 'default', 'Pod', 'web-0', 'Scheduled', 'Successfully assigned default/web-0 to netsim-worker', { first: 299, last: 299, component: 'default-scheduler' }),
  event('web-0.17c8a3', 'default', 'Pod', 'web-0', 'Pulled', 'Container image "nginx:1.23.2" already present on machine', { first: 295, last: 295, component: 'kubelet', host: 'netsim-worker', fieldPath: 'spec.containers{nginx}' }),
  event('two-ports.17c8a4', 'default', 'Pod', 'two-ports', 'BackOff', 'Back-off restarting failed container second in pod two-ports_default(pod-uid-3)', { type: 'Warning', count: 5, first: 250, last: 10, component: 'kubelet', host: 'netsim-worker', fieldPath: 'spec.containers{second}' }),
  event('coredns.17c8a5', 'kube-system', 'Deployment', 'coredns', 'ScalingReplicaSet', 'Scaled up replica set coredns-7db6d8ff4d to 2', { first: 5 * 86400, last: 5 * 86400, component: 'deployment-controller' }),
];
