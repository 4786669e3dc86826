import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { describeGeneric, describeNode, describePod } from '../../../cli/print/describe.js';
import { formatRfc1123z, PrefixWriter } from '../../../cli/print/describe-writer.js';
import { smartLabelFor } from '../../../cli/print/describe-label.js';
import { printAnnotationsMultiline, taintString } from '../../../cli/print/describe-fields.js';
import type { KubeObject } from '../../../cli/print/kube-shapes.js';
import { assertGolden } from './golden.js';
import * as f from './fixtures.js';

const t = suite('cli/print/describe');
const utc = { utcOffsetMinutes: 0 };
const eventsOf = (name: string) => f.events.filter((e) => e.involvedObject.name === name);

t('golden describe pod: running, dual-stack, env from fieldRefs', () => assertGolden('describe-pod-web-0', describePod(f.webPod, eventsOf('web-0'), f.NOW, utc)));
t('golden describe pod: crash loop with last state and repeated events', () => assertGolden('describe-pod-crashloop', describePod(f.crashPod, eventsOf('two-ports'), f.NOW, utc)));
t('golden describe pod: completed with command and args', () => assertGolden('describe-pod-completed', describePod(f.completedPod, [], f.NOW, utc)));
t('golden describe pod: unscheduled (no node, no IPs)', () => assertGolden('describe-pod-pending', describePod(f.unscheduledPod, [], f.NOW, utc)));
t('golden describe pod: priority, controller, waiting reason', () => assertGolden('describe-pod-creating', describePod(f.pendingPod, [], f.NOW, utc)));
t('golden describe pod: terminating', () => assertGolden('describe-pod-terminating', describePod(f.terminatingPod, [], f.NOW, utc)));
t('golden describe node: worker with pods and events', () => assertGolden('describe-node-worker', describeNode(f.nodes[1], f.pods, eventsOf('netsim-worker'), f.NOW, utc)));
t('golden describe node: tainted control plane, no pods', () => assertGolden('describe-node-control-plane', describeNode(f.nodes[0], f.pods, [], f.NOW, utc)));
t('golden describe node: cordoned and NotReady, explicit lease', () => assertGolden('describe-node-worker2',
  describeNode(f.nodes[2], f.pods, [], f.NOW, { ...utc, lease: { holderIdentity: 'netsim-worker2', acquireTime: f.ago(95), renewTime: f.ago(5) } })));
t('golden describe deployment', () => assertGolden('describe-deployment', describeGeneric(f.deployment, [], f.NOW,
  { ...utc, replicaSets: { old: [], new: [{ name: 'nginx-7c5ddbdf54', replicas: 2, desired: 2 }] } })));
t('golden describe deployment with events', () => assertGolden('describe-deployment-coredns', describeGeneric(f.corednsDeployment, eventsOf('coredns'), f.NOW, utc)));
t('golden describe statefulset', () => assertGolden('describe-statefulset', describeGeneric(f.statefulSet, [], f.NOW, { ...utc, pods: f.pods })));
t('golden describe namespace', () => assertGolden('describe-namespace', describeGeneric(f.namespaces[0], [], f.NOW, utc)));
t('golden describe of another kind: the generic field listing', () => {
  const slice: KubeObject = {
    apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', addressType: 'IPv4',
    endpoints: [{ addresses: ['10.244.1.5'], conditions: { ready: true }, nodeName: 'netsim-worker' }],
    metadata: { name: 'web-abc', namespace: 'default', labels: { 'kubernetes.io/service-name': 'web' }, uid: 'u1', creationTimestamp: f.ago(60) },
    ports: [{ name: 'http', port: 80, protocol: 'TCP' }],
  } as KubeObject;
  assertGolden('describe-generic-endpointslice', describeGeneric(slice, [], f.NOW, utc));
});

// formats.md 4.1: the IP block of kubectl describe pod.
t('the IP/IPs block as formats.md shows it', () => {
  const pod = { metadata: { name: 'p', namespace: 'default' }, spec: { containers: [] }, status: { podIP: '10.244.3.236', podIPs: [{ ip: '10.244.3.236' }, { ip: 'fd00:10:244:3::1e02' }] } };
  assert.ok(describePod(pod, [], f.NOW, utc).includes('IP:           10.244.3.236\nIPs:\n  IP:  10.244.3.236\n  IP:  fd00:10:244:3::1e02\n'));
});

t('RFC 1123 timestamps in a given zone; Go\'s zero time for a missing one', () => {
  assert.is(formatRfc1123z('2024-05-01T12:00:00Z', 0), 'Wed, 01 May 2024 12:00:00 +0000');
  assert.is(formatRfc1123z('2024-05-01T12:00:00Z', 120), 'Wed, 01 May 2024 14:00:00 +0200');
  assert.is(formatRfc1123z('2024-05-01T00:30:00Z', -330), 'Tue, 30 Apr 2024 19:00:00 -0530');
  assert.is(formatRfc1123z(undefined, 0), 'Mon, 01 Jan 0001 00:00:00 +0000');
});

t('annotations: long values and the last-applied configuration', () => {
  const w = new PrefixWriter();
  printAnnotationsMultiline(w, 'Annotations', {
    'kubectl.kubernetes.io/last-applied-configuration': '{"a":1}\n', short: 'v', long: 'x'.repeat(150), multi: 'a\nb\n',
  });
  assert.is(w.text(), `Annotations:  long:\n                ${'x'.repeat(138)}...\n              multi:\n                a\n                b\n              short: v\n`);
});

t('taints print as key=value:effect', () => {
  assert.is(taintString({ key: 'k', value: 'v', effect: 'NoSchedule' }), 'k=v:NoSchedule');
  assert.is(taintString({ key: 'k', effect: 'NoExecute' }), 'k:NoExecute');
  assert.is(taintString({ key: 'k' }), 'k');
});

t('smart labels of the generic describer', () => {
  const cases: [string, string][] = [
    ['apiVersion', 'API Version'], ['podCIDRs', 'Pod CIDRs'], ['uid', 'UID'], ['creationTimestamp', 'Creation Timestamp'],
    ['addressType', 'Address Type'], ['hostIP', 'Host IP'], ['ipv4', 'ipv4'], ['targetURL', 'Target URL'], ['kind', 'Kind'],
  ];
  for (const [field, want] of cases) assert.is(smartLabelFor(field), want, field);
});

t.run();
