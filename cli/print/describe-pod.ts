// `kubectl describe pod`: describe.go describePod, describeContainers and describeStatus — the
// header fields, the IP/IPs block, each container's image, ports, state, readiness, restarts
// and environment, conditions, QoS, tolerations and events. Imports only sibling print modules.
import type { Instant } from './age.js';
import { translateTimestampSince } from './age.js';
import { describeEvents, printLabelsMultiline, printAnnotationsMultiline, printTolerationsMultiline } from './describe-fields.js';
import { formatRfc1123z, LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, PrefixWriter } from './describe-writer.js';
import { num, type ContainerShape, type ContainerStatusShape, type EventShape, type PodShape, type StateShape } from './kube-shapes.js';

export interface DescribeOptions {
  /** Minutes east of UTC for timestamps (kubectl prints the local zone, which is the default). */
  utcOffsetMinutes?: number;
}

/** The exact text of `kubectl describe pod`, given the pod's events. */
export function describePod(pod: PodShape, events: readonly EventShape[], now: Instant, opts: DescribeOptions = {}): string {
  const w = new PrefixWriter();
  const tz = opts.utcOffsetMinutes;
  const meta = pod.metadata ?? {};
  const spec = pod.spec ?? {};
  const status = pod.status ?? {};
  describeHeader(w, pod, now, tz);
  const resolve = (path: string): string => (path === 'metadata.name' ? meta.name ?? '' : path === 'metadata.namespace' ? meta.namespace ?? '' : '');
  if ((spec.initContainers ?? []).length > 0) {
    describeContainers(w, 'Init Containers', spec.initContainers!, status.initContainerStatuses, resolve, '', tz);
  }
  describeContainers(w, 'Containers', spec.containers ?? [], status.containerStatuses, resolve, '', tz);
  describeReadinessGates(w, pod);
  if ((status.conditions ?? []).length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n');
    for (const c of status.conditions!) w.write(LEVEL_1, `${c.type ?? ''} \t${c.status ?? ''} \n`);
  }
  w.write(LEVEL_0, 'Volumes:\t<none>\n');
  w.write(LEVEL_0, `QoS Class:\t${status.qosClass || 'BestEffort'}\n`);
  printLabelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
  printTolerationsMultiline(w, 'Tolerations', spec.tolerations);
  describeEvents(w, events, now);
  return w.text();
}

