// The one error registry: every ErrorCode has a gRPC status, and the CLI renders each one with
// kubectl's reason word (fastify's errors completeness test, adapted).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ERROR_CODES, DomainError } from '../daemon/domain/errors.js';
import { GRPC_STATUS, toStatusDetails } from '../daemon/rpc/status.js';
import { renderStatus } from '../cli/errors.js';

const t = suite('error registry');

const KUBECTL_FORM = /^(Error from server \((NotFound|AlreadyExists|Conflict|BadRequest|Forbidden|InternalError|ServiceUnavailable|Expired)\): |The )/;

for (const code of ERROR_CODES) {
  t(`${code} has a status and a kubectl rendering`, () => {
    assert.type(GRPC_STATUS[code], 'number');
    const d = toStatusDetails(new DomainError(code, 'boom'));
    assert.is(d.errorInfo?.reason, code);
    assert.match(renderStatus(d), KUBECTL_FORM);
  });
}

t.run();
