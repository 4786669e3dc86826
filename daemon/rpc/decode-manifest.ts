// Manifests as kubectl and kube-apiserver read them: splitManifests() turns a YAML/JSON body into
// documents (go-yaml v2 semantics and error wording), decodeManifest() decodes one strictly
// (fieldValidation=Strict) by walking the proto descriptors. Imports yaml, proto/, daemon/domain.
import { parseAllDocuments, type Tags, type YAMLError } from 'yaml';
import { BadRequestError } from '../domain/errors.js';
import type { Resource } from '../domain/types.js';
import { KINDS } from '../cluster/kinds.js';
import { describeMessage, type FieldShape, type ValueType } from '../../proto/descriptors.js';
import { INT_OR_STRING } from '../../proto/to-plain.js';
import { fromProto, MESSAGE_OF_KIND } from './convert.js';

/** kubectl's RESTMapper miss: `no matches for kind "Foo" in version "v1"`. */
export class NoKindMatchError extends BadRequestError {
  constructor(readonly kind: string, readonly apiVersion: string) {
    super(`no matches for kind "${kind}" in version "${apiVersion}"`);
  }
}

/** A body that is not YAML: `error converting YAML to JSON: yaml: line 3: ...`. */
export class ManifestSyntaxError extends BadRequestError {}

/** Kubernetes fields netsim accepts and drops (strict decoding must not call them unknown). */
const IGNORED: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(Object.entries({
  ObjectMeta: 'selfLink deletionGracePeriodSeconds finalizers managedFields',
  PodSpec: 'volumes initContainers ephemeralContainers activeDeadlineSeconds automountServiceAccountToken '
    + 'shareProcessNamespace hostPID hostIPC imagePullSecrets affinity priorityClassName '
    + 'readinessGates runtimeClassName overhead topologySpreadConstraints setHostnameAsFQDN '
    + 'os hostUsers schedulingGates resourceClaims resources',
  PodSecurityContext: 'seLinuxOptions windowsOptions supplementalGroups supplementalGroupsPolicy sysctls fsGroupChangePolicy '
    + 'seccompProfile appArmorProfile',
  Container: 'envFrom resizePolicy restartPolicy volumeMounts volumeDevices livenessProbe readinessProbe startupProbe '
    + 'lifecycle securityContext stdin stdinOnce tty',
  ResourceRequirements: 'claims',
  EnvVarSource: 'resourceFieldRef configMapKeyRef secretKeyRef',
  PodStatus: 'nominatedNodeName initContainerStatuses ephemeralContainerStatuses resize resourceClaimStatuses',
  ContainerStatus: 'allocatedResources resources volumeMounts user allocatedResourcesStatus',
  ContainerStateTerminated: 'signal containerID',
  NodeSpec: 'providerID configSource externalID',
  NodeStatus: 'phase daemonEndpoints images volumesInUse volumesAttached config runtimeHandlers features',
  NamespaceStatus: 'conditions',
  DeploymentSpec: 'paused',
  StatefulSetSpec: 'volumeClaimTemplates ordinals',
  RollingUpdateStatefulSetStrategy: 'maxUnavailable',
  WorkloadStatus: 'collisionCount currentRevision updateRevision terminatingReplicas',
  Event: 'action related reportingComponent reportingInstance series eventTime',
}).map(([m, names]) => [m, new Set(names.split(' '))]));

/** Go types of string fields that are named types in k8s.io/api (they appear in type errors). */
const NAMED_TYPES: Readonly<Record<string, string>> = {
  'ObjectMeta.uid': 'types.UID', 'OwnerReference.uid': 'types.UID', 'ObjectReference.uid': 'types.UID',
  'PodSpec.restartPolicy': 'v1.RestartPolicy', 'PodSpec.dnsPolicy': 'v1.DNSPolicy', 'Container.imagePullPolicy': 'v1.PullPolicy',
  'ContainerPort.protocol': 'v1.Protocol', 'Toleration.operator': 'v1.TolerationOperator', 'Toleration.effect': 'v1.TaintEffect',
  'Taint.effect': 'v1.TaintEffect', 'PodStatus.phase': 'v1.PodPhase', 'PodStatus.qosClass': 'v1.PodQOSClass',
  'PodCondition.type': 'v1.PodConditionType', 'PodCondition.status': 'v1.ConditionStatus',
  'NodeAddress.type': 'v1.NodeAddressType', 'NodeCondition.type': 'v1.NodeConditionType', 'NodeCondition.status': 'v1.ConditionStatus',
  'NamespaceStatus.phase': 'v1.NamespacePhase', 'NamespaceSpec.finalizers': 'v1.FinalizerName',
  'LabelSelectorRequirement.operator': 'v1.LabelSelectorOperator', 'DeploymentStrategy.type': 'v1.DeploymentStrategyType',
  'StatefulSetSpec.podManagementPolicy': 'v1.PodManagementPolicyType', 'WorkloadCondition.status': 'v1.ConditionStatus',
  'NodeStatus.capacity': 'v1.ResourceList', 'NodeStatus.allocatable': 'v1.ResourceList',
  'ResourceRequirements.limits': 'v1.ResourceList', 'ResourceRequirements.requests': 'v1.ResourceList',
  'Container.terminationMessagePolicy': 'v1.TerminationMessagePolicy', 'PodSpec.preemptionPolicy': 'v1.PreemptionPolicy',
  'StatefulSetUpdateStrategy.type': 'v1.StatefulSetUpdateStrategyType',
  'StatefulSetPersistentVolumeClaimRetentionPolicy.whenDeleted': 'v1.PersistentVolumeClaimRetentionPolicyType',
  'StatefulSetPersistentVolumeClaimRetentionPolicy.whenScaled': 'v1.PersistentVolumeClaimRetentionPolicyType',
};

