// `kubectl describe` for deployments, statefulsets and namespaces (describe.go describeDeployment,
// describeStatefulSet, DescribePodTemplate, describeNamespace) and, for any other kind, the
// generic describer that walks the object's fields. Imports only sibling print modules.
import type { Instant } from './age.js';
import { describeEvents, printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline } from './describe-fields.js';
import { describeContainers, type DescribeOptions } from './describe-pod.js';
import { formatRfc1123z, LEVEL_0, LEVEL_1, PrefixWriter } from './describe-writer.js';
import { smartLabelFor } from './describe-label.js';
import { sprint } from './go-fmt.js';
import { fromJson, goKind, type GoValue } from './go-value.js';
import { num, type EventShape, type KubeObject, type NamespaceShape, type PodShape, type PodTemplateShape, type WorkloadShape } from './kube-shapes.js';
import { byCodeUnit, formatLabelSelector } from './label-selector.js';
import { desiredReplicas } from './table-workloads.js';

/** A ReplicaSet as describe deployment lists it: `name (replicas/desired replicas created)`. */
export interface ReplicaSetSummary { name: string; replicas: number; desired: number }

export interface DescribeGenericOptions extends DescribeOptions {
  /** Deployments: the old and new ReplicaSets (the lines are left out when both are empty). */
  replicaSets?: { old: ReplicaSetSummary[]; new: ReplicaSetSummary[] };
  /** StatefulSets: the pods, for the `Pods Status` counts (those the set controls are counted). */
  pods?: readonly PodShape[];
}

/** kubectl describe for a Deployment, StatefulSet or Namespace, or the generic field listing for any other kind. */
export function describeGeneric(obj: KubeObject, events: readonly EventShape[], now: Instant, opts: DescribeGenericOptions = {}): string {
  switch (obj.kind) {
    case 'Deployment': return describeDeployment(obj as WorkloadShape, events, now, opts);
    case 'StatefulSet': return describeStatefulSet(obj as WorkloadShape, events, now, opts);
    case 'Namespace': return describeNamespace(obj as NamespaceShape);
    default: return describeUnstructured(obj, events, now);
  }
}

