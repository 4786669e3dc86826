import type { EndpointSlice, Service } from './service-types.js';

// Kubernetes-shaped resources as the control plane holds them: plain readonly data with
// Kubernetes' JSON field names (k8s.io/api core/v1, apps/v1), a subset of the fields.
// Imports nothing; proto conversion lives only in daemon/rpc/convert.ts.

export type IpFamily = 'IPv4' | 'IPv6';

export interface ObjectMeta {
  name: string;
  namespace?: string;            // absent for cluster-scoped kinds (Node, Namespace)
  generateName?: string;
  uid: string;
  resourceVersion: string;       // decimal store revision, opaque to clients
  generation?: number;
  creationTimestamp: string;     // RFC 3339, seconds precision, from the virtual clock
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
}

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

/** The fields every stored object has; `kind` and `apiVersion` are always set. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
}

// ---- Node -------------------------------------------------------------------------------

export interface Taint { key: string; value?: string; effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute' }

export interface NodeSpec {
  podCIDR?: string;
  podCIDRs?: string[];
  taints?: Taint[];
  unschedulable?: boolean;
}

export interface NodeAddress { type: 'InternalIP' | 'ExternalIP' | 'Hostname'; address: string }

export interface NodeCondition {
  type: string;                   // Ready, MemoryPressure, DiskPressure, PIDPressure, NetworkUnavailable
  status: 'True' | 'False' | 'Unknown';
  lastHeartbeatTime?: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

export interface NodeSystemInfo {
  machineID: string;
  systemUUID: string;
  bootID: string;
  kernelVersion: string;
  osImage: string;
  containerRuntimeVersion: string;
  kubeletVersion: string;
  kubeProxyVersion: string;
  operatingSystem: string;
  architecture: string;
}

export interface NodeStatus {
  addresses?: NodeAddress[];
  conditions?: NodeCondition[];
  nodeInfo?: NodeSystemInfo;
  capacity?: Record<string, string>;
  allocatable?: Record<string, string>;
}

export interface Node extends KubeObject { kind: 'Node'; spec: NodeSpec; status: NodeStatus }

// ---- Pod --------------------------------------------------------------------------------

export interface ContainerPort {
  name?: string;
  containerPort: number;
  protocol?: 'TCP' | 'UDP' | 'SCTP';
  hostPort?: number;
  hostIP?: string;
}

export interface ObjectFieldSelector { apiVersion?: string; fieldPath: string }

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { fieldRef?: ObjectFieldSelector };
}

export interface Container {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  workingDir?: string;
  ports?: ContainerPort[];
  env?: EnvVar[];
  imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
  resources?: ResourceRequirements;
  terminationMessagePath?: string;
  terminationMessagePolicy?: 'File' | 'FallbackToLogsOnError';
}

export interface ResourceRequirements { limits?: Record<string, string>; requests?: Record<string, string> }

/** Pod-level security settings; the apiserver defaults it to `{}`. */
export interface PodSecurityContext { runAsUser?: number; runAsGroup?: number; runAsNonRoot?: boolean; fsGroup?: number }

export interface HostAlias { ip: string; hostnames?: string[] }

export interface PodDNSConfigOption { name: string; value?: string }
export interface PodDNSConfig { nameservers?: string[]; searches?: string[]; options?: PodDNSConfigOption[] }

export type DnsPolicy = 'ClusterFirst' | 'ClusterFirstWithHostNet' | 'Default' | 'None';
export type RestartPolicy = 'Always' | 'OnFailure' | 'Never';

export interface Toleration {
  key?: string;
  operator?: 'Exists' | 'Equal';
  value?: string;
  effect?: '' | 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
  tolerationSeconds?: number;
}

export interface PodSpec {
  containers: Container[];
  restartPolicy?: RestartPolicy;
  nodeName?: string;
  nodeSelector?: Record<string, string>;
  hostNetwork?: boolean;
  hostname?: string;
  subdomain?: string;
  hostAliases?: HostAlias[];
  dnsPolicy?: DnsPolicy;
  dnsConfig?: PodDNSConfig;
  tolerations?: Toleration[];
  serviceAccountName?: string;
  /** Deprecated alias of serviceAccountName that v1 still serializes. */
  serviceAccount?: string;
  terminationGracePeriodSeconds?: number;
  schedulerName?: string;
  enableServiceLinks?: boolean;
  priority?: number;
  preemptionPolicy?: 'PreemptLowerPriority' | 'Never';
  securityContext?: PodSecurityContext;
}

