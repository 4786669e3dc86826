import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { messageDefinition } from '../../proto/load.js';
import { fromPlainObject, INT_OR_STRING, toPlainObject } from '../../proto/to-plain.js';

const t = suite('proto to-plain');

/** Through the real proto-loader codec, as a client and the daemon see it. */
function wire(fullName: string, obj: object): unknown {
  const def = messageDefinition(fullName);
  return def.deserialize(def.serialize(obj));
}

const bare = [
  { name: 'a percent', wire: { strVal: '25%' }, plain: '25%' },
  { name: 'a number', wire: { intVal: 1 }, plain: 1 },
  { name: 'zero is kept', wire: { intVal: 0 }, plain: 0 },
  { name: 'a digit string stays a string', wire: { strVal: '1' }, plain: '1' },
  { name: 'the empty string', wire: { strVal: '' }, plain: '' },
  { name: 'a negative number', wire: { intVal: -1 }, plain: -1 },
];
for (const c of bare) {
  t(`IntOrString ${c.name}: wire <-> bare value`, () => {
    const plain = { maxSurge: c.plain };
    const onWire = wire('netsim.v1.RollingUpdateDeployment', fromPlainObject('netsim.v1.RollingUpdateDeployment', plain));
    assert.equal(onWire, { maxSurge: c.wire });
    assert.equal(toPlainObject('netsim.v1.RollingUpdateDeployment', onWire), plain);
  });
}

t('an empty IntOrString is Go\'s zero value 0; a bare one passes through', () => {
  assert.equal(toPlainObject('netsim.v1.RollingUpdateDeployment', { maxSurge: {}, maxUnavailable: '25%' }), { maxSurge: 0, maxUnavailable: '25%' });
});

t('the default strategy prints as kubectl shows it', () => {
  const proto = wire('netsim.v1.DeploymentSpec', fromPlainObject('netsim.v1.DeploymentSpec', {
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
  }));
  assert.equal(toPlainObject('netsim.v1.DeploymentSpec', proto), { strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } } });
});

const conditions = [
  { name: 'absent lastProbeTime is null', cond: { type: 'Ready', status: 'True' }, want: { type: 'Ready', status: 'True', lastProbeTime: null } },
  { name: 'a set lastProbeTime is kept', cond: { type: 'Ready', status: 'True', lastProbeTime: '2024-01-01T00:00:00Z' },
    want: { type: 'Ready', status: 'True', lastProbeTime: '2024-01-01T00:00:00Z' } },
];
for (const c of conditions) {
  t(`pod condition: ${c.name}`, () => {
    const got = toPlainObject('netsim.v1.PodStatus', wire('netsim.v1.PodStatus', { conditions: [c.cond] })) as { conditions: object[] };
    assert.equal(got.conditions, [c.want]);
  });
}

t('lastProbeTime null sits in field order (after status, before lastTransitionTime)', () => {
  const got = toPlainObject('netsim.v1.PodCondition', { type: 'Ready', status: 'True', lastTransitionTime: 'x' });
  assert.equal(Object.keys(got), ['type', 'status', 'lastProbeTime', 'lastTransitionTime']);
});

t('only pod conditions get a null: node conditions and absent status stay as they are', () => {
  assert.equal(toPlainObject('netsim.v1.NodeStatus', { conditions: [{ type: 'Ready', status: 'True' }] }), { conditions: [{ type: 'Ready', status: 'True' }] });
  assert.equal(toPlainObject('netsim.v1.PodStatus', {}), {});
});

t('fromPlainObject drops nulls and unknown keys, keeps int64 numbers for the codec', () => {
  const got = fromPlainObject('netsim.v1.PodSpec', {
    terminationGracePeriodSeconds: 30, nodeName: null, bogus: 1,
    securityContext: { runAsUser: 1000, fsGroup: null }, containers: [{ name: 'c', resources: { limits: { cpu: '1' } } }],
  });
  assert.equal(got, { containers: [{ name: 'c', resources: { limits: { cpu: '1' } } }], terminationGracePeriodSeconds: 30, securityContext: { runAsUser: 1000 } });
  const back = toPlainObject('netsim.v1.PodSpec', wire('netsim.v1.PodSpec', got));
  assert.equal(back, got);
});

t('fromPlainObject takes the wire form of IntOrString too', () => {
  assert.equal(fromPlainObject('netsim.v1.RollingUpdateDeployment', { maxSurge: { intVal: 2 } }), { maxSurge: { intVal: 2 } });
  assert.is(INT_OR_STRING, 'netsim.v1.IntOrString');
});

t('property: any IntOrString round trips through the wire unchanged', () => {
  const value = fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.string({ maxLength: 8 }));
  fc.assert(fc.property(value, value, (maxSurge, maxUnavailable) => {
    const plain = { maxUnavailable, maxSurge };
    const back = toPlainObject('netsim.v1.RollingUpdateDeployment', wire('netsim.v1.RollingUpdateDeployment', fromPlainObject('netsim.v1.RollingUpdateDeployment', plain)));
    assert.equal(back, plain);
  }), { seed: 20240102, numRuns: 200 });
});

t.run();
