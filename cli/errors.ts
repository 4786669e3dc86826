// Turns a failed call into what kubectl prints for the same API error (formats.md "Error
// style"): `Error from server (NotFound): ...`, `The Pod "x" is invalid: ...`, and the
// connection error when no daemon answers. Imports only proto/ and grpc-js.
import * as grpc from '@grpc/grpc-js';
import { decodeStatusDetails, type StatusDetails } from '../proto/status-details.js';

/** kubectl's StatusReason for each netsim error reason. */
const REASON: Record<string, string> = {
  NOT_FOUND: 'NotFound', ALREADY_EXISTS: 'AlreadyExists', CONFLICT: 'Conflict', BAD_REQUEST: 'BadRequest',
  FORBIDDEN: 'Forbidden', RANGE_FULL: 'InternalError', INTERNAL: 'InternalError', NOT_READY: 'ServiceUnavailable',
  EXPIRED: 'Expired',
};
const INVALID = new Set(['INVALID_SPEC', 'IP_ALLOCATED', 'IP_NOT_IN_RANGE', 'FAMILY_NOT_ENABLED']);

export interface ErrorContext { address?: string; source?: string; verb?: 'creating' | 'applying' | 'patching' | 'deleting'; name?: string; namespace?: string }

export function isServiceError(e: unknown): e is grpc.ServiceError {
  return typeof e === 'object' && e !== null && 'code' in e && 'metadata' in e;
}

/** The lines kubectl would print to stderr for `err`. */
export function renderCliError(err: unknown, ctx: ErrorContext = {}): string {
  if (!isServiceError(err)) return `error: ${(err as Error)?.message ?? String(err)}`;
  if (err.code === grpc.status.UNAVAILABLE && /connect|No connection|ENOENT|ECONNREFUSED/i.test(err.details ?? '')) {
    return `The connection to the netsim daemon at ${ctx.address ?? 'its socket'} was refused - is it running? Start it with 'netsim up' or 'npm start'.`;
  }
  if (err.code === grpc.status.DEADLINE_EXCEEDED) return `error: the netsim daemon at ${ctx.address ?? 'its socket'} did not answer in time`;
  const d = decodeStatusDetails(err.metadata) ?? { code: err.code, message: err.details ?? '' };
  return renderStatus(d, ctx);
}

/** kubectl's rendering of an API error given as google.rpc.Status details (also ApplyResult.error). */
export function renderStatus(d: StatusDetails, ctx: ErrorContext = {}): string {
  const reasonCode = d.errorInfo?.reason ?? '';
  const message = d.message;
  if (INVALID.has(reasonCode) || (d.code === grpc.status.INVALID_ARGUMENT && / is invalid: /.test(message))) {
    return renderInvalid(message, (d.badRequest?.fieldViolations ?? []).map((v) => v.description));
  }
  const noKind = message.match(/^no matches for kind "[^"]*" in version "[^"]*"$/);
  if (noKind && ctx.source) {
    return `error: resource mapping not found for name: "${ctx.name ?? ''}" namespace: "${ctx.namespace ?? ''}" from "${ctx.source}": ${message}\nensure CRDs are installed first`;
  }
  const reason = REASON[reasonCode] ?? grpcReason(d.code);
  const wrap = ctx.source && ctx.verb ? `error when ${ctx.verb} "${ctx.source}": ` : '';
  if (reasonCode === 'RANGE_FULL' || (reasonCode === 'INTERNAL' && !message.startsWith('Internal error occurred'))) {
    return `Error from server (${reason}): ${wrap}Internal error occurred: ${message}`;
  }
  return `Error from server (${reason}): ${wrap}${message}`;
}

// kubectl cmdutil.checkErr: one cause → `The Kind "x" is invalid: cause`; several → a header
// line then `* cause` lines.
function renderInvalid(message: string, causes: readonly string[]): string {
  const head = message.match(/^(\S+ "[^"]*" is invalid: )/)?.[1];
  if (!head || causes.length <= 1) return `The ${message}`;
  return `The ${head}\n${causes.map((c) => `* ${c}`).join('\n')}`;
}

function grpcReason(code: grpc.status): string {
  switch (code) {
    case grpc.status.NOT_FOUND: return 'NotFound';
    case grpc.status.ALREADY_EXISTS: return 'AlreadyExists';
    case grpc.status.ABORTED: return 'Conflict';
    case grpc.status.INVALID_ARGUMENT: return 'BadRequest';
    case grpc.status.PERMISSION_DENIED: return 'Forbidden';
    case grpc.status.UNAVAILABLE: return 'ServiceUnavailable';
    default: return 'InternalError';
  }
}
