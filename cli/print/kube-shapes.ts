// The structural shapes the printers read: Kubernetes objects as `kubectl get -o json` shows them
// (field names of k8s.io/api). Every field is optional, because objects decoded from the API omit
// zero values; a printer treats a missing field as Go treats a zero one. Imports nothing.

export interface OwnerRef { apiVersion?: string; kind?: string; name?: string; uid?: string; controller?: boolean }

export interface Meta {
  name?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerRef[];
}

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: Meta;
}

export interface ContainerPortShape { name?: string; containerPort?: number; hostPort?: number; protocol?: string }
export interface EnvVarShape {
  name?: string;
  value?: string;
  valueFrom?: { fieldRef?: { apiVersion?: string; fieldPath?: string } };
}
export interface ContainerShape {
  name?: string;
  image?: string;
  command?: string[];
  args?: string[];
  ports?: ContainerPortShape[];
  env?: EnvVarShape[];
  restartPolicy?: string;
}

export interface StateShape {
  waiting?: { reason?: string; message?: string };
  running?: { startedAt?: string };
  terminated?: {
    exitCode?: number; signal?: number; reason?: string; message?: string; startedAt?: string; finishedAt?: string;
  };
}
export interface ContainerStatusShape {
  name?: string;
  image?: string;
  imageID?: string;
  containerID?: string;
  ready?: boolean;
  started?: boolean;
  restartCount?: number;
  state?: StateShape;
  lastState?: StateShape;
}

export interface ConditionShape {
  type?: string; status?: string; reason?: string; message?: string;
  lastHeartbeatTime?: string; lastTransitionTime?: string; lastUpdateTime?: string;
}
export interface TolerationShape { key?: string; operator?: string; value?: string; effect?: string; tolerationSeconds?: number }
export interface TaintShape { key?: string; value?: string; effect?: string }

export interface PodShape extends KubeObject {
  spec?: {
    containers?: ContainerShape[];
    initContainers?: ContainerShape[];
    nodeName?: string;
    nodeSelector?: Record<string, string>;
    serviceAccountName?: string;
    priority?: number;
    tolerations?: TolerationShape[];
    readinessGates?: { conditionType?: string }[];
  };
  status?: {
    phase?: string;
    reason?: string;
    message?: string;
    hostIP?: string;
    podIP?: string;
    podIPs?: { ip?: string }[];
    nominatedNodeName?: string;
    startTime?: string;
    qosClass?: string;
    conditions?: ConditionShape[];
    containerStatuses?: ContainerStatusShape[];
    initContainerStatuses?: ContainerStatusShape[];
  };
}

export interface NodeShape extends KubeObject {
  spec?: { podCIDR?: string; podCIDRs?: string[]; taints?: TaintShape[]; unschedulable?: boolean; providerID?: string };
  status?: {
    addresses?: { type?: string; address?: string }[];
    conditions?: ConditionShape[];
    capacity?: Record<string, string>;
    allocatable?: Record<string, string>;
    nodeInfo?: {
      machineID?: string; systemUUID?: string; bootID?: string; kernelVersion?: string; osImage?: string;
      containerRuntimeVersion?: string; kubeletVersion?: string; operatingSystem?: string; architecture?: string;
    };
  };
}

export interface LabelSelectorShape {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key?: string; operator?: string; values?: string[] }[];
}

export interface PodTemplateShape { metadata?: Meta; spec?: PodShape['spec'] }

export interface WorkloadShape extends KubeObject {
  spec?: {
    replicas?: number;
    selector?: LabelSelectorShape;
    template?: PodTemplateShape;
    serviceName?: string;
    podManagementPolicy?: string;
    minReadySeconds?: number;
    strategy?: { type?: string; rollingUpdate?: { maxUnavailable?: string | number; maxSurge?: string | number } };
    updateStrategy?: { type?: string; rollingUpdate?: { partition?: number } };
  };
  status?: {
    replicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    updatedReplicas?: number;
    unavailableReplicas?: number;
    conditions?: ConditionShape[];
  };
}

export interface NamespaceShape extends KubeObject {
  status?: { phase?: string; conditions?: ConditionShape[] };
}

export interface EventShape extends KubeObject {
  involvedObject?: { kind?: string; name?: string; namespace?: string; fieldPath?: string };
  reason?: string;
  message?: string;
  type?: string;
  count?: number;
  firstTimestamp?: string;
  lastTimestamp?: string;
  eventTime?: string;
  source?: { component?: string; host?: string };
  reportingComponent?: string;
  reportingInstance?: string;
  series?: { count?: number; lastObservedTime?: string };
}

/** A number field that may arrive as a string (64-bit integers in proto JSON) or be absent. */
export function num(v: number | string | undefined | null): number {
  if (v === undefined || v === null || v === '') return 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : 0;
}
