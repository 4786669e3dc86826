import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { summarizePod } from '../../../cli/print/table-pods.js';
import type { PodShape } from '../../../cli/print/kube-shapes.js';
import { ago, NOW } from './fixtures.js';

const t = suite('cli/print/pod-status');

type Status = NonNullable<PodShape['status']>;
const running = { running: { startedAt: ago(60) } };
const pod = (status: Status, spec: PodShape['spec'] = { containers: [{ name: 'c' }] }, meta: PodShape['metadata'] = {}): PodShape =>
  ({ metadata: { name: 'p', ...meta }, spec, status });
const cs = (state: object, extra: object = {}) => ({ name: 'c', ready: false, restartCount: 0, state, ...extra });

// printers.go printPod's READY / STATUS / RESTARTS, one behaviour per row.
const cases: { name: string; pod: PodShape; want: [string, string, string] }[] = [
  { name: 'running and ready', pod: pod({ phase: 'Running', containerStatuses: [cs(running, { ready: true })] }), want: ['1/1', 'Running', '0'] },
  { name: 'running but not ready counts 0 ready', pod: pod({ phase: 'Running', containerStatuses: [cs(running)] }), want: ['0/1', 'Running', '0'] },
  { name: 'completed (hostaliases-pod)', pod: pod({ phase: 'Succeeded', containerStatuses: [cs({ terminated: { exitCode: 0, reason: 'Completed' } })] }), want: ['0/1', 'Completed', '0'] },
  { name: 'terminated without a reason shows the exit code', pod: pod({ phase: 'Failed', containerStatuses: [cs({ terminated: { exitCode: 3 } })] }), want: ['0/1', 'ExitCode:3', '0'] },
  { name: 'terminated by a signal', pod: pod({ phase: 'Failed', containerStatuses: [cs({ terminated: { exitCode: 137, signal: 9 } })] }), want: ['0/1', 'Signal:9', '0'] },
  { name: 'waiting reason: ContainerCreating', pod: pod({ phase: 'Pending', containerStatuses: [cs({ waiting: { reason: 'ContainerCreating' } })] }), want: ['0/1', 'ContainerCreating', '0'] },
  { name: 'crash loop with restarts and the last restart age', pod: pod({ phase: 'Running', containerStatuses: [
    cs({ waiting: { reason: 'CrashLoopBackOff' } }, { restartCount: 2, lastState: { terminated: { exitCode: 1, finishedAt: ago(10) } } })] }), want: ['0/1', 'CrashLoopBackOff', '2 (10s ago)'] },
  { name: 'the first container decides the status (walked last to first)', pod: pod({ phase: 'Running', containerStatuses: [
    cs({ waiting: { reason: 'ImagePullBackOff' } }, { name: 'a' }), cs(running, { name: 'b', ready: true })] },
  { containers: [{ name: 'a' }, { name: 'b' }] }), want: ['1/2', 'ImagePullBackOff', '0'] },
  { name: 'the most recent restart of any container', pod: pod({ phase: 'Running', containerStatuses: [
    cs(running, { name: 'a', ready: true, restartCount: 1, lastState: { terminated: { exitCode: 1, finishedAt: ago(600) } } }),
    cs(running, { name: 'b', ready: true, restartCount: 3, lastState: { terminated: { exitCode: 1, finishedAt: ago(90) } } })] },
  { containers: [{ name: 'a' }, { name: 'b' }] }), want: ['2/2', 'Running', '4 (90s ago)'] },
  { name: 'restarts without a finish time have no age', pod: pod({ phase: 'Running', containerStatuses: [cs(running, { ready: true, restartCount: 1 })] }), want: ['1/1', 'Running', '1'] },
  { name: 'Completed with a container still running and Ready: Running', pod: pod({ phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }], containerStatuses: [
    cs({ terminated: { exitCode: 0, reason: 'Completed' } }, { name: 'a' }), cs(running, { name: 'b', ready: true })] },
  { containers: [{ name: 'a' }, { name: 'b' }] }), want: ['1/2', 'Running', '0'] },
  { name: 'Completed with a container still running, not Ready: NotReady', pod: pod({ phase: 'Running', containerStatuses: [
    cs({ terminated: { exitCode: 0, reason: 'Completed' } }, { name: 'a' }), cs(running, { name: 'b', ready: true })] },
  { containers: [{ name: 'a' }, { name: 'b' }] }), want: ['1/2', 'NotReady', '0'] },
  { name: 'no statuses yet: the phase', pod: pod({ phase: 'Pending' }), want: ['0/1', 'Pending', '0'] },
  { name: 'status.reason overrides the phase', pod: pod({ phase: 'Failed', reason: 'Evicted' }), want: ['0/1', 'Evicted', '0'] },
  { name: 'scheduling gated', pod: pod({ phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] }), want: ['0/1', 'SchedulingGated', '0'] },
  { name: 'deleting a running pod: Terminating', pod: pod({ phase: 'Running', containerStatuses: [cs(running, { ready: true })] }, undefined, { deletionTimestamp: ago(1) }), want: ['1/1', 'Terminating', '0'] },
  { name: 'deleting a completed pod keeps Completed', pod: pod({ phase: 'Succeeded', containerStatuses: [cs({ terminated: { exitCode: 0, reason: 'Completed' } })] }, undefined, { deletionTimestamp: ago(1) }), want: ['0/1', 'Completed', '0'] },
  { name: 'deleting a pod on a lost node: Unknown', pod: pod({ phase: 'Running', reason: 'NodeLost' }, undefined, { deletionTimestamp: ago(1) }), want: ['0/1', 'Unknown', '0'] },
  { name: 'init container running: Init:0/2', pod: pod({ phase: 'Pending', initContainerStatuses: [cs(running, { name: 'i1' }), cs({ waiting: { reason: 'PodInitializing' } }, { name: 'i2' })],
    containerStatuses: [cs({ waiting: { reason: 'PodInitializing' } })] }, { initContainers: [{ name: 'i1' }, { name: 'i2' }], containers: [{ name: 'c' }] }), want: ['0/1', 'Init:0/2', '0'] },
  { name: 'second init container after the first exited 0: Init:1/2', pod: pod({ phase: 'Pending', initContainerStatuses: [cs({ terminated: { exitCode: 0 } }, { name: 'i1' }), cs(running, { name: 'i2' })] },
    { initContainers: [{ name: 'i1' }, { name: 'i2' }], containers: [{ name: 'c' }] }), want: ['0/1', 'Init:1/2', '0'] },
  { name: 'init container crash looping', pod: pod({ phase: 'Pending', initContainerStatuses: [cs({ waiting: { reason: 'CrashLoopBackOff' } }, { name: 'i1', restartCount: 3, lastState: { terminated: { exitCode: 1, finishedAt: ago(30) } } })] },
    { initContainers: [{ name: 'i1' }], containers: [{ name: 'c' }] }), want: ['0/1', 'Init:CrashLoopBackOff', '3 (30s ago)'] },
  { name: 'init container failed: Init:Error', pod: pod({ phase: 'Failed', initContainerStatuses: [cs({ terminated: { exitCode: 1, reason: 'Error' } }, { name: 'i1' })] },
    { initContainers: [{ name: 'i1' }], containers: [{ name: 'c' }] }), want: ['0/1', 'Init:Error', '0'] },
  { name: 'init container failed without a reason: Init:ExitCode:2', pod: pod({ phase: 'Failed', initContainerStatuses: [cs({ terminated: { exitCode: 2 } }, { name: 'i1' })] },
    { initContainers: [{ name: 'i1' }], containers: [{ name: 'c' }] }), want: ['0/1', 'Init:ExitCode:2', '0'] },
  { name: 'a started sidecar (restartable init container) counts as a container', pod: pod({ phase: 'Running',
    initContainerStatuses: [cs(running, { name: 'side', ready: true, started: true })], containerStatuses: [cs(running, { ready: true })] },
  { initContainers: [{ name: 'side', restartPolicy: 'Always' }], containers: [{ name: 'c' }] }), want: ['2/2', 'Running', '0'] },
];

for (const c of cases) {
  t(c.name, () => {
    const s = summarizePod(c.pod, NOW);
    assert.equal([s.ready, s.status, s.restarts], c.want);
  });
}

t.run();
