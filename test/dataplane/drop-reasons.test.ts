// One drop-reason enum (style.md): every DropReason of the dataplane is in netsim.v1.DropReason
// with the same number, named DROP_REASON_<NAME>, and the proto has no reason the dataplane lacks.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadNetsimPackageDefinition } from '../../proto/load.js';
import { DropReason } from '../../dataplane/index.js';

const t = suite('drop reasons');

t('the proto enum mirrors the dataplane enum, number for number', () => {
  const def = loadNetsimPackageDefinition()['netsim.v1.DropReason'] as unknown as { type: { value: { name: string; number: number }[] } };
  const proto = Object.fromEntries(def.type.value.map((v) => [v.name, v.number]));
  const expected = Object.fromEntries(Object.entries(DropReason).map(([k, v]) => [v === 0 ? 'DROP_REASON_UNSPECIFIED' : `DROP_REASON_${k}`, v]));
  assert.equal(proto, expected);
});

t.run();
