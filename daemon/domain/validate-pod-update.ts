// The pod-update immutability rules: containers may not be added or removed, tolerations may
// only be added, and nothing else in the spec but images may change. Pure; domain imports only.
// Source: pkg/apis/core/validation/validation.go ValidatePodUpdate, ValidateContainerUpdates.
import { forbidden, invalid, required, type FieldError } from './field-errors.js';
import type { PodSpec } from './types.js';
import { validateOnlyAddedTolerations } from './validate-tolerations.js';

/** updatablePodSpecFields, joined by "," as upstream joins them. */
const UPDATABLE = [
  '`spec.containers[*].image`',
  '`spec.initContainers[*].image`',
  '`spec.activeDeadlineSeconds`',
  '`spec.tolerations` (only additions to existing tolerations)',
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
].join(',');

/** core.PodSpec field order, for the diff; JSON names whose Go names are not just capitalized. */
const GO_ORDER = ['volumes', 'initContainers', 'containers', 'restartPolicy', 'terminationGracePeriodSeconds',
  'dnsPolicy', 'nodeSelector', 'serviceAccountName', 'serviceAccount', 'nodeName', 'hostNetwork', 'securityContext',
  'hostname', 'subdomain', 'schedulerName', 'tolerations', 'hostAliases', 'priority', 'dnsConfig',
  'enableServiceLinks', 'preemptionPolicy'];
const GO_NAMES: Record<string, string> = { dnsPolicy: 'DNSPolicy', dnsConfig: 'DNSConfig', serviceAccount: 'DeprecatedServiceAccount' };

/** apiequality.Semantic.DeepEqual, where nil and empty slices or maps (here also objects) are equal. */
export function semanticEqual(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === undefined || v === null
    || (typeof v === 'object' && Object.keys(v as object).length === 0);
  if (empty(a) && empty(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => semanticEqual(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => semanticEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

function goValue(v: unknown): string {
  if (v === undefined || v === null) return 'nil';
  if (typeof v === 'string') return JSON.stringify(v);
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/**
 * An approximation of the cmp.Diff(old, new) text upstream appends: changed top-level fields
 * as -/+ lines, unchanged runs elided. (go-cmp deliberately randomizes its whitespace, so no
 * byte-exact form exists.)
 */
export function podSpecDiff(old: PodSpec, next: PodSpec): string {
  const o = old as unknown as Record<string, unknown>, n = next as unknown as Record<string, unknown>;
  const keys = [...GO_ORDER, ...Object.keys({ ...o, ...n }).filter((k) => !GO_ORDER.includes(k))];
  const lines = ['  core.PodSpec{'];
  let same = 0;
  const flush = () => { if (same) lines.push(`  \t... // ${same} identical field${same === 1 ? '' : 's'}`); same = 0; };
  for (const k of keys) {
    if (semanticEqual(o[k], n[k])) { same++; continue; }
    flush();
    const name = GO_NAMES[k] ?? k[0].toUpperCase() + k.slice(1);
    lines.push(`- \t${name}: ${goValue(o[k])},`, `+ \t${name}: ${goValue(n[k])},`);
  }
  flush();
  lines.push('  }');
  return lines.join('\n');
}

/** The update-only errors of ValidatePodUpdate for `spec` (metadata and create rules aside). */
export function podSpecUpdateErrors(next: PodSpec, old: PodSpec): FieldError[] {
  const nc = next.containers ?? [], oc = old.containers ?? [];
  if (nc.length !== oc.length) return [forbidden('spec.containers', 'pod updates may not add or remove containers')];
  const errs: FieldError[] = [];
  nc.forEach((c, i) => {
    if (!c.image) errs.push(required(`spec.containers[${i}].image`));
    else if (c.image !== c.image.trim()) errs.push(invalid(`spec.containers[${i}].image`, c.image, 'must not have leading or trailing whitespace'));
  });
  errs.push(...validateOnlyAddedTolerations(next.tolerations, old.tolerations, 'spec.tolerations'));
  const munged: PodSpec = { ...next, containers: nc.map((c, i) => ({ ...c, image: oc[i].image })), tolerations: old.tolerations };
  if (!munged.tolerations) delete munged.tolerations;
  // A negative grace period may be raised to 1.
  if ((old.terminationGracePeriodSeconds ?? 0) < 0 && munged.terminationGracePeriodSeconds === 1) {
    munged.terminationGracePeriodSeconds = old.terminationGracePeriodSeconds;
  }
  if (!semanticEqual(munged, old)) {
    errs.push(forbidden('spec', `pod updates may not change fields other than ${UPDATABLE}\n${podSpecDiff(old, munged)}`));
  }
  return errs;
}