/** Go struct names of messages netsim shares between kinds. */
const GO_STRUCTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Deployment: { WorkloadStatus: 'DeploymentStatus', WorkloadCondition: 'DeploymentCondition' },
  StatefulSet: { WorkloadStatus: 'StatefulSetStatus', WorkloadCondition: 'StatefulSetCondition' },
};

/** Maps of resource.Quantity: a number is as good as a string there. */
const QUANTITY_MAPS: ReadonlySet<string> = new Set(['NodeStatus.capacity', 'NodeStatus.allocatable',
  'ResourceRequirements.limits', 'ResourceRequirements.requests']);

const INT_RANGE: Readonly<Record<string, readonly [number, number]>> = {
  int32: [-(2 ** 31), 2 ** 31 - 1], sint32: [-(2 ** 31), 2 ** 31 - 1], uint32: [0, 2 ** 32 - 1],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER], sint64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

/** fatal: the type error came from an UnmarshalJSON method, which stops decoding and wins over saved ones. */
interface Ctx { kind: string; typeError?: string; fatal?: boolean; unknown: string[] }
/** Where a value sits: `path` for unknown fields (spec.containers[0]), `stack` + `struct` for type errors. */
interface At { path: string; stack: readonly string[]; struct: string; owner: string }

/**
 * One manifest document (already parsed) as a domain object, decoded as kube-apiserver does with
 * fieldValidation=Strict. No defaulting or validation. Throws NoKindMatchError for a kind or
 * apiVersion netsim does not serve, BadRequestError for a missing kind/apiVersion, a value of
 * the wrong type (the first, in Go's sorted-key order) or unknown fields (all of them).
 */
export function decodeManifest(doc: unknown): Resource {
  if (!isObject(doc)) throw new BadRequestError(`json: cannot unmarshal ${jsonKind(doc)} into Go value of type map[string]interface {}`);
  const kind = typeof doc.kind === 'string' ? doc.kind : '';
  const apiVersion = typeof doc.apiVersion === 'string' ? doc.apiVersion : '';
  if (!kind) throw new BadRequestError(`Object 'Kind' is missing in '${goJson(doc)}'`);
  if (!apiVersion) throw new BadRequestError(`Object 'apiVersion' is missing in '${goJson(doc)}'`);
  const info = Object.values(KINDS).find((k) => k.kind === kind && k.apiVersion === apiVersion);
  if (!info) throw new NoKindMatchError(kind, apiVersion);
  const ctx: Ctx = { kind, unknown: [] };
  const decoded = decodeMessage(MESSAGE_OF_KIND[info.kind], doc, '', [], ctx);
  // apiserver handlers transformDecodeError: `%s in version %q cannot be handled as a %s: %v`.
  const prefix = `${kind} in version "${apiVersion.slice(apiVersion.lastIndexOf('/') + 1)}" cannot be handled as a ${kind}: `;
  if (ctx.typeError) throw new BadRequestError(prefix + ctx.typeError);
  if (ctx.unknown.length) {
    // sigs.k8s.io/json keeps at most 100 strict errors, deduplicated, in decode order.
    const fields = [...new Set(ctx.unknown)].slice(0, 100).map((p) => `unknown field "${p}"`);
    throw new BadRequestError(`${prefix}strict decoding error: ${fields.join(', ')}`);
  }
  return fromProto(info.kind, decoded);
}

