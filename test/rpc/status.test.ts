import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { status } from '@grpc/grpc-js';
import {
  AlreadyExistsError, BadRequestError, ConflictError, DomainError, ERROR_CODES, ExpiredError, ForbiddenError, InvalidError,
  NotFoundError, NotReadyError, RangeFullError, type ErrorCode,
} from '../../daemon/domain/errors.js';
import { invalid, required } from '../../daemon/domain/field-errors.js';
import { GRPC_STATUS, INTERNAL_MESSAGE, toGrpcError, toStatusDetails, toStatusProto } from '../../daemon/rpc/status.js';
import { decodeStatusDetails, fromStatusMessage } from '../../proto/status-details.js';
import { messageDefinition } from '../../proto/load.js';

const t = suite('rpc status');
const pod = { kind: 'Pod', resource: 'pods', name: 'web-1', namespace: 'default' };

// style.md "Errors", plus BAD_REQUEST, FORBIDDEN and INTERNAL.
const table: { code: ErrorCode; want: status; err: DomainError }[] = [
  { code: 'NOT_FOUND', want: status.NOT_FOUND, err: new NotFoundError(pod) },
  { code: 'ALREADY_EXISTS', want: status.ALREADY_EXISTS, err: new AlreadyExistsError(pod) },
  { code: 'IP_ALLOCATED', want: status.INVALID_ARGUMENT, err: new InvalidError(pod, [invalid('spec.clusterIP', '10.96.0.10', 'provided IP is already allocated', 'IP_ALLOCATED')], 'IP_ALLOCATED') },
  { code: 'INVALID_SPEC', want: status.INVALID_ARGUMENT, err: new InvalidError(pod, [required('spec.containers')]) },
  { code: 'IP_NOT_IN_RANGE', want: status.INVALID_ARGUMENT, err: new DomainError('IP_NOT_IN_RANGE', 'not in range') },
  { code: 'RANGE_FULL', want: status.RESOURCE_EXHAUSTED, err: new RangeFullError('range is full', 'fd00:10:96::/112') },
  { code: 'FAMILY_NOT_ENABLED', want: status.INVALID_ARGUMENT, err: new DomainError('FAMILY_NOT_ENABLED', 'not dual-stack') },
  { code: 'CONFLICT', want: status.ABORTED, err: new ConflictError(pod) },
  { code: 'NOT_READY', want: status.UNAVAILABLE, err: new NotReadyError('dataplane not installed') },
  { code: 'EXPIRED', want: status.OUT_OF_RANGE, err: new ExpiredError('3', '10') },
  { code: 'BAD_REQUEST', want: status.INVALID_ARGUMENT, err: new BadRequestError('bad') },
  { code: 'FORBIDDEN', want: status.PERMISSION_DENIED, err: new ForbiddenError('Shutdown is accepted only over the Unix socket') },
  { code: 'INTERNAL', want: status.INTERNAL, err: new DomainError('INTERNAL', 'failed to allocate') },
];

t('the table covers every ErrorCode', () => {
  assert.equal(table.map((c) => c.code).sort(), [...ERROR_CODES].sort());
  assert.equal(Object.keys(GRPC_STATUS).sort(), [...ERROR_CODES].sort());
});

for (const c of table) {
  t(`${c.code} -> ${status[c.want]} with ErrorInfo`, () => {
    const e = toGrpcError(c.err);
    assert.is(e.code, c.want);
    assert.is(e.details, c.err.message);
    const d = decodeStatusDetails(e.metadata);
    assert.is(d?.code, c.want);
    assert.is(d?.message, c.err.message);
    assert.is(d?.errorInfo?.reason, c.code);
    assert.is(d?.errorInfo?.domain, 'netsim.dev');
  });
}

t('InvalidError causes become BadRequest violations, deduplicated, in order', () => {
  const causes = [required('spec.containers'), invalid('metadata.name', 'A', 'a lowercase RFC 1123 subdomain', 'INVALID_SPEC'), required('spec.containers')];
  const d = toStatusDetails(new InvalidError(pod, causes));
  assert.equal(d.badRequest?.fieldViolations, [
    { field: 'spec.containers', description: 'spec.containers: Required value', reason: 'INVALID_SPEC' },
    { field: 'metadata.name', description: 'metadata.name: Invalid value: "A": a lowercase RFC 1123 subdomain', reason: 'INVALID_SPEC' },
  ]);
});

t('NotFound and AlreadyExists carry ResourceInfo and the object in ErrorInfo.metadata', () => {
  for (const err of [new NotFoundError(pod), new AlreadyExistsError(pod)]) {
    const d = toStatusDetails(err);
    assert.equal(d.resourceInfo, { resourceType: 'pods', resourceName: 'web-1', description: err.message });
    assert.equal(d.errorInfo?.metadata, { kind: 'Pod', name: 'web-1', namespace: 'default' });
  }
});

t('RANGE_FULL names the range and its family', () => {
  assert.equal(toStatusDetails(new RangeFullError('range is full', 'fd00:10:96::/112')).errorInfo?.metadata, { cidr: 'fd00:10:96::/112', family: 'IPv6' });
});

const foreign = [
  { name: 'TypeError', err: new TypeError("Cannot read properties of undefined (reading 'spec')") },
  { name: 'a string', err: 'boom at /home/u/.netsim/data' },
  { name: 'undefined', err: undefined },
];
for (const c of foreign) {
  t(`${c.name} is INTERNAL, redacted and logged`, () => {
    const logged: unknown[][] = [];
    const orig = console.error;
    console.error = (...a: unknown[]) => { logged.push(a); };
    try {
      const e = toGrpcError(c.err, '/netsim.v1.Pods/GetPod');
      assert.is(e.code, status.INTERNAL);
      assert.is(e.details, INTERNAL_MESSAGE);
      assert.is(decodeStatusDetails(e.metadata)?.errorInfo?.reason, 'INTERNAL');
      assert.is(logged.length, 1);
      assert.match(String(logged[0][0]), '/netsim.v1.Pods/GetPod');
      assert.is(logged[0][1], c.err);
    } finally {
      console.error = orig;
    }
  });
}

t('toStatusProto carries the same status as a message field (ApplyResult.error)', () => {
  const err = new NotFoundError(pod);
  const def = messageDefinition('google.rpc.Status');
  assert.equal(fromStatusMessage(def.deserialize(def.serialize(toStatusProto(err)))), toStatusDetails(err));
});

t.run();
