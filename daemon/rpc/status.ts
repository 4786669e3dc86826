// Domain errors -> gRPC status + google.rpc.Status details (style.md "Errors"): the one place
// an ErrorCode becomes a wire code. Imports @grpc/grpc-js, proto/status-details and domain/errors.
import * as grpc from '@grpc/grpc-js';
import { DomainError, InvalidError, RangeFullError, type ErrorCode } from '../domain/errors.js';
import { renderFieldError } from '../domain/field-errors.js';
import {
  ERROR_DOMAIN, STATUS_DETAILS_KEY, encodeStatusDetails, toStatusMessage, type FieldViolationDetail, type StatusDetails,
} from '../../proto/status-details.js';
import type { Status } from '../../proto/gen/google/rpc/Status.js';

/**
 * Kubernetes' own status decides first (422 Invalid is INVALID_ARGUMENT, whatever the cause);
 * for the rest gRPC's litmus test: ABORTED = redo the read-modify-write, UNAVAILABLE = retry
 * the same call. FORBIDDEN is PERMISSION_DENIED: Kubernetes' 403 and google.rpc.Code agree,
 * and FAILED_PRECONDITION would tell a client that changing the system state could fix it.
 */
export const GRPC_STATUS = {
  NOT_FOUND: grpc.status.NOT_FOUND,
  ALREADY_EXISTS: grpc.status.ALREADY_EXISTS,
  IP_ALLOCATED: grpc.status.INVALID_ARGUMENT,
  INVALID_SPEC: grpc.status.INVALID_ARGUMENT,
  IP_NOT_IN_RANGE: grpc.status.INVALID_ARGUMENT,
  RANGE_FULL: grpc.status.RESOURCE_EXHAUSTED,
  FAMILY_NOT_ENABLED: grpc.status.INVALID_ARGUMENT,
  CONFLICT: grpc.status.ABORTED,
  NOT_READY: grpc.status.UNAVAILABLE,
  EXPIRED: grpc.status.OUT_OF_RANGE,
  BAD_REQUEST: grpc.status.INVALID_ARGUMENT,
  FORBIDDEN: grpc.status.PERMISSION_DENIED,
  INTERNAL: grpc.status.INTERNAL,
} as const satisfies Record<ErrorCode, grpc.status>;

/** What a client sees for any error that is not a DomainError: nothing of the cause. */
export const INTERNAL_MESSAGE = 'Internal error occurred: netsimd failed to handle the request; see its log';

/** The status and details of `err` (any thrown value); non-domain errors are redacted. */
export function toStatusDetails(err: unknown): StatusDetails {
  if (!(err instanceof DomainError)) {
    return { code: grpc.status.INTERNAL, message: INTERNAL_MESSAGE, errorInfo: { reason: 'INTERNAL', domain: ERROR_DOMAIN, metadata: {} } };
  }
  const d: StatusDetails = { code: GRPC_STATUS[err.code], message: err.message, errorInfo: { reason: err.code, domain: ERROR_DOMAIN, metadata: errorMetadata(err) } };
  if (err instanceof InvalidError) d.badRequest = { fieldViolations: fieldViolations(err) };
  if (err.ref) d.resourceInfo = { resourceType: err.ref.resource, resourceName: err.ref.name, description: err.message };
  return d;
}

function errorMetadata(err: DomainError): Record<string, string> {
  const m: Record<string, string> = {};
  if (err.ref) {
    m.kind = err.ref.kind;
    m.name = err.ref.name;
    if (err.ref.namespace) m.namespace = err.ref.namespace;
  }
  if (err instanceof RangeFullError && err.cidr) {
    m.cidr = err.cidr;
    m.family = err.cidr.includes(':') ? 'IPv6' : 'IPv4';
  }
  return m;
}

/** One violation per distinct rendered cause, in order, as InvalidError renders them. */
function fieldViolations(err: InvalidError): FieldViolationDetail[] {
  const seen = new Set<string>();
  const out: FieldViolationDetail[] = [];
  for (const cause of err.causes) {
    const description = renderFieldError(cause);
    if (seen.has(description)) continue;
    seen.add(description);
    out.push({ field: cause.field, description, reason: cause.reason ?? err.code });
  }
  return out;
}

/**
 * A ServiceError-shaped object for a grpc-js callback or `call.emit('error')`: code, the
 * message as `details`, and google.rpc.Status in the `grpc-status-details-bin` trailer.
 * A non-domain error is logged to stderr with `context` (the method path) and redacted.
 */
export function toGrpcError(err: unknown, context = ''): grpc.ServerErrorResponse {
  logIfInternal(err, context);
  const d = toStatusDetails(err);
  const metadata = new grpc.Metadata();
  metadata.set(STATUS_DETAILS_KEY, encodeStatusDetails(d));
  return Object.assign(new Error(d.message), { code: d.code, details: d.message, metadata });
}

/** google.rpc.Status for a message field (ApplyResult.error); logs and redacts as toGrpcError. */
export function toStatusProto(err: unknown, context = ''): Status {
  logIfInternal(err, context);
  return toStatusMessage(toStatusDetails(err));
}

function logIfInternal(err: unknown, context: string): void {
  if (!(err instanceof DomainError)) console.error(`netsimd: internal error${context ? ` in ${context}` : ''}:`, err);
}
