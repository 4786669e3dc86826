import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { renderFieldError, invalid, required, notSupported, goStringSlice, duplicate } from '../../daemon/domain/field-errors.js';
import { InvalidError } from '../../daemon/domain/errors.js';

const t = suite('field errors');

const cases = [
  { name: 'invalid string', e: invalid('spec.hostAliases[0].ip', 'x', 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'),
    want: 'spec.hostAliases[0].ip: Invalid value: "x": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)' },
  { name: 'required omits the value', e: required('spec.ports'), want: 'spec.ports: Required value' },
  { name: 'duplicate', e: duplicate('spec.containers[0].ports[1].name', 'http'), want: 'spec.containers[0].ports[1].name: Duplicate value: "http"' },
  { name: 'not supported sorts', e: notSupported('spec.dnsPolicy', 'X', ['None', 'ClusterFirst']),
    want: 'spec.dnsPolicy: Unsupported value: "X": supported values: "ClusterFirst", "None"' },
  { name: 'go slice', e: invalid('spec.clusterIPs', goStringSlice(['10.96.0.10']), 'failed'), want: 'spec.clusterIPs: Invalid value: []string{"10.96.0.10"}: failed' },
];
for (const c of cases) t(c.name, () => assert.is(renderFieldError(c.e), c.want));

t('InvalidError aggregates and deduplicates', () => {
  const e1 = required('spec.containers');
  const one = new InvalidError({ kind: 'Pod', resource: 'pods', name: 'p' }, [e1, e1]);
  assert.is(one.message, 'Pod "p" is invalid: spec.containers: Required value');
  const two = new InvalidError({ kind: 'Pod', resource: 'pods', name: 'p' }, [e1, required('metadata.name')]);
  assert.is(two.message, 'Pod "p" is invalid: [spec.containers: Required value, metadata.name: Required value]');
});

t.run();
