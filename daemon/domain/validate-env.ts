// Container env validation and the downward-API field-path rules the kubelet's env resolution
// shares (kubelet/env.ts). Pure; imports domain/ only. Source: core/validation ValidateEnv,
// validateObjectFieldSelector; core/pods/helpers.go ConvertDownwardAPIFieldLabel; pkg/fieldpath.
import { invalid, notSupported, required, type FieldError } from './field-errors.js';
import type { EnvVar, ObjectFieldSelector } from './types.js';
import { isEnvVarName, isQualifiedName } from './validate-names.js';

/** validEnvDownwardAPIFieldPathExpressions (spec R5.3). */
export const ENV_FIELD_PATHS = [
  'metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName',
  'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs',
] as const;

/** Labels a v1 pod's downward API knows, before the env-specific allow-list applies. */
const CONVERTIBLE = new Set<string>([
  'metadata.annotations', 'metadata.labels', ...ENV_FIELD_PATHS,
  'spec.restartPolicy', 'spec.schedulerName', 'status.phase',
]);

/** `metadata.labels['app']` → { path: 'metadata.labels', subscript: 'app' }. */
export function splitMaybeSubscriptedPath(fieldPath: string): { path: string; subscript?: string } {
  if (!fieldPath.endsWith("']")) return { path: fieldPath };
  const inner = fieldPath.slice(0, -2);
  const at = inner.indexOf("['");
  if (at <= 0) return { path: fieldPath };
  return { path: inner.slice(0, at), subscript: inner.slice(at + 2) };
}

/** ConvertDownwardAPIFieldLabel: the internal path, or the conversion error's text. */
export function convertDownwardApiFieldLabel(apiVersion: string, label: string): { path: string } | { error: string } {
  if (apiVersion !== 'v1') return { error: `unsupported pod version: ${apiVersion}` };
  const { path, subscript } = splitMaybeSubscriptedPath(label);
  if (subscript !== undefined) {
    return path === 'metadata.annotations' || path === 'metadata.labels' ? { path: label } : { error: `field label does not support subscript: ${label}` };
  }
  if (label === 'spec.host') return { path: 'spec.nodeName' };  // old v1 clients
  return CONVERTIBLE.has(label) ? { path: label } : { error: `field label not supported: ${label}` };
}

function validateFieldRef(fs: ObjectFieldSelector, field: string): FieldError[] {
  if (!fs.apiVersion) return [required(`${field}.apiVersion`)];
  if (!fs.fieldPath) return [required(`${field}.fieldPath`)];
  const conv = convertDownwardApiFieldLabel(fs.apiVersion, fs.fieldPath);
  if ('error' in conv) return [invalid(`${field}.fieldPath`, fs.fieldPath, `error converting fieldPath: ${conv.error}`)];
  const { path, subscript } = splitMaybeSubscriptedPath(conv.path);
  if (subscript !== undefined) {
    const key = path === 'metadata.annotations' ? subscript.toLowerCase() : subscript;
    return isQualifiedName(key).map((m) => invalid(field, key, m));
  }
  // NotSupported over sets.List(...): sorted.
  if (!(ENV_FIELD_PATHS as readonly string[]).includes(path)) return [notSupported(`${field}.fieldPath`, path, ENV_FIELD_PATHS)];
  return [];
}

const VALUE_FROM_SOURCES = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef'] as const;

function validateValueFrom(ev: EnvVar, field: string): FieldError[] {
  if (!ev.valueFrom) return [];
  const from = ev.valueFrom as Record<string, unknown>;
  const sources = VALUE_FROM_SOURCES.filter((k) => from[k] != null).length;
  const errs = ev.valueFrom.fieldRef ? validateFieldRef(ev.valueFrom.fieldRef, `${field}.fieldRef`) : [];
  if (sources === 0) errs.push(invalid(field, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'));
  else if (ev.value) errs.push(invalid(field, '', 'may not be specified when `value` is not empty'));
  else if (sources > 1) errs.push(invalid(field, '', 'may not have more than one field specified at a time'));
  return errs;
}

/** ValidateEnv for `containers[i].env` at `field`. */
export function validateEnv(vars: readonly EnvVar[] | undefined, field: string): FieldError[] {
  const errs: FieldError[] = [];
  (vars ?? []).forEach((ev, i) => {
    const p = `${field}[${i}]`;
    if (!ev.name) errs.push(required(`${p}.name`));
    else errs.push(...isEnvVarName(ev.name).map((m) => invalid(`${p}.name`, ev.name, m)));
    errs.push(...validateValueFrom(ev, `${p}.valueFrom`));
  });
  return errs;
}
