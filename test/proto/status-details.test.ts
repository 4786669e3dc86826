import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Metadata } from '@grpc/grpc-js';
import {
  STATUS_DETAILS_KEY, decodeStatusBytes, decodeStatusDetails, encodeStatusDetails, fromStatusMessage, toStatusMessage,
  type StatusDetails,
} from '../../proto/status-details.js';
import { messageDefinition } from '../../proto/load.js';

const t = suite('status details');

const cases: { name: string; d: StatusDetails }[] = [
  { name: 'message only', d: { code: 13, message: 'Internal error occurred' } },
  { name: 'error info with metadata', d: { code: 8, message: 'range is full', errorInfo: { reason: 'RANGE_FULL', domain: 'netsim.dev', metadata: { cidr: '10.96.0.0/28', family: 'IPv4' } } } },
  {
    name: 'bad request, two violations in order',
    d: {
      code: 3, message: 'Pod "p" is invalid: [...]',
      errorInfo: { reason: 'INVALID_SPEC', domain: 'netsim.dev', metadata: {} },
      badRequest: { fieldViolations: [
        { field: 'spec.containers', description: 'spec.containers: Required value', reason: 'INVALID_SPEC' },
        { field: 'metadata.name', description: 'metadata.name: Required value', reason: 'INVALID_SPEC' },
      ] },
    },
  },
  { name: 'resource info', d: { code: 5, message: 'pods "x" not found', resourceInfo: { resourceType: 'pods', resourceName: 'x', description: 'pods "x" not found' } } },
  { name: 'unicode message', d: { code: 3, message: 'héllo "wörld" ✓' } },
];

for (const c of cases) {
  t(`${c.name}: bytes round trip`, () => assert.equal(decodeStatusBytes(encodeStatusDetails(c.d)), c.d));
  t(`${c.name}: message object round trip`, () => {
    const def = messageDefinition('google.rpc.Status');
    assert.equal(fromStatusMessage(def.deserialize(def.serialize(toStatusMessage(c.d)))), c.d);
  });
}

t('details are packed as google.rpc types, ErrorInfo first', () => {
  const m = toStatusMessage(cases[2].d);
  assert.equal(m.details?.map((a) => ('type_url' in a ? a.type_url : '')), ['type.googleapis.com/google.rpc.ErrorInfo', 'type.googleapis.com/google.rpc.BadRequest']);
});

t('unknown detail types are skipped', () => {
  const def = messageDefinition('google.rpc.Status');
  const bytes = def.serialize({ code: 3, message: 'm', details: [{ type_url: 'type.googleapis.com/google.rpc.RetryInfo', value: Buffer.from([0x0a, 0x02, 0x08, 0x01]) }] });
  assert.equal(decodeStatusBytes(bytes), { code: 3, message: 'm' });
});

t('decodeStatusDetails reads the trailer; absent or garbage gives undefined', () => {
  const md = new Metadata();
  assert.is(decodeStatusDetails(md), undefined);
  assert.is(decodeStatusDetails(undefined), undefined);
  md.set(STATUS_DETAILS_KEY, encodeStatusDetails(cases[3].d));
  assert.equal(decodeStatusDetails(md), cases[3].d);
  const bad = new Metadata();
  bad.set(STATUS_DETAILS_KEY, Buffer.from([0xff, 0xff, 0xff]));
  assert.is(decodeStatusDetails(bad), undefined);
});

t.run();
