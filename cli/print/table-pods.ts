// `kubectl get pods`: printers.go printPod (READY, STATUS, RESTARTS with "(5m ago)", and the
// wide IP/NODE/NOMINATED NODE/READINESS GATES columns). Imports only sibling print modules.
import { translateTimestampSince, type Instant } from './age.js';
import { num, type ContainerShape, type ContainerStatusShape, type PodShape } from './kube-shapes.js';
import type { KindPrinter } from './table.js';

export interface PodSummary {
  ready: string;     // "1/2"
  status: string;    // Running, Completed, CrashLoopBackOff, Init:0/1, Terminating, ...
  restarts: string;  // "0" or "2 (10s ago)"
}

/** printPod's READY, STATUS and RESTARTS cells. */
export function summarizePod(pod: PodShape, now: Instant): PodSummary {
  const spec = pod.spec ?? {};
  const status = pod.status ?? {};
  const initSpecs = new Map((spec.initContainers ?? []).map((c) => [c.name ?? '', c]));
  const total = (spec.containers ?? []).length + [...initSpecs.values()].filter(isRestartable).length;
  let reason = status.reason || status.phase || '';
  for (const c of status.conditions ?? []) {
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';
  }
  const init = walkInitContainers(pod, initSpecs);
  if (init.reason !== undefined) reason = init.reason;
  let ready = init.ready;
  let restarts = init.restarts;
  let lastRestart = init.lastRestart;
  if (!init.initializing || conditionTrue(pod, 'Initialized')) {
    const main = walkContainers(pod, reason);
    reason = main.reason;
    ready += main.ready;
    restarts = init.sidecarRestarts + main.restarts;
    lastRestart = Math.max(init.sidecarLastRestart, main.lastRestart);
  }
  const terminal = status.phase === 'Succeeded' || status.phase === 'Failed';
  if (pod.metadata?.deletionTimestamp && status.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata?.deletionTimestamp && !terminal) reason = 'Terminating';
  let restartsStr = String(restarts);
  if (restarts !== 0 && lastRestart > ZERO) {
    restartsStr = `${restarts} (${translateTimestampSince(new Date(lastRestart).toISOString(), now)} ago)`;
  }
  return { ready: `${ready}/${total}`, status: reason, restarts: restartsStr };
}

/** No restart seen yet; Go's zero time.Time (which an explicit 0001-01-01 also maps to). */
const ZERO = Number.NEGATIVE_INFINITY;
const GO_ZERO_TIME = Date.parse('0001-01-01T00:00:00Z');

interface InitWalk {
  reason?: string;
  initializing: boolean;
  ready: number;
  restarts: number;
  lastRestart: number;
  sidecarRestarts: number;
  sidecarLastRestart: number;
}

// The init-container loop of printPod: stops at the first init container that has neither
// exited 0 nor (as a restartable sidecar) started.
function walkInitContainers(pod: PodShape, specs: Map<string, ContainerShape>): InitWalk {
  const w: InitWalk = { initializing: false, ready: 0, restarts: 0, lastRestart: ZERO, sidecarRestarts: 0, sidecarLastRestart: ZERO };
  const statuses = pod.status?.initContainerStatuses ?? [];
  const count = (pod.spec?.initContainers ?? []).length;
  for (let i = 0; i < statuses.length; i++) {
    const c = statuses[i];
    const sidecar = isRestartable(specs.get(c.name ?? ''));
    w.restarts += num(c.restartCount);
    w.lastRestart = Math.max(w.lastRestart, finishedAt(c));
    if (sidecar) {
      w.sidecarRestarts += num(c.restartCount);
      w.sidecarLastRestart = Math.max(w.sidecarLastRestart, finishedAt(c));
    }
    const term = c.state?.terminated;
    const waiting = c.state?.waiting;
    if (term && num(term.exitCode) === 0) continue;
    if (sidecar && c.started) { if (c.ready) w.ready++; continue; }
    if (term) {
      w.reason = term.reason ? `Init:${term.reason}`
        : num(term.signal) !== 0 ? `Init:Signal:${num(term.signal)}` : `Init:ExitCode:${num(term.exitCode)}`;
    } else if (waiting?.reason && waiting.reason !== 'PodInitializing') {
      w.reason = `Init:${waiting.reason}`;
    } else {
      w.reason = `Init:${i}/${count}`;
    }
    w.initializing = true;
    break;
  }
  return w;
}

// The app-container loop of printPod, walked from the last container to the first, so the
// first container's state wins.
function walkContainers(pod: PodShape, reason: string): { reason: string; ready: number; restarts: number; lastRestart: number } {
  const statuses = pod.status?.containerStatuses ?? [];
  let ready = 0, restarts = 0, lastRestart = ZERO, hasRunning = false;
  for (let i = statuses.length - 1; i >= 0; i--) {
    const c = statuses[i];
    restarts += num(c.restartCount);
    lastRestart = Math.max(lastRestart, finishedAt(c));
    const term = c.state?.terminated;
    if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
    else if (term?.reason) reason = term.reason;
    else if (term) reason = num(term.signal) !== 0 ? `Signal:${num(term.signal)}` : `ExitCode:${num(term.exitCode)}`;
    else if (c.ready && c.state?.running) { hasRunning = true; ready++; }
  }
  if (reason === 'Completed' && hasRunning) reason = conditionTrue(pod, 'Ready') ? 'Running' : 'NotReady';
  return { reason, ready, restarts, lastRestart };
}

function finishedAt(c: ContainerStatusShape): number {
  const t = c.lastState?.terminated;
  if (!t?.finishedAt) return ZERO;
  const ms = Date.parse(t.finishedAt);
  return Number.isNaN(ms) || ms === GO_ZERO_TIME ? ZERO : ms;
}

function isRestartable(c: ContainerShape | undefined): boolean {
  return c?.restartPolicy === 'Always';
}

function conditionTrue(pod: PodShape, type: string): boolean {
  return (pod.status?.conditions ?? []).some((c) => c.type === type && c.status === 'True');
}

/** printPod's READINESS GATES cell: `true/total` or `<none>`. */
function readinessGates(pod: PodShape): string {
  const gates = pod.spec?.readinessGates ?? [];
  if (gates.length === 0) return '<none>';
  const conds = pod.status?.conditions ?? [];
  const ok = gates.filter((g) => conds.find((c) => c.type === g.conditionType)?.status === 'True').length;
  return `${ok}/${gates.length}`;
}

export const podPrinter: KindPrinter<PodShape> = {
  kindPrefix: 'pod',
  columns: [
    { name: 'Name', format: 'name' }, { name: 'Ready' }, { name: 'Status' }, { name: 'Restarts' }, { name: 'Age' },
    { name: 'IP', priority: 1 }, { name: 'Node', priority: 1 },
    { name: 'Nominated Node', priority: 1 }, { name: 'Readiness Gates', priority: 1 },
  ],
  cells(pod, { now }) {
    const s = summarizePod(pod, now);
    return [
      pod.metadata?.name ?? '', s.ready, s.status, s.restarts, translateTimestampSince(pod.metadata?.creationTimestamp, now),
      // The internal podIPs, which conversion fills from podIP when only that is set.
      pod.status?.podIPs?.[0]?.ip || pod.status?.podIP || '<none>', pod.spec?.nodeName || '<none>',
      pod.status?.nominatedNodeName || '<none>', readinessGates(pod),
    ];
  },
};
