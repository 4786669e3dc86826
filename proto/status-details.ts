// google.rpc.Status with ErrorInfo, BadRequest and ResourceInfo details: to and from the
// `grpc-status-details-bin` trailer and the Status message (ApplyResult.error). Used by the
// daemon and the CLI. Imports only proto/ and @grpc/grpc-js types.
import type { Metadata } from '@grpc/grpc-js';
import { messageDefinition } from './load.js';
import type { Status, Status__Output } from './gen/google/rpc/Status.js';
import type { Any__Output } from './gen/google/protobuf/Any.js';
import type { ErrorInfo, ErrorInfo__Output } from './gen/google/rpc/ErrorInfo.js';
import type { BadRequest, BadRequest__Output } from './gen/google/rpc/BadRequest.js';
import type { ResourceInfo, ResourceInfo__Output } from './gen/google/rpc/ResourceInfo.js';

/** The trailer grpc-go, grpc-java and grpcurl read rich errors from. */
export const STATUS_DETAILS_KEY = 'grpc-status-details-bin';
/** ErrorInfo.domain of every netsim error. */
export const ERROR_DOMAIN = 'netsim.dev';
const TYPE_URL_PREFIX = 'type.googleapis.com/';

export interface ErrorInfoDetail { reason: string; domain: string; metadata: Record<string, string> }
export interface FieldViolationDetail { field: string; description: string; reason: string }
export interface ResourceInfoDetail { resourceType: string; resourceName: string; description: string }

export interface StatusDetails {
  code: number;
  message: string;
  errorInfo?: ErrorInfoDetail;
  badRequest?: { fieldViolations: FieldViolationDetail[] };
  resourceInfo?: ResourceInfoDetail;
}

const ERROR_INFO = 'google.rpc.ErrorInfo';
const BAD_REQUEST = 'google.rpc.BadRequest';
const RESOURCE_INFO = 'google.rpc.ResourceInfo';

/** `d` as a google.rpc.Status message object, details packed as Any in a fixed order. */
export function toStatusMessage(d: StatusDetails): Status {
  const details: { type_url: string; value: Buffer }[] = [];
  const pack = <T extends object>(name: string, msg: T) =>
    details.push({ type_url: TYPE_URL_PREFIX + name, value: messageDefinition<T>(name).serialize(msg) });
  if (d.errorInfo) pack<ErrorInfo>(ERROR_INFO, d.errorInfo);
  if (d.badRequest) pack<BadRequest>(BAD_REQUEST, { field_violations: d.badRequest.fieldViolations });
  if (d.resourceInfo) {
    const r = d.resourceInfo;
    pack<ResourceInfo>(RESOURCE_INFO, { resource_type: r.resourceType, resource_name: r.resourceName, description: r.description });
  }
  return { code: d.code, message: d.message, details };
}

/** A google.rpc.Status message object as StatusDetails; unknown detail types are skipped. */
export function fromStatusMessage(m: Status__Output): StatusDetails {
  const out: StatusDetails = { code: m.code ?? 0, message: m.message ?? '' };
  for (const any of m.details ?? []) unpackInto(out, any);
  return out;
}

function unpackInto(out: StatusDetails, any: Any__Output): void {
  const name = (any.type_url ?? '').slice((any.type_url ?? '').lastIndexOf('/') + 1);
  const value = any.value ?? Buffer.alloc(0);
  if (name === ERROR_INFO) {
    const e = messageDefinition<ErrorInfo, ErrorInfo__Output>(name).deserialize(value);
    out.errorInfo = { reason: e.reason ?? '', domain: e.domain ?? '', metadata: { ...e.metadata } };
  } else if (name === BAD_REQUEST) {
    const b = messageDefinition<BadRequest, BadRequest__Output>(name).deserialize(value);
    out.badRequest = {
      fieldViolations: (b.field_violations ?? []).map((v) => ({ field: v.field ?? '', description: v.description ?? '', reason: v.reason ?? '' })),
    };
  } else if (name === RESOURCE_INFO) {
    const r = messageDefinition<ResourceInfo, ResourceInfo__Output>(name).deserialize(value);
    out.resourceInfo = { resourceType: r.resource_type ?? '', resourceName: r.resource_name ?? '', description: r.description ?? '' };
  }
}

/** The binary google.rpc.Status for the `grpc-status-details-bin` trailer. */
export function encodeStatusDetails(d: StatusDetails): Buffer {
  return messageDefinition<Status, Status__Output>('google.rpc.Status').serialize(toStatusMessage(d));
}

/** Decodes binary google.rpc.Status bytes. Throws on bytes that are not a Status. */
export function decodeStatusBytes(bytes: Uint8Array): StatusDetails {
  return fromStatusMessage(messageDefinition<Status, Status__Output>('google.rpc.Status').deserialize(Buffer.from(bytes)));
}

/** The details a failed call carried in its trailers; undefined when absent or unreadable. */
export function decodeStatusDetails(metadata: Metadata | undefined): StatusDetails | undefined {
  const raw = metadata?.get(STATUS_DETAILS_KEY)[0];
  if (raw === undefined || typeof raw === 'string') return undefined;
  try {
    return decodeStatusBytes(raw);
  } catch {
    return undefined;
  }
}
