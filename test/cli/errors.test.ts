import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as grpc from '@grpc/grpc-js';
import { renderStatus } from '../../cli/errors.js';
import { toStatusDetails } from '../../daemon/rpc/status.js';
import { AlreadyExistsError, ConflictError, InvalidError, NotFoundError, RangeFullError } from '../../daemon/domain/errors.js';
import { invalid, required } from '../../daemon/domain/field-errors.js';

const t = suite('cli error wording');
const pod = { kind: 'Pod', resource: 'pods', name: 'x', namespace: 'default' };

const cases = [
  { name: 'not found', err: new NotFoundError(pod), ctx: {}, want: 'Error from server (NotFound): pods "x" not found' },
  { name: 'already exists while applying', err: new AlreadyExistsError(pod), ctx: { source: 'p.yaml', verb: 'creating' as const },
    want: 'Error from server (AlreadyExists): error when creating "p.yaml": pods "x" already exists' },
  { name: 'conflict', err: new ConflictError({ kind: 'Deployment', resource: 'deployments.apps', name: 'web' }), ctx: {},
    want: 'Error from server (Conflict): Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again' },
  { name: 'invalid, one cause', err: new InvalidError(pod, [required('spec.containers')]), ctx: {},
    want: 'The Pod "x" is invalid: spec.containers: Required value' },
  { name: 'invalid, several causes', err: new InvalidError(pod, [required('spec.containers'), invalid('spec.hostname', 'A', 'bad')]), ctx: {},
    want: 'The Pod "x" is invalid: \n* spec.containers: Required value\n* spec.hostname: Invalid value: "A": bad' },
  { name: 'range full', err: new RangeFullError('failed to allocate a serviceIP: range is full'), ctx: { source: 's.yaml', verb: 'creating' as const },
    want: 'Error from server (InternalError): error when creating "s.yaml": Internal error occurred: failed to allocate a serviceIP: range is full' },
];
for (const c of cases) t(c.name, () => assert.is(renderStatus(toStatusDetails(c.err), c.ctx), c.want));

t('a status without details falls back on the gRPC code', () => {
  assert.is(renderStatus({ code: grpc.status.NOT_FOUND, message: 'gone' }), 'Error from server (NotFound): gone');
});

t.run();