// kubectl sends JSON marshalled from a map, so the apiserver sees keys sorted at every level.
function decodeMessage(fullName: string, value: Record<string, unknown>, path: string, stack: readonly string[], ctx: Ctx): Record<string, unknown> {
  const shape = describeMessage(fullName);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const f = shape.byName.get(key);
    const at: At = { path: path ? `${path}.${key}` : key, stack: [...stack, key], struct: goStruct(shape.name, ctx), owner: `${shape.name}.${key}` };
    if (!f) {
      if (!IGNORED[shape.name]?.has(key)) ctx.unknown.push(at.path);
      continue;
    }
    const v = value[key];
    if (v === null || v === undefined) continue;               // Go: null leaves the zero value
    const decoded = decodeField(f, v, at, ctx);
    if (decoded !== undefined) out[key] = decoded;
  }
  return out;
}

function decodeField(f: FieldShape, v: unknown, at: At, ctx: Ctx): unknown {
  const elemType = goType(f, at.owner, ctx);
  if (f.label === 'repeated') {
    if (!Array.isArray(v)) return typeError(ctx, at, jsonKind(v), `[]${elemType}`);
    return v.map((e, i) => decodeValue(f.type, e ?? zeroJson(f.type), { ...at, path: `${at.path}[${i}]` }, elemType, ctx));
  }
  if (f.label === 'map') {
    const mapType = NAMED_TYPES[at.owner] ?? `map[string]${elemType}`;
    if (!isObject(v)) return typeError(ctx, at, jsonKind(v), mapType);
    const quantity = QUANTITY_MAPS.has(at.owner);
    return Object.fromEntries(Object.keys(v).sort().map((k) => {
      const e = v[k];
      if (quantity && typeof e === 'number') return [k, String(e)];
      return [k, e === null ? '' : decodeValue(f.type, e, at, quantity ? 'resource.Quantity' : elemType, ctx)];
    }));
  }
  return decodeValue(f.type, v, at, elemType, ctx);
}

function decodeValue(t: ValueType, v: unknown, at: At, type: string, ctx: Ctx): unknown {
  if (t.kind === 'message' && t.message === INT_OR_STRING) return decodeIntOrString(v, at, ctx);
  if (t.kind === 'message') return isObject(v) ? decodeMessage(t.message, v, at.path, at.stack, ctx) : typeError(ctx, at, jsonKind(v), type);
  if (t.kind === 'enum') return typeof v === 'string' ? v : typeError(ctx, at, jsonKind(v), type);
  const s = t.scalar;
  if (s === 'string' || s === 'bytes') return typeof v === 'string' ? v : typeError(ctx, at, jsonKind(v), type);
  if (s === 'bool') return typeof v === 'boolean' ? v : typeError(ctx, at, jsonKind(v), type);
  if (typeof v !== 'number') return typeError(ctx, at, jsonKind(v), type);
  const range = INT_RANGE[s];
  // encoding/json literalStore: a fraction or an overflow is `number <literal>`.
  if (range && (!Number.isInteger(v) || v < range[0] || v > range[1])) return typeError(ctx, at, `number ${v}`, type);
  return v;
}

/** Go's UnmarshalTypeError with decode context; only the first one is kept (saveError). */
function typeError(ctx: Ctx, at: At, value: string, type: string): undefined {
  if (!ctx.fatal) ctx.typeError ??= `json: cannot unmarshal ${value} into Go struct field ${at.struct}.${at.stack.join('.')} of type ${type}`;
  return undefined;
}

/**
 * intstr.IntOrString.UnmarshalJSON: a JSON string is strVal, anything else is json.Unmarshal
 * into IntVal (an int32), whose error is returned, not saved, and gets the field's context.
 */
function decodeIntOrString(v: unknown, at: At, ctx: Ctx): unknown {
  if (typeof v === 'string') return { strVal: v };
  if (typeof v === 'number' && Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31) return { intVal: v };
  if (!ctx.fatal) {
    ctx.typeError = undefined;
    typeError(ctx, at, typeof v === 'number' ? `number ${v}` : jsonKind(v), 'int32');
    ctx.fatal = true;
  }
  return undefined;
}

function goType(f: FieldShape, owner: string, ctx: Ctx): string {
  if (f.type.kind === 'message') return `v1.${goStruct(describeMessage(f.type.message).name, ctx)}`;
  if (f.label !== 'map' && NAMED_TYPES[owner]) return NAMED_TYPES[owner];
  return f.type.kind === 'enum' ? 'string' : f.type.scalar;
}

function goStruct(message: string, ctx: Ctx): string {
  return GO_STRUCTS[ctx.kind]?.[message] ?? message;
}

