// Domain resources <-> netsim.v1 proto objects, the only place they meet: names are shared, so
// both ways are a descriptor walk plus a table of the fields the domain types require.
// Imports proto/, daemon/domain types and daemon/cluster/kinds.ts; nothing with state.
import type { Resource, ResourceKind } from '../domain/types.js';
import { KINDS } from '../cluster/kinds.js';
import { describeMessage, type FieldShape } from '../../proto/descriptors.js';
import { fromPlainObject, toPlainObject } from '../../proto/to-plain.js';
import type { Deployment as DeploymentProto } from '../../proto/gen/netsim/v1/Deployment.js';
import type { Event as EventProto } from '../../proto/gen/netsim/v1/Event.js';
import type { Namespace as NamespaceProto } from '../../proto/gen/netsim/v1/Namespace.js';
import type { Node as NodeProto } from '../../proto/gen/netsim/v1/Node.js';
import type { Pod as PodProto } from '../../proto/gen/netsim/v1/Pod.js';
import type { StatefulSet as StatefulSetProto } from '../../proto/gen/netsim/v1/StatefulSet.js';
import type { Service as ServiceProto } from '../../proto/gen/netsim/v1/Service.js';
import type { EndpointSlice as EndpointSliceProto } from '../../proto/gen/netsim/v1/EndpointSlice.js';

export interface ProtoByKind {
  Node: NodeProto; Pod: PodProto; Namespace: NamespaceProto; Event: EventProto; Deployment: DeploymentProto; StatefulSet: StatefulSetProto;
  Service: ServiceProto; EndpointSlice: EndpointSliceProto;
}

export type ResourceOf<K extends ResourceKind> = Extract<Resource, { kind: K }>;

export const MESSAGE_OF_KIND: Readonly<Record<ResourceKind, string>> = {
  Node: 'netsim.v1.Node', Pod: 'netsim.v1.Pod', Namespace: 'netsim.v1.Namespace', Event: 'netsim.v1.Event',
  Deployment: 'netsim.v1.Deployment', StatefulSet: 'netsim.v1.StatefulSet',
  Service: 'netsim.v1.Service', EndpointSlice: 'netsim.v1.EndpointSlice',
};

/**
 * The non-optional fields of daemon/domain/types.ts, by message. An absent one becomes its
 * zero value on the way in, as Go's decoder leaves a zero value (so validation reports
 * `spec.containers: Required value` instead of the daemon failing on undefined).
 */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  Node: ['metadata', 'spec', 'status'], Pod: ['metadata', 'spec', 'status'], Namespace: ['metadata', 'status'],
  Deployment: ['metadata', 'spec', 'status'], StatefulSet: ['metadata', 'spec', 'status'],
  Event: ['metadata', 'involvedObject', 'reason', 'message', 'firstTimestamp', 'lastTimestamp', 'count', 'type'],
  ObjectMeta: ['name', 'uid', 'resourceVersion', 'creationTimestamp'],
  OwnerReference: ['apiVersion', 'kind', 'name', 'uid'],
  LabelSelectorRequirement: ['key', 'operator'],
  Taint: ['key', 'effect'], NodeAddress: ['type', 'address'], NodeCondition: ['type', 'status'],
  NodeSystemInfo: ['machineID', 'systemUUID', 'bootID', 'kernelVersion', 'osImage', 'containerRuntimeVersion',
    'kubeletVersion', 'kubeProxyVersion', 'operatingSystem', 'architecture'],
  PodSpec: ['containers'], Container: ['name', 'image'], ContainerPort: ['containerPort'], EnvVar: ['name'],
  ObjectFieldSelector: ['fieldPath'], HostAlias: ['ip'], PodDNSConfigOption: ['name'],
  PodIP: ['ip'], HostIP: ['ip'], PodCondition: ['type', 'status'], ContainerStateTerminated: ['exitCode'],
  ContainerStatus: ['name', 'image', 'imageID', 'ready', 'restartCount', 'state'],
  NamespaceStatus: ['phase'], ObjectReference: ['kind', 'name'],
  PodTemplateSpec: ['spec'], DeploymentSpec: ['selector', 'template'], StatefulSetSpec: ['serviceName', 'selector', 'template'],
  WorkloadCondition: ['type', 'status'],
  Service: ['metadata', 'spec', 'status'], ServicePort: ['port'],
  EndpointSlice: ['metadata', 'addressType', 'endpoints'], Endpoint: ['addresses'],
};

/** Fields not zero-filled below: a pod template's metadata is Partial<ObjectMeta>. */
const NO_FILL_BELOW: ReadonlySet<string> = new Set(['PodTemplateSpec.metadata']);

/** The proto object for a stored resource: unset fields and nulls dropped (lastProbeTime: null). */
export function toProto<R extends Resource>(resource: R): ProtoByKind[R['kind']] {
  return fromPlainObject(MESSAGE_OF_KIND[resource.kind], resource) as unknown as ProtoByKind[R['kind']];
}

/**
 * The domain object for a proto message of `kind` (a request's object, a decoded manifest):
 * Kubernetes' JSON shape (proto/to-plain.ts: int64 as numbers, bare IntOrString, null
 * lastProbeTime), kind and apiVersion set, required fields zero-filled. No validation.
 */
export function fromProto<K extends ResourceKind>(kind: K, message: unknown): ResourceOf<K> {
  const fullName = MESSAGE_OF_KIND[kind];
  const obj = fill(fullName, toPlainObject(fullName, message));
  obj.kind = kind;
  obj.apiVersion = KINDS[kind].apiVersion;
  return obj as unknown as ResourceOf<K>;
}

function fill(fullName: string, obj: Record<string, unknown>): Record<string, unknown> {
  const shape = describeMessage(fullName);
  for (const name of REQUIRED[shape.name] ?? []) {
    const f = shape.byName.get(name);
    if (f && obj[name] === undefined) obj[name] = zeroOf(f);
  }
  for (const f of shape.fields) {
    const v = obj[f.name];
    if (v === undefined || f.type.kind !== 'message' || NO_FILL_BELOW.has(`${shape.name}.${f.name}`)) continue;
    const type = f.type.message;
    if (f.label === 'single') fill(type, v as Record<string, unknown>);
    else for (const e of Object.values(v as Record<string, Record<string, unknown>>)) fill(type, e);
  }
  return obj;
}

function zeroOf(f: FieldShape): unknown {
  if (f.label === 'repeated') return [];
  if (f.label === 'map') return {};
  if (f.type.kind === 'message') return {};
  if (f.type.kind === 'enum') return undefined;
  switch (f.type.scalar) {
    case 'string': return '';
    case 'bool': return false;
    case 'bytes': return Buffer.alloc(0);
    case 'uint64': case 'fixed64': return '0';
    default: return 0;
  }
}