export interface PodIP { ip: string }
export interface HostIP { ip: string }

export interface PodCondition {
  type: 'PodScheduled' | 'Initialized' | 'ContainersReady' | 'Ready' | 'PodReadyToStartContainers';
  status: 'True' | 'False' | 'Unknown';
  lastProbeTime?: string | null;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

export interface ContainerState {
  waiting?: { reason?: string; message?: string };
  running?: { startedAt?: string };
  terminated?: { exitCode: number; reason?: string; message?: string; startedAt?: string; finishedAt?: string };
}

export interface ContainerStatus {
  name: string;
  image: string;
  imageID: string;
  containerID?: string;
  ready: boolean;
  started?: boolean;
  restartCount: number;
  state: ContainerState;
  lastState?: ContainerState;
}

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

export interface PodStatus {
  phase?: PodPhase;
  conditions?: PodCondition[];
  hostIP?: string;
  hostIPs?: HostIP[];
  podIP?: string;
  podIPs?: PodIP[];
  startTime?: string;
  containerStatuses?: ContainerStatus[];
  qosClass?: string;
  message?: string;
  reason?: string;
}

export interface Pod extends KubeObject { kind: 'Pod'; spec: PodSpec; status: PodStatus }

// ---- Namespace, Event -------------------------------------------------------------------

export interface Namespace extends KubeObject {
  kind: 'Namespace';
  spec?: { finalizers?: string[] };
  status: { phase: 'Active' | 'Terminating' };
}

export interface ObjectReference {
  kind: string;
  namespace?: string;
  name: string;
  uid?: string;
  apiVersion?: string;
  resourceVersion?: string;
  fieldPath?: string;
}

export interface Event extends KubeObject {
  kind: 'Event';
  involvedObject: ObjectReference;
  reason: string;
  message: string;
  source?: { component?: string; host?: string };
  firstTimestamp: string;
  lastTimestamp: string;
  count: number;
  type: 'Normal' | 'Warning';
}

// ---- Workloads (apps/v1) ----------------------------------------------------------------

export interface LabelSelectorRequirement { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }
export interface LabelSelector { matchLabels?: Record<string, string>; matchExpressions?: LabelSelectorRequirement[] }

export interface PodTemplateSpec { metadata?: Partial<ObjectMeta>; spec: PodSpec }

export interface DeploymentSpec {
  replicas?: number;
  selector: LabelSelector;
  template: PodTemplateSpec;
  strategy?: { type?: 'RollingUpdate' | 'Recreate'; rollingUpdate?: { maxSurge?: number | string; maxUnavailable?: number | string } };
  revisionHistoryLimit?: number;
  progressDeadlineSeconds?: number;
  minReadySeconds?: number;
}

export interface WorkloadStatus {
  observedGeneration?: number;
  replicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  updatedReplicas?: number;
  currentReplicas?: number;
  unavailableReplicas?: number;
  conditions?: { type: string; status: string; reason?: string; message?: string; lastTransitionTime?: string; lastUpdateTime?: string }[];
}

export interface Deployment extends KubeObject { kind: 'Deployment'; spec: DeploymentSpec; status: WorkloadStatus }

export interface StatefulSetSpec {
  replicas?: number;
  serviceName: string;
  selector: LabelSelector;
  template: PodTemplateSpec;
  podManagementPolicy?: 'OrderedReady' | 'Parallel';
  updateStrategy?: { type?: 'RollingUpdate' | 'OnDelete'; rollingUpdate?: { partition?: number } };
  revisionHistoryLimit?: number;
  minReadySeconds?: number;
  persistentVolumeClaimRetentionPolicy?: { whenDeleted?: 'Retain' | 'Delete'; whenScaled?: 'Retain' | 'Delete' };
}

export interface StatefulSet extends KubeObject { kind: 'StatefulSet'; spec: StatefulSetSpec; status: WorkloadStatus }

/** Every resource kind the store holds. */
export type Resource = Node | Pod | Namespace | Event | Deployment | StatefulSet | Service | EndpointSlice;
export type ResourceKind = Resource['kind'];
