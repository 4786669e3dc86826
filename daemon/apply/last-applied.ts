// The kubectl.kubernetes.io/last-applied-configuration annotation as kubectl's client-side apply
// writes and reads it (k8s.io/kubectl pkg/util/apply.go GetModifiedConfiguration,
// GetOriginalConfiguration; pkg/cmd/apply/apply.go). Pure; imports go-json.ts and domain errors.
import { BadRequestError } from '../domain/errors.js';
import { goJsonMarshal, toJson, type Json, type JsonObject } from './go-json.js';

export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy of `obj` whose metadata.annotations is `annotations` (metadata created if absent). */
function withAnnotations(obj: JsonObject, annotations: Record<string, string>): JsonObject {
  const metadata = isObject(obj.metadata) ? obj.metadata : {};
  return { ...obj, metadata: { ...metadata, annotations } };
}

function annotationsWithout(obj: JsonObject): Record<string, string> {
  const metadata = isObject(obj.metadata) ? obj.metadata : {};
  const annotations = isObject(metadata.annotations) ? { ...(metadata.annotations as Record<string, string>) } : {};
  delete annotations[LAST_APPLIED_ANNOTATION];
  return annotations;
}

/**
 * The annotation's value for `manifest`: GetModifiedConfiguration(annotate=false). The manifest
 * is encoded with the annotation removed and `annotations` kept even when empty (kubectl writes
 * `"annotations":{}`), compact, keys sorted, with the encoder's trailing newline.
 */
export function lastAppliedConfiguration(manifest: object): string {
  const m = toJson(manifest) as JsonObject;
  return goJsonMarshal(withAnnotations(m, annotationsWithout(m))) + '\n';
}

/** The manifest carrying its own last-applied annotation: GetModifiedConfiguration(annotate=true). */
export function withLastApplied(manifest: object): JsonObject {
  const m = toJson(manifest) as JsonObject;
  const annotations = annotationsWithout(m);
  annotations[LAST_APPLIED_ANNOTATION] = lastAppliedConfiguration(m);
  return withAnnotations(m, annotations);
}

/** The annotation on a live object, or undefined (GetOriginalConfiguration). */
export function lastAppliedOf(live: { metadata?: { annotations?: Record<string, string> } }): string | undefined {
  return live.metadata?.annotations?.[LAST_APPLIED_ANNOTATION];
}

/** The decoded annotation; empty means none. Errors: BadRequestError when it is not a JSON object. */
export function parseLastApplied(value: string | undefined): JsonObject | undefined {
  if (value === undefined || value === '') return undefined;
  let parsed: Json;
  try {
    parsed = JSON.parse(value) as Json;
  } catch (e) {
    throw new BadRequestError(`error decoding the ${LAST_APPLIED_ANNOTATION} annotation: ${(e as Error).message}`);
  }
  if (!isObject(parsed)) throw new BadRequestError(`error decoding the ${LAST_APPLIED_ANNOTATION} annotation: not a JSON object`);
  return parsed;
}

/**
 * kubectl's warning when apply patches an object that has no annotation (created by `create`):
 * `objectName` is `pods/web`, `baseName` the command (`kubectl`, `netsim`).
 */
export function missingLastAppliedWarning(objectName: string, baseName: string): string {
  return `Warning: resource ${objectName} is missing the ${LAST_APPLIED_ANNOTATION} annotation which is required by ${baseName} apply. ${baseName} apply should only be used on resources created declaratively by either ${baseName} create --save-config or ${baseName} apply. The missing annotation will be patched automatically.\n`;
}
