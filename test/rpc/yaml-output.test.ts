import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultDeployment, defaultPod, defaultStatefulSet } from '../../daemon/domain/defaults.js';
import type { Deployment, Pod, Resource, StatefulSet } from '../../daemon/domain/types.js';
import { MESSAGE_OF_KIND, toProto } from '../../daemon/rpc/convert.js';
import { messageDefinition } from '../../proto/load.js';
import { toPlainObject } from '../../proto/to-plain.js';
import { printYaml } from '../../cli/print/yaml.js';

const t = suite('rpc -o yaml of defaulted objects');

const GOLDEN = new URL('../golden/rpc/', import.meta.url).pathname;

/** test/golden/rpc/<name>.yaml holds the exact bytes; UPDATE_GOLDEN=1 rewrites it. */
function assertGolden(name: string, actual: string): void {
  const file = join(GOLDEN, `${name}.yaml`);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file)) throw new Error(`missing golden ${file}; run with UPDATE_GOLDEN=1`);
  assert.fixture(actual, readFileSync(file, 'utf8'), `golden ${name}`);
}

/** What `netsim get KIND NAME -o yaml` prints: daemon toProto, the wire, the CLI's plain form. */
function getYaml(r: Resource): string {
  const def = messageDefinition(MESSAGE_OF_KIND[r.kind]);
  return printYaml(toPlainObject(MESSAGE_OF_KIND[r.kind], def.deserialize(def.serialize(toProto(r)))));
}

const meta = (name: string) => ({ name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '7', creationTimestamp: '2024-01-01T00:00:00Z' });
const now = '2024-01-01T00:00:05Z';

const pod: Pod = defaultPod({
  apiVersion: 'v1', kind: 'Pod', metadata: { ...meta('x'), labels: { run: 'x' } },
  spec: { containers: [{ name: 'x', image: 'nginx' }], nodeName: 'netsim-worker' },
  status: {
    phase: 'Running',
    conditions: (['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'] as const)
      .map((type) => ({ type, status: 'True' as const, lastProbeTime: null, lastTransitionTime: now })),
    podIP: '10.244.1.2', podIPs: [{ ip: '10.244.1.2' }, { ip: 'fd00:10:244:1::2' }], qosClass: 'BestEffort',
  },
});

const template = { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.23.2' }] } };
const deployment: Deployment = defaultDeployment({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { ...meta('nginx'), generation: 1 },
  spec: { selector: { matchLabels: { app: 'nginx' } }, template }, status: {},
});
const statefulSet: StatefulSet = defaultStatefulSet({
  apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { ...meta('web'), generation: 1 },
  spec: { serviceName: 'web', selector: { matchLabels: { app: 'nginx' } }, template }, status: {},
});

const cases = [
  { name: 'defaulted-pod', obj: pod },
  { name: 'defaulted-deployment', obj: deployment },
  { name: 'defaulted-statefulset', obj: statefulSet },
];
for (const c of cases) t(c.name, () => assertGolden(c.name, getYaml(c.obj)));

t('kubectl\'s lines: lastProbeTime: null, bare 25%, resources: {}, securityContext: {}', () => {
  const p = getYaml(pod);
  assert.is(p.split('\n').filter((l) => l === '  - lastProbeTime: null').length, 5);
  assert.ok(p.includes('\n    resources: {}\n'));
  assert.ok(p.includes('\n  securityContext: {}\n'));
  assert.ok(getYaml(deployment).includes('\n    rollingUpdate:\n      maxSurge: 25%\n      maxUnavailable: 25%\n'));
});

t.run();
