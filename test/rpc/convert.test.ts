import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { fromProto, MESSAGE_OF_KIND, toProto } from '../../daemon/rpc/convert.js';
import { messageDefinition } from '../../proto/load.js';
import { SAMPLES, pod } from './samples.js';
import type { Pod } from '../../daemon/domain/types.js';

const t = suite('rpc convert');

/** What a client and the daemon see: the object through the real proto-loader codec. */
function wire(kind: keyof typeof MESSAGE_OF_KIND, obj: object): unknown {
  const def = messageDefinition(MESSAGE_OF_KIND[kind]);
  return def.deserialize(def.serialize(obj));
}

for (const sample of SAMPLES) {
  t(`${sample.kind}: domain -> proto -> wire -> domain is the identity`, () => {
    assert.equal(fromProto(sample.kind, wire(sample.kind, toProto(sample))), sample);
  });
}

t('zeros the server set reach the client', () => {
  const got = wire('Pod', toProto(pod)) as { spec: { hostNetwork?: boolean; containers: { ports: { hostPort?: number }[] }[] }; status: { containerStatuses: Record<string, unknown>[] } };
  const cs = got.status.containerStatuses[0];
  assert.is(cs.restartCount, 0);
  assert.is(cs.ready, false);
  assert.equal(cs.state, { terminated: { exitCode: 0, reason: 'Completed', startedAt: '2024-01-01T00:00:00Z', finishedAt: '2024-01-01T00:00:01Z' } });
  assert.is(got.spec.hostNetwork, false);
  assert.is(got.spec.containers[0].ports[0].hostPort, 0);
});

t('an empty label value survives (control-plane role label)', () => {
  const got = wire('Node', toProto(SAMPLES[0])) as { metadata: { labels: Record<string, string> } };
  assert.is(got.metadata.labels['node-role.kubernetes.io/control-plane'], '');
});

t('int64 fields come back as numbers', () => {
  const got = fromProto('Deployment', wire('Deployment', toProto(SAMPLES[4]))) as { metadata: { generation?: number }; status: { observedGeneration?: number } };
  assert.is(got.metadata.generation, 3);
  assert.is(got.status.observedGeneration, 3);
  const raw = wire('Deployment', toProto(SAMPLES[4])) as { metadata: { generation: unknown } };
  assert.is(raw.metadata.generation, '3');
});

t('null (lastProbeTime) and undefined are dropped on the way out', () => {
  const p: Pod = { ...pod, status: { conditions: [{ type: 'Ready', status: 'True', lastProbeTime: null }] } };
  assert.equal((toProto(p).status as { conditions: unknown[] }).conditions, [{ type: 'Ready', status: 'True' }]);
});

const fills = [
  { name: 'empty pod', kind: 'Pod' as const, msg: {},
    want: { kind: 'Pod', apiVersion: 'v1', metadata: { name: '', uid: '', resourceVersion: '', creationTimestamp: '' }, spec: { containers: [] }, status: {} } },
  { name: 'container without image', kind: 'Pod' as const, msg: { metadata: { name: 'p' }, spec: { containers: [{ name: 'c' }] } },
    want: { kind: 'Pod', apiVersion: 'v1', metadata: { name: 'p', uid: '', resourceVersion: '', creationTimestamp: '' }, spec: { containers: [{ name: 'c', image: '' }] }, status: {} } },
  { name: 'template metadata stays partial', kind: 'Deployment' as const, msg: { spec: { template: { metadata: { labels: { a: 'b' } } } } },
    want: { kind: 'Deployment', apiVersion: 'apps/v1', metadata: { name: '', uid: '', resourceVersion: '', creationTimestamp: '' },
      spec: { selector: {}, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [] } } }, status: {} } },
  { name: 'kind and apiVersion are the kind\'s', kind: 'Namespace' as const, msg: { kind: 'Pod', apiVersion: 'v9', metadata: { name: 'n' } },
    want: { kind: 'Namespace', apiVersion: 'v1', metadata: { name: 'n', uid: '', resourceVersion: '', creationTimestamp: '' }, status: { phase: '' } } },
];
for (const c of fills) t(`fromProto fills required fields: ${c.name}`, () => assert.equal(fromProto(c.kind, c.msg), c.want));

t('property: labels and annotations round trip through the wire', () => {
  const strMap = fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }).filter((k) => k !== '__proto__'), fc.string({ maxLength: 20 }), { maxKeys: 5, noNullPrototype: true });
  fc.assert(fc.property(strMap, strMap, (labels, annotations) => {
    const p: Pod = { ...pod, metadata: { ...pod.metadata, labels, annotations } };
    const back = fromProto('Pod', wire('Pod', toProto(p)));
    assert.equal(back.metadata.labels ?? {}, labels);
    assert.equal(back.metadata.annotations ?? {}, annotations);
  }), { seed: 20240101, numRuns: 100 });
});

t.run();