// describePod up to the containers: identity, node, times, labels, status and addresses.
function describeHeader(w: PrefixWriter, pod: PodShape, now: Instant, tz: number | undefined): void {
  const meta = pod.metadata ?? {};
  const spec = pod.spec ?? {};
  const status = pod.status ?? {};
  w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
  if (spec.priority !== undefined && spec.priority !== null) w.write(LEVEL_0, `Priority:\t${num(spec.priority)}\n`);
  if (spec.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${spec.serviceAccountName}\n`);
  w.write(LEVEL_0, spec.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n');
  if (status.startTime) w.write(LEVEL_0, `Start Time:\t${formatRfc1123z(status.startTime, tz)}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  if (meta.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
    w.write(LEVEL_0, `Status:\tTerminating (lasts ${translateTimestampSince(meta.deletionTimestamp, now)})\n`);
    w.write(LEVEL_0, `Termination Grace Period:\t${num(meta.deletionGracePeriodSeconds ?? 30)}s\n`);
  } else w.write(LEVEL_0, `Status:\t${status.phase ?? ''}\n`);
  if (status.reason) w.write(LEVEL_0, `Reason:\t${status.reason}\n`);
  if (status.message) w.write(LEVEL_0, `Message:\t${status.message}\n`);
  w.write(LEVEL_0, `IP:\t${status.podIP ?? ''}\n`);
  describePodIPs(w, pod);
  const controller = meta.ownerReferences?.find((r) => r.controller);
  if (controller) w.write(LEVEL_0, `Controlled By:\t${controller.kind}/${controller.name}\n`);
  if (status.nominatedNodeName) w.write(LEVEL_0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
}

function describePodIPs(w: PrefixWriter, pod: PodShape): void {
  const ips = pod.status?.podIPs ?? [];
  if (ips.length === 0) { w.write(LEVEL_0, 'IPs:\t<none>\n'); return; }
  w.write(LEVEL_0, 'IPs:\n');
  for (const ip of ips) w.write(LEVEL_1, `IP:\t${ip.ip ?? ''}\n`);
}

function describeReadinessGates(w: PrefixWriter, pod: PodShape): void {
  const gates = pod.spec?.readinessGates ?? [];
  if (gates.length === 0) return;
  w.write(LEVEL_0, 'Readiness Gates:\n  Type\tStatus\n');
  for (const g of gates) {
    const c = (pod.status?.conditions ?? []).find((x) => x.type === g.conditionType);
    w.write(LEVEL_1, `${g.conditionType ?? ''} \t${c ? c.status ?? '' : '<none>'} \n`);
  }
}

/**
 * describe.go describeContainers: `space` is "" for a pod and "  " inside a pod template;
 * `resolve` gives a fieldRef's value (kubectl resolves only metadata.name and metadata.namespace).
 */
export function describeContainers(w: PrefixWriter, label: string, containers: ContainerShape[], statuses: ContainerStatusShape[] | undefined,
  resolve: (fieldPath: string) => string, space: string, tz?: number): void {
  const byName = new Map((statuses ?? []).map((s) => [s.name ?? '', s]));
  w.write(LEVEL_0, `${space}${label}:${containers.length === 0 ? ' <none>' : ''}\n`);
  const nameIndent = space ? ' ' : '';
  for (const c of containers) {
    const st = byName.get(c.name ?? '');
    w.write(LEVEL_1, `${nameIndent}${c.name ?? ''}:\n`);
    if (st) w.write(LEVEL_2, `Container ID:\t${st.containerID ?? ''}\n`);
    w.write(LEVEL_2, `Image:\t${c.image ?? ''}\n`);
    if (st) w.write(LEVEL_2, `Image ID:\t${st.imageID ?? ''}\n`);
    describePorts(w, c);
    describeCommand(w, c);
    if (st) {
      describeState(w, 'State', st.state ?? {}, tz);
      if (st.lastState?.terminated) describeState(w, 'Last State', st.lastState, tz);
      w.write(LEVEL_2, `Ready:\t${st.ready ? 'True' : 'False'}\n`);
      w.write(LEVEL_2, `Restart Count:\t${num(st.restartCount)}\n`);
    }
    describeEnv(w, c, resolve);
    w.write(LEVEL_2, 'Mounts:\t<none>\n');
  }
}

// describeContainerPorts / describeContainerHostPorts: `80/TCP (http)`, comma-joined; a
// plural title when there are several.
function describePorts(w: PrefixWriter, c: ContainerShape): void {
  const ports = c.ports ?? [];
  const fmt = (n: number | undefined, p: (typeof ports)[number]) => `${num(n)}/${p.protocol || 'TCP'}${p.name ? ` (${p.name})` : ''}`;
  const port = ports.map((p) => fmt(p.containerPort, p)).join(', ');
  const host = ports.map((p) => fmt(p.hostPort, p)).join(', ');
  if (port.includes(',')) w.write(LEVEL_2, `Ports:\t${port}\n`);
  else w.write(LEVEL_2, `Port:\t${port || '<none>'}\n`);
  if (host.includes(',')) w.write(LEVEL_2, `Host Ports:\t${host}\n`);
  else w.write(LEVEL_2, `Host Port:\t${host || '<none>'}\n`);
}

function describeCommand(w: PrefixWriter, c: ContainerShape): void {
  if ((c.command ?? []).length > 0) {
    w.write(LEVEL_2, 'Command:\n');
    for (const part of c.command!) for (const line of part.split('\n')) w.write(LEVEL_3, `${line}\n`);
  }
  if ((c.args ?? []).length > 0) {
    w.write(LEVEL_2, 'Args:\n');
    for (const part of c.args!) for (const line of part.split('\n')) w.write(LEVEL_3, `${line}\n`);
  }
}

/** describe.go describeStatus. */
function describeState(w: PrefixWriter, title: string, s: StateShape, tz?: number): void {
  if (s.running) {
    w.write(LEVEL_2, `${title}:\tRunning\n`);
    w.write(LEVEL_3, `Started:\t${formatRfc1123z(s.running.startedAt, tz)}\n`);
  } else if (s.waiting) {
    w.write(LEVEL_2, `${title}:\tWaiting\n`);
    if (s.waiting.reason) w.write(LEVEL_3, `Reason:\t${s.waiting.reason}\n`);
  } else if (s.terminated) {
    const t = s.terminated;
    w.write(LEVEL_2, `${title}:\tTerminated\n`);
    if (t.reason) w.write(LEVEL_3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(LEVEL_3, `Message:\t${t.message}\n`);
    w.write(LEVEL_3, `Exit Code:\t${num(t.exitCode)}\n`);
    if (num(t.signal) > 0) w.write(LEVEL_3, `Signal:\t${num(t.signal)}\n`);
    w.write(LEVEL_3, `Started:\t${formatRfc1123z(t.startedAt, tz)}\n`);
    w.write(LEVEL_3, `Finished:\t${formatRfc1123z(t.finishedAt, tz)}\n`);
  } else w.write(LEVEL_2, `${title}:\tWaiting\n`);
}

// describeContainerEnvVars: literal values (continuation lines for multi-line ones) and fieldRefs
// as `NAME:\tVALUE (v1:status.podIPs)`.
function describeEnv(w: PrefixWriter, c: ContainerShape, resolve: (fieldPath: string) => string): void {
  const env = c.env ?? [];
  w.write(LEVEL_2, `Environment:${env.length === 0 ? '\t<none>' : ''}\n`);
  for (const e of env) {
    const ref = e.valueFrom?.fieldRef;
    if (ref) {
      const path = ref.fieldPath ?? '';
      w.write(LEVEL_3, `${e.name ?? ''}:\t${resolve(path)} (${ref.apiVersion || 'v1'}:${path})\n`);
      continue;
    }
    (e.value ?? '').split('\n').forEach((line, i) => {
      w.write(LEVEL_3, i === 0 ? `${e.name ?? ''}:\t${line}\n` : `\t${line}\n`);
    });
  }
}
