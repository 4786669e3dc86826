// The status a kubelet reports for a pod once its containers were started: container states
// from what each container's process does (exits or keeps running, port conflicts), phase,
// conditions and READY counts, as kubelet's generateAPIPodStatus computes them. Pure.
import type { ContainerState, ContainerStatus, Pod, PodCondition, PodPhase, PodStatus } from '../domain/types.js';

/** What one container's process did when started (daemon/exec/container.ts decides). */
export type ContainerOutcome =
  | { kind: 'exits'; exitCode: number }
  | { kind: 'runs' }
  | { kind: 'bind-failed' };          // its port was taken by an earlier container of the pod

export interface StartedPod {
  hostIPs: string[];
  podIPs: string[];
  outcomes: ContainerOutcome[];      // one per spec.containers entry
  images: { image: string; imageID: string; containerID: string }[];
  now: string;
}

export function runningStatus(pod: Pod, s: StartedPod): PodStatus {
  const restartPolicy = pod.spec.restartPolicy ?? 'Always';
  const statuses = pod.spec.containers.map((c, i): ContainerStatus => {
    const o = s.outcomes[i];
    const base = { name: c.name, ...s.images[i], started: false, ready: false, restartCount: 0 };
    if (o.kind === 'runs') return { ...base, started: true, ready: true, state: { running: { startedAt: s.now } } };
    const exitCode = o.kind === 'exits' ? o.exitCode : 1;
    const terminated: ContainerState = { terminated: { exitCode, reason: exitCode === 0 ? 'Completed' : 'Error', startedAt: s.now, finishedAt: s.now } };
    const restarts = restartPolicy === 'Always' || (restartPolicy === 'OnFailure' && exitCode !== 0);
    if (!restarts) return { ...base, state: terminated };
    // The kubelet restarts it with back-off: between restarts it waits in CrashLoopBackOff.
    return {
      ...base, restartCount: 1, lastState: terminated,
      state: { waiting: { reason: 'CrashLoopBackOff', message: `back-off 10s restarting failed container=${c.name} pod=${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})` } },
    };
  });
  const phase = podPhase(statuses, restartPolicy);
  const allReady = statuses.every((c) => c.ready);
  const completed = phase === 'Succeeded' || phase === 'Failed';
  const notReady = completed
    ? { reason: 'PodCompleted' }
    : { reason: 'ContainersNotReady', message: `containers with unready status: [${statuses.filter((c) => !c.ready).map((c) => c.name).join(' ')}]` };
  const cond = (type: PodCondition['type'], ok: boolean, extra: Partial<PodCondition> = {}): PodCondition =>
    ({ type, status: ok ? 'True' : 'False', lastProbeTime: null, lastTransitionTime: s.now, ...(ok ? {} : extra) });
  return {
    phase,
    conditions: [
      cond('PodReadyToStartContainers', !completed),
      cond('Initialized', true),
      cond('Ready', allReady && !completed, notReady),
      cond('ContainersReady', allReady && !completed, notReady),
      cond('PodScheduled', true),
    ],
    hostIP: s.hostIPs[0], hostIPs: s.hostIPs.map((ip) => ({ ip })),
    podIP: s.podIPs[0], podIPs: s.podIPs.map((ip) => ({ ip })),
    startTime: s.now, containerStatuses: statuses, qosClass: 'BestEffort',
  };
}

// kubelet getPhase: Succeeded/Failed only when no container will run again.
function podPhase(statuses: readonly ContainerStatus[], restartPolicy: string): PodPhase {
  const running = statuses.some((c) => c.state.running || c.state.waiting);
  if (running) return 'Running';
  const failed = statuses.some((c) => (c.state.terminated?.exitCode ?? 0) !== 0);
  if (restartPolicy === 'Always') return 'Running';
  return failed ? 'Failed' : 'Succeeded';
}

/** A pod that could not be placed (FailedScheduling) or given an IP (sandbox failure). */
export function pendingStatus(pod: Pod, now: string, why: { unschedulable: string } | { sandboxError: string; hostIPs: string[] }): PodStatus {
  if ('unschedulable' in why) {
    return {
      phase: 'Pending', qosClass: 'BestEffort',
      conditions: [{ type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: now, reason: 'Unschedulable', message: why.unschedulable }],
    };
  }
  return {
    phase: 'Pending', qosClass: 'BestEffort', hostIP: why.hostIPs[0], hostIPs: why.hostIPs.map((ip) => ({ ip })), startTime: now,
    conditions: [
      { type: 'PodReadyToStartContainers', status: 'False', lastProbeTime: null, lastTransitionTime: now },
      { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: now },
      { type: 'Ready', status: 'False', lastProbeTime: null, lastTransitionTime: now, reason: 'ContainersNotReady', message: `containers with unready status: [${pod.spec.containers.map((c) => c.name).join(' ')}]` },
      { type: 'ContainersReady', status: 'False', lastProbeTime: null, lastTransitionTime: now, reason: 'ContainersNotReady', message: `containers with unready status: [${pod.spec.containers.map((c) => c.name).join(' ')}]` },
      { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: now },
    ],
    containerStatuses: pod.spec.containers.map((c) => ({
      name: c.name, image: c.image, imageID: '', ready: false, started: false, restartCount: 0,
      state: { waiting: { reason: 'ContainerCreating' } },
    })),
  };
}
