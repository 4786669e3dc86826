// Sample domain objects of every kind for the rpc tests: zeros that must survive (restartCount 0,
// ready false, hostNetwork false, exitCode 0), empty label values, int64 fields, the fields the
// apiserver defaults (resources: {}, securityContext, IntOrString 25% and 1), lastProbeTime: null.
import type { Deployment, Event, Namespace, Node, Pod, Resource, StatefulSet } from '../../daemon/domain/types.js';

const meta = (name: string, namespace?: string) => ({
  name, ...(namespace ? { namespace } : {}), uid: `uid-${name}`, resourceVersion: '42', creationTimestamp: '2024-01-01T00:00:00Z',
});

export const node: Node = {
  apiVersion: 'v1', kind: 'Node',
  metadata: { ...meta('netsim-control-plane'), labels: { 'node-role.kubernetes.io/control-plane': '', 'kubernetes.io/os': 'linux' } },
  spec: { podCIDR: '10.244.0.0/24', podCIDRs: ['10.244.0.0/24', 'fd00:10:244::/64'], taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }], unschedulable: false },
  status: {
    addresses: [{ type: 'InternalIP', address: '172.18.0.2' }, { type: 'InternalIP', address: 'fc00:f853:ccd:e793::2' }, { type: 'Hostname', address: 'netsim-control-plane' }],
    conditions: [{ type: 'Ready', status: 'True', lastHeartbeatTime: '2024-01-01T00:00:00Z', lastTransitionTime: '2024-01-01T00:00:00Z', reason: 'KubeletReady', message: 'kubelet is posting ready status' }],
    nodeInfo: { machineID: 'm', systemUUID: 's', bootID: 'b', kernelVersion: '6.1.0-27-amd64', osImage: 'Debian GNU/Linux 12 (bookworm)',
      containerRuntimeVersion: 'containerd://1.7.18', kubeletVersion: 'v1.31.0', kubeProxyVersion: 'v1.31.0', operatingSystem: 'linux', architecture: 'amd64' },
    capacity: { cpu: '8', memory: '16Gi', pods: '110' },
    allocatable: { cpu: '8', memory: '16Gi', pods: '110' },
  },
};

export const pod: Pod = {
  apiVersion: 'v1', kind: 'Pod',
  metadata: { ...meta('hostaliases-pod', 'default'), generateName: 'h-', labels: { app: 'web', empty: '' }, annotations: { a: 'b' },
    ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', uid: 'u', controller: true, blockOwnerDeletion: false }] },
  spec: {
    containers: [{
      name: 'cat-hosts', image: 'busybox:1.28', command: ['cat'], args: ['/etc/hosts'], workingDir: '/',
      ports: [{ name: 'http', containerPort: 80, protocol: 'TCP', hostPort: 0 }],
      env: [{ name: 'MY_POD_IPS', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.podIPs' } } }, { name: 'EMPTY', value: '' }],
      imagePullPolicy: 'IfNotPresent',
      resources: { limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '250m' } },
      terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File',
    }],
    restartPolicy: 'Never', nodeName: 'netsim-worker', nodeSelector: { disk: 'ssd' }, hostNetwork: false,
    hostname: 'h', subdomain: 's', hostAliases: [{ ip: '127.0.0.1', hostnames: ['foo.local', 'bar.local'] }],
    dnsPolicy: 'ClusterFirst', dnsConfig: { nameservers: ['1.2.3.4'], searches: ['ns1.svc.cluster-domain.example'], options: [{ name: 'ndots', value: '2' }, { name: 'edns0' }] },
    tolerations: [{ key: 'k', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }],
    serviceAccountName: 'default', serviceAccount: 'default', terminationGracePeriodSeconds: 30,
    schedulerName: 'default-scheduler', enableServiceLinks: true, priority: 0, preemptionPolicy: 'PreemptLowerPriority',
    securityContext: { runAsUser: 1000, runAsGroup: 3000, runAsNonRoot: true, fsGroup: 2000 },
  },
  status: {
    phase: 'Succeeded',
    conditions: [{ type: 'Ready', status: 'False', lastProbeTime: null, lastTransitionTime: '2024-01-01T00:00:01Z', reason: 'PodCompleted' }],
    hostIP: '172.18.0.3', hostIPs: [{ ip: '172.18.0.3' }, { ip: 'fc00:f853:ccd:e793::3' }],
    podIP: '10.244.1.5', podIPs: [{ ip: '10.244.1.5' }, { ip: 'fd00:10:244:1::5' }], startTime: '2024-01-01T00:00:00Z',
    containerStatuses: [{
      name: 'cat-hosts', image: 'busybox:1.28', imageID: 'docker.io/library/busybox@sha256:0', containerID: 'containerd://1',
      ready: false, started: false, restartCount: 0,
      state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: '2024-01-01T00:00:00Z', finishedAt: '2024-01-01T00:00:01Z' } },
      lastState: {},
    }],
    qosClass: 'BestEffort',
  },
};

export const namespace: Namespace = { apiVersion: 'v1', kind: 'Namespace', metadata: { ...meta('default'), labels: { 'kubernetes.io/metadata.name': 'default' } }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } };

export const event: Event = {
  apiVersion: 'v1', kind: 'Event', metadata: meta('hostaliases-pod.17a', 'default'),
  involvedObject: { kind: 'Pod', namespace: 'default', name: 'hostaliases-pod', uid: 'u', apiVersion: 'v1', resourceVersion: '7' },
  reason: 'Scheduled', message: 'Successfully assigned default/hostaliases-pod to netsim-worker', source: { component: 'default-scheduler' },
  firstTimestamp: '2024-01-01T00:00:00Z', lastTimestamp: '2024-01-01T00:00:00Z', count: 1, type: 'Normal',
};

const template = { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.23.2', resources: {} }], securityContext: {} } };

export const deployment: Deployment = {
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { ...meta('nginx', 'default'), generation: 3 },
  spec: { replicas: 0, selector: { matchLabels: { app: 'nginx' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['web'] }] },
    template, strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: '25%' } }, revisionHistoryLimit: 10,
    progressDeadlineSeconds: 600, minReadySeconds: 0 },
  status: { observedGeneration: 3, replicas: 0, readyReplicas: 0, availableReplicas: 0, updatedReplicas: 0, unavailableReplicas: 0,
    conditions: [{ type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'ok', lastTransitionTime: '2024-01-01T00:00:00Z', lastUpdateTime: '2024-01-01T00:00:00Z' }] },
};

export const statefulSet: StatefulSet = {
  apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { ...meta('web', 'default'), generation: 1 },
  spec: { replicas: 3, serviceName: 'web', selector: { matchLabels: { app: 'nginx' } }, template, podManagementPolicy: 'OrderedReady',
    updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } }, revisionHistoryLimit: 10, minReadySeconds: 0,
    persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' } },
  status: { observedGeneration: 1, replicas: 3, readyReplicas: 3, currentReplicas: 3, updatedReplicas: 3, availableReplicas: 3 },
};

export const SAMPLES: Resource[] = [node, pod, namespace, event, deployment, statefulSet];