function zeroJson(t: ValueType): unknown {
  return t.kind === 'message' ? {} : t.kind === 'scalar' && t.scalar === 'bool' ? false : t.kind === 'scalar' && t.scalar !== 'string' ? 0 : '';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** The JSON kind word encoding/json uses in UnmarshalTypeError.Value. */
function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number' || typeof v === 'string') return typeof v;
  return v === null || v === undefined ? 'null' : 'object';
}

/** json.Marshal of a map: sorted keys, compact, <>& escaped. */
function goJson(v: unknown): string {
  const sorted = (x: unknown): unknown => Array.isArray(x) ? x.map(sorted)
    : isObject(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, sorted(x[k])])) : x;
  return JSON.stringify(sorted(v)).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

/** The documents of a body, and the error that stopped reading, if any (docs before it are kept). */
export interface SplitManifests { documents: unknown[]; error?: ManifestSyntaxError }

// go-yaml v2 (sigs.k8s.io/yaml) is YAML 1.1 (yes/no/on/off are booleans, 0755 is octal) but
// leaves timestamps as strings when decoding into interface{}; a repeated key keeps the last value.
const dropTimestamps = (tags: Tags): Tags => tags.filter((t) => typeof t !== 'object' || t.tag !== 'tag:yaml.org,2002:timestamp');

/**
 * Splits a multi-document YAML or JSON body as kubectl's YAMLOrJSONDecoder does: empty
 * documents are skipped, `kind: List` (or any *List with items) expands to its items, and
 * reading stops at the first document that does not parse.
 */
export function splitManifests(body: string): SplitManifests {
  const documents: unknown[] = [];
  const docs = parseAllDocuments(body, { version: '1.1', uniqueKeys: false, merge: true, customTags: dropTimestamps });
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    if (doc.errors.length) return { documents, error: new ManifestSyntaxError(`error converting YAML to JSON: ${goYamlError(body, doc.errors[0])}`) };
    expandInto(documents, doc.toJS({ maxAliasCount: 100 }));
  }
  return { documents };
}

function expandInto(out: unknown[], value: unknown): void {
  if (value === null || value === undefined) return;
  if (isObject(value) && typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
    for (const item of value.items) expandInto(out, item);
    return;
  }
  out.push(value);
}

/**
 * go-yaml's wording for the `yaml` package's error. go-yaml prints `line N: ` from the
 * problem's 0-based line within the document: +1 for scanner errors, as is for parser errors,
 * and nothing at all when that line is 0 (yaml.go `(*parser).fail`).
 */
function goYamlError(body: string, err: YAMLError): string {
  const absLine = err.linePos?.[0].line ?? 1;
  const line0 = absLine - 1 - documentStartLine(body, absLine);
  const [message, scanner, lineShift] = goYamlMessage(err);
  const problem = line0 + lineShift;
  const shown = scanner ? (problem !== 0 ? problem + 1 : 0) : problem;
  return `yaml: ${shown > 0 ? `line ${shown}: ` : ''}${message}`;
}

/** [go-yaml message, is a scanner error, line shift of go-yaml's problem mark]. */
function goYamlMessage(err: YAMLError): [string, boolean, number] {
  const m = err.message;
  switch (err.code) {
    case 'BLOCK_AS_IMPLICIT_KEY': return ['mapping values are not allowed in this context', true, 0];
    case 'TAB_AS_INDENT': return ['found character that cannot start any token', true, 0];
    case 'MISSING_CHAR':
      if (m.startsWith('Missing closing')) return ['found unexpected end of stream', true, 0];
      if (m.includes('followed by map values')) return ["could not find expected ':'", true, 1];
      return ['did not find expected key', false, 0];
    case 'BAD_INDENT':
      if (m.startsWith('Flow sequence')) return ["did not find expected ',' or ']'", false, 0];
      if (m.startsWith('Flow map')) return ["did not find expected ',' or '}'", false, 0];
      return ['did not find expected key', false, 0];
    case 'MULTILINE_IMPLICIT_KEY': case 'UNEXPECTED_TOKEN':
      return ['did not find expected key', false, 0];
    default:
      return [m.replace(/ at line \d+, column \d+[\s\S]*$/, ''), false, 0];
  }
}

/** Lines before the document holding `line` (1-based): kubectl splits at `---` lines first. */
function documentStartLine(body: string, line: number): number {
  const lines = body.split('\n');
  for (let i = Math.min(line, lines.length) - 2; i >= 0; i--) if (/^---(\s|$)/.test(lines[i])) return i + 1;
  return 0;
}
