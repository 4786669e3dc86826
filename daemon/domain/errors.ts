// One typed error space for the control plane (style.md "Errors"); daemon/rpc/status.ts maps
// each ErrorCode to a gRPC status. Imports only field-errors.ts.
import { renderFieldError, type FieldError } from './field-errors.js';

export type ErrorCode =
  | 'NOT_FOUND' | 'ALREADY_EXISTS' | 'IP_ALLOCATED' | 'INVALID_SPEC' | 'IP_NOT_IN_RANGE'
  | 'RANGE_FULL' | 'FAMILY_NOT_ENABLED' | 'CONFLICT' | 'NOT_READY' | 'EXPIRED' | 'BAD_REQUEST'
  | 'FORBIDDEN' | 'INTERNAL';

export const ERROR_CODES: readonly ErrorCode[] = [
  'NOT_FOUND', 'ALREADY_EXISTS', 'IP_ALLOCATED', 'INVALID_SPEC', 'IP_NOT_IN_RANGE', 'RANGE_FULL',
  'FAMILY_NOT_ENABLED', 'CONFLICT', 'NOT_READY', 'EXPIRED', 'BAD_REQUEST', 'FORBIDDEN', 'INTERNAL',
];

/** Identifies the object an error is about, for ResourceInfo details and kubectl wording. */
export interface ResourceRef { kind: string; resource: string; name: string; namespace?: string }

export class DomainError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly ref?: ResourceRef) {
    super(message);
    this.name = new.target.name;
  }
}

/** Kubernetes' 404: message `pods "x" not found`. */
export class NotFoundError extends DomainError {
  constructor(ref: ResourceRef) { super('NOT_FOUND', `${ref.resource} "${ref.name}" not found`, ref); }
}

/** Kubernetes' 409 AlreadyExists: message `pods "x" already exists`. */
export class AlreadyExistsError extends DomainError {
  constructor(ref: ResourceRef) { super('ALREADY_EXISTS', `${ref.resource} "${ref.name}" already exists`, ref); }
}

/** Kubernetes' 409 Conflict for a stale resourceVersion. */
export class ConflictError extends DomainError {
  constructor(ref: ResourceRef) {
    super('CONFLICT', `Operation cannot be fulfilled on ${ref.resource} "${ref.name}": the object has been modified; please apply your changes to the latest version and try again`, ref);
  }
}

/**
 * Kubernetes' 422 Invalid: `Pod "x" is invalid: <cause>` or `...: [c1, c2]`.
 * `code` is the reason of the first cause when it names one of ours (IP_ALLOCATED ...).
 */
export class InvalidError extends DomainError {
  constructor(ref: ResourceRef, readonly causes: readonly FieldError[], code: ErrorCode = 'INVALID_SPEC') {
    const bodies = [...new Set(causes.map(renderFieldError))];
    const body = bodies.length === 1 ? bodies[0] : `[${bodies.join(', ')}]`;
    super(code, `${ref.kind} "${ref.name}" is invalid: ${body}`, ref);
  }
  /** The rendered causes, deduplicated, in order. */
  get causeMessages(): string[] { return [...new Set(this.causes.map(renderFieldError))]; }
}

/** Kubernetes' 400 BadRequest (undecodable or strict-decoding failures). */
export class BadRequestError extends DomainError {
  constructor(message: string) { super('BAD_REQUEST', message); }
}

/** Range exhaustion; Kubernetes reports it as a 500 InternalError. */
export class RangeFullError extends DomainError {
  constructor(message: string, readonly cidr?: string) { super('RANGE_FULL', message); }
}

/** The daemon is not ready for this call yet (store not open, dataplane not installed). */
export class NotReadyError extends DomainError {
  constructor(message: string) { super('NOT_READY', message); }
}

/** A watch asked for history the store no longer keeps: `too old resource version: X (Y)`. */
export class ExpiredError extends DomainError {
  constructor(requested: string, oldest: string) { super('EXPIRED', `too old resource version: ${requested} (${oldest})`); }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) { super('FORBIDDEN', message); }
}