function describeDeployment(d: WorkloadShape, events: readonly EventShape[], now: Instant, opts: DescribeGenericOptions): string {
  const w = new PrefixWriter();
  const st = d.status ?? {};
  const strategy = d.spec?.strategy?.type || 'RollingUpdate';
  w.write(LEVEL_0, `Name:\t${d.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${d.metadata?.namespace ?? ''}\n`);
  w.write(LEVEL_0, `CreationTimestamp:\t${formatRfc1123z(d.metadata?.creationTimestamp, opts.utcOffsetMinutes)}\n`);
  printLabelsMultiline(w, 'Labels', d.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', d.metadata?.annotations);
  w.write(LEVEL_0, `Selector:\t${formatLabelSelector(d.spec?.selector)}\n`);
  w.write(LEVEL_0, `Replicas:\t${desiredReplicas(d)} desired | ${num(st.updatedReplicas)} updated | ${num(st.replicas)} total | ` +
    `${num(st.availableReplicas)} available | ${num(st.unavailableReplicas)} unavailable\n`);
  w.write(LEVEL_0, `StrategyType:\t${strategy}\n`);
  w.write(LEVEL_0, `MinReadySeconds:\t${num(d.spec?.minReadySeconds)}\n`);
  if (strategy === 'RollingUpdate') {
    const ru = d.spec?.strategy?.rollingUpdate ?? {};
    w.write(LEVEL_0, `RollingUpdateStrategy:\t${ru.maxUnavailable ?? '25%'} max unavailable, ${ru.maxSurge ?? '25%'} max surge\n`);
  }
  describePodTemplate(w, d.spec?.template);
  if ((st.conditions ?? []).length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
    w.write(LEVEL_1, '----\t------\t------\n');
    for (const c of st.conditions!) w.write(LEVEL_1, `${c.type ?? ''} \t${c.status ?? ''}\t${c.reason ?? ''}\n`);
  }
  const rs = opts.replicaSets;
  if (rs && (rs.old.length > 0 || rs.new.length > 0)) {
    const list = (l: ReplicaSetSummary[]) => l.map((r) => `${r.name} (${r.replicas}/${r.desired} replicas created)`).join(', ') || '<none>';
    w.write(LEVEL_0, `OldReplicaSets:\t${list(rs.old)}\n`);
    w.write(LEVEL_0, `NewReplicaSet:\t${list(rs.new)}\n`);
  }
  describeEvents(w, events, now);
  return w.text();
}

function describeStatefulSet(s: WorkloadShape, events: readonly EventShape[], now: Instant, opts: DescribeGenericOptions): string {
  const w = new PrefixWriter();
  const spec = s.spec ?? {};
  w.write(LEVEL_0, `Name:\t${s.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${s.metadata?.namespace ?? ''}\n`);
  w.write(LEVEL_0, `CreationTimestamp:\t${formatRfc1123z(s.metadata?.creationTimestamp, opts.utcOffsetMinutes)}\n`);
  w.write(LEVEL_0, `Selector:\t${formatLabelSelector(spec.selector)}\n`);
  printLabelsMultiline(w, 'Labels', s.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', s.metadata?.annotations);
  if (spec.serviceName) w.write(LEVEL_0, `Service Name:\t${spec.serviceName}\n`);
  w.write(LEVEL_0, `Pod Management Policy:\t${spec.podManagementPolicy || 'OrderedReady'}\n`);
  w.write(LEVEL_0, `Replicas:\t${desiredReplicas(s)} desired | ${num(s.status?.replicas)} total\n`);
  const update = spec.updateStrategy?.type || 'RollingUpdate';
  w.write(LEVEL_0, `Update Strategy:\t${update}\n`);
  if (update === 'RollingUpdate') w.write(LEVEL_1, `Partition:\t${num(spec.updateStrategy?.rollingUpdate?.partition)}\n`);
  w.write(LEVEL_0, 'Persistent Volume Claim Retention Policy:\n');
  w.write(LEVEL_1, 'WhenDeleted:\tRetain\n');
  w.write(LEVEL_1, 'WhenScaled:\tRetain\n');
  const c = podStatusCounts(s, opts.pods ?? []);
  w.write(LEVEL_0, `Pods Status:\t${c.Running} Running / ${c.Pending} Waiting / ${c.Succeeded} Succeeded / ${c.Failed} Failed\n`);
  describePodTemplate(w, spec.template);
  w.write(LEVEL_0, 'Volume Claims:\t<none>\n');
  describeEvents(w, events, now);
  return w.text();
}

// getPodStatusForController: phases of the pods whose controller reference is this object.
function podStatusCounts(owner: KubeObject, pods: readonly PodShape[]): Record<'Running' | 'Pending' | 'Succeeded' | 'Failed', number> {
  const counts = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 };
  for (const p of pods) {
    const ref = p.metadata?.ownerReferences?.find((r) => r.controller);
    const mine = ref && (owner.metadata?.uid ? ref.uid === owner.metadata.uid : ref.kind === owner.kind && ref.name === owner.metadata?.name);
    const phase = p.status?.phase as keyof typeof counts | undefined;
    if (mine && phase && phase in counts) counts[phase]++;
  }
  return counts;
}

/** DescribePodTemplate. */
function describePodTemplate(w: PrefixWriter, t: PodTemplateShape | undefined): void {
  w.write(LEVEL_0, 'Pod Template:\n');
  if (!t) { w.write(LEVEL_1, '<unset>'); return; }
  printLabelsMultiline(w, '  Labels', t.metadata?.labels);
  if (Object.keys(t.metadata?.annotations ?? {}).length > 0) printAnnotationsMultiline(w, '  Annotations', t.metadata!.annotations);
  if (t.spec?.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${t.spec.serviceAccountName}\n`);
  if ((t.spec?.initContainers ?? []).length > 0) describeContainers(w, 'Init Containers', t.spec!.initContainers!, undefined, () => '', '  ');
  describeContainers(w, 'Containers', t.spec?.containers ?? [], undefined, () => '', '  ');
  w.write(LEVEL_0, '  Volumes:\t<none>\n');
  printLabelsMultiline(w, '  Node-Selectors', t.spec?.nodeSelector);
  printTolerationsMultiline(w, '  Tolerations', t.spec?.tolerations);
}

function describeNamespace(ns: NamespaceShape): string {
  const w = new PrefixWriter();
  w.write(LEVEL_0, `Name:\t${ns.metadata?.name ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', ns.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', ns.metadata?.annotations);
  w.write(LEVEL_0, `Status:\t${ns.status?.phase ?? ''}\n`);
  w.write(LEVEL_0, '\n');
  w.write(LEVEL_0, 'No resource quota.\n');
  w.write(LEVEL_0, '\n');
  w.write(LEVEL_0, 'No LimitRange resource.\n');
  return w.text();
}

const GENERIC_SKIP = ['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations'];

// describe.go genericDescriber: header fields, then every other field, sorted, with smart labels.
function describeUnstructured(obj: KubeObject, events: readonly EventShape[], now: Instant): string {
  const w = new PrefixWriter();
  w.write(LEVEL_0, `Name:\t${obj.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${obj.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', obj.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', obj.metadata?.annotations);
  printUnstructured(w, LEVEL_0, fromJson(obj) as Record<string, GoValue>, '');
  describeEvents(w, events, now);
  return w.text();
}

function printUnstructured(w: PrefixWriter, level: number, content: Record<string, GoValue>, prefix: string): void {
  for (const field of Object.keys(content).sort(byCodeUnit)) {
    const value = content[field];
    const path = `${prefix}.${field}`;
    if (GENERIC_SKIP.includes(path)) continue;
    if (Array.isArray(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      for (const child of value) {
        if (goKind(child) === 'map') {
          printUnstructured(w, level + 1, child as Record<string, GoValue>, path);
        } else w.write(level + 1, `${sprint([child])}\n`);
      }
    } else if (goKind(value) === 'map') {
      w.write(level, `${smartLabelFor(field)}:\n`);
      printUnstructured(w, level + 1, value as Record<string, GoValue>, path);
    } else w.write(level, `${smartLabelFor(field)}:\t${sprint([value])}\n`);
  }
}
