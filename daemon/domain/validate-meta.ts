// ObjectMeta validation (names, namespace, labels, annotations, owner references), its update
// rules, label selectors and Namespace objects, worded as Kubernetes v1.31 words them. Pure.
// Sources: apimachinery api/validation/objectmeta.go, apis/meta/v1/validation/validation.go.
import { forbidden, invalid, required, tooLong, type FieldError } from './field-errors.js';
import type { LabelSelector, Namespace, ObjectMeta, OwnerReference } from './types.js';
import { isQualifiedName, isValidLabelValue, nameIsDnsLabel, type NameFn } from './validate-names.js';

/** apimachinery IsNegativeErrorMsg */
export const IS_NEGATIVE_MSG = 'must be greater than or equal to 0';
/** apimachinery FieldImmutableErrorMsg */
export const IMMUTABLE_MSG = 'field is immutable';
const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

export function validateNonnegative(value: number | undefined, field: string): FieldError[] {
  return value !== undefined && value < 0 ? [invalid(field, value, IS_NEGATIVE_MSG)] : [];
}

/** ValidateLabelName: errors carry the labels path itself, not the key. */
export function validateLabelName(key: string, field: string): FieldError[] {
  return isQualifiedName(key).map((m) => invalid(field, key, m));
}

export function validateLabels(labels: Readonly<Record<string, string>> | undefined, field: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    errs.push(...validateLabelName(k, field));
    errs.push(...isValidLabelValue(v).map((m) => invalid(field, v, m)));
  }
  return errs;
}

/** Annotation keys are qualified names compared in lower case; 256 KiB in total. */
export function validateAnnotations(annotations: Readonly<Record<string, string>> | undefined, field: string): FieldError[] {
  const errs: FieldError[] = [];
  let size = 0;
  for (const [k, v] of Object.entries(annotations ?? {})) {
    errs.push(...isQualifiedName(k.toLowerCase()).map((m) => invalid(field, k, m)));
    size += Buffer.byteLength(k) + Buffer.byteLength(v);
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) errs.push(tooLong(field, `must have at most ${TOTAL_ANNOTATION_SIZE_LIMIT} bytes`));
  return errs;
}

function validateOwnerReferences(refs: readonly OwnerReference[] | undefined, field: string): FieldError[] {
  const errs: FieldError[] = [];
  let firstController = '';
  for (const r of refs ?? []) {
    const version = r.apiVersion.includes('/') ? r.apiVersion.split('/')[1] : r.apiVersion;
    if (!version) errs.push(invalid(`${field}.apiVersion`, r.apiVersion, 'version must not be empty'));
    if (!r.kind) errs.push(invalid(`${field}.kind`, r.kind, 'must not be empty'));
    if (!r.name) errs.push(invalid(`${field}.name`, r.name, 'must not be empty'));
    if (!r.uid) errs.push(invalid(`${field}.uid`, r.uid, 'must not be empty'));
    if (!r.controller) continue;
    const cur = `${r.kind}/${r.name}`;
    if (firstController) {
      // Upstream prints the slice with %#v, pointer addresses included: not reproducible.
      errs.push(invalid(field, { goSyntax: '[]v1.OwnerReference{...}' },
        `Only one reference can have Controller set to true. Found "true" in references for ${firstController} and ${cur}`));
    } else firstController = cur;
  }
  return errs;
}

/**
 * ValidateObjectMeta on create: generateName and name through `nameFn`, then namespace
 * (required and a DNS label when `namespaced`, forbidden otherwise), generation, labels,
 * annotations and owner references.
 */
export function validateObjectMeta(meta: Partial<ObjectMeta>, namespaced: boolean, nameFn: NameFn, field = 'metadata'): FieldError[] {
  const errs: FieldError[] = [];
  if (meta.generateName) errs.push(...nameFn(meta.generateName, true).map((m) => invalid(`${field}.generateName`, meta.generateName, m)));
  if (!meta.name) errs.push(required(`${field}.name`, 'name or generateName is required'));
  else errs.push(...nameFn(meta.name, false).map((m) => invalid(`${field}.name`, meta.name, m)));
  if (namespaced) {
    if (!meta.namespace) errs.push(required(`${field}.namespace`));
    else errs.push(...nameIsDnsLabel(meta.namespace, false).map((m) => invalid(`${field}.namespace`, meta.namespace, m)));
  } else if (meta.namespace) {
    errs.push(forbidden(`${field}.namespace`, 'not allowed on this type'));
  }
  errs.push(...validateNonnegative(meta.generation, `${field}.generation`));
  errs.push(...validateLabels(meta.labels, `${field}.labels`));
  errs.push(...validateAnnotations(meta.annotations, `${field}.annotations`));
  errs.push(...validateOwnerReferences(meta.ownerReferences, `${field}.ownerReferences`));
  return errs;
}

/** ValidateObjectMetaUpdate: name, namespace, uid and timestamps are immutable. */
export function validateObjectMetaUpdate(next: ObjectMeta, old: ObjectMeta, field = 'metadata'): FieldError[] {
  const errs: FieldError[] = [];
  if (!next.resourceVersion) errs.push(invalid(`${field}.resourceVersion`, next.resourceVersion, 'must be specified for an update'));
  if ((next.generation ?? 0) < (old.generation ?? 0)) errs.push(invalid(`${field}.generation`, next.generation ?? 0, 'must not be decremented'));
  const immutable: [keyof ObjectMeta, string | undefined, string | undefined][] = [
    ['name', next.name, old.name], ['namespace', next.namespace ?? '', old.namespace ?? ''], ['uid', next.uid, old.uid],
  ];
  for (const [k, a, b] of immutable) if (a !== b) errs.push(invalid(`${field}.${k}`, a, IMMUTABLE_MSG));
  // metav1.Time prints through its String() method: `2024-01-02 03:04:05 +0000 UTC`.
  for (const k of ['creationTimestamp', 'deletionTimestamp'] as const) {
    if (next[k] !== old[k]) errs.push(invalid(`${field}.${k}`, next[k] === undefined ? null : { goSyntax: goTime(next[k]!) }, IMMUTABLE_MSG));
  }
  errs.push(...validateLabels(next.labels, `${field}.labels`));
  errs.push(...validateAnnotations(next.annotations, `${field}.annotations`));
  errs.push(...validateOwnerReferences(next.ownerReferences, `${field}.ownerReferences`));
  return errs;
}

function goTime(rfc3339: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})Z$/.exec(rfc3339);
  return m ? `${m[1]} ${m[2]} +0000 UTC` : rfc3339;
}

/** metav1 ValidateLabelSelector (strict label values, as workloads use it). */
export function validateLabelSelector(sel: LabelSelector | undefined, field: string): FieldError[] {
  if (!sel) return [];
  const errs = validateLabels(sel.matchLabels, `${field}.matchLabels`);
  (sel.matchExpressions ?? []).forEach((r, i) => {
    const p = `${field}.matchExpressions[${i}]`;
    const values = r.values ?? [];
    if (r.operator === 'In' || r.operator === 'NotIn') {
      if (values.length === 0) errs.push(required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
    } else if (r.operator === 'Exists' || r.operator === 'DoesNotExist') {
      if (values.length > 0) errs.push(forbidden(`${p}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
    } else {
      errs.push(invalid(`${p}.operator`, r.operator, 'not a valid selector operator'));
    }
    errs.push(...validateLabelName(r.key, `${p}.key`));
    values.forEach((v, j) => errs.push(...isValidLabelValue(v).map((m) => invalid(`${p}.values[${j}]`, v, m))));
  });
  return errs;
}

/** ValidateNamespace: a DNS-1123 label name, cluster-scoped metadata, standard finalizers. */
export function validateNamespace(ns: Namespace): FieldError[] {
  const errs = validateObjectMeta(ns.metadata, false, nameIsDnsLabel);
  (ns.spec?.finalizers ?? []).forEach((f, i) => {
    const field = `spec.finalizers[${i}]`;
    const msgs = isQualifiedName(f);
    errs.push(...msgs.map((m) => invalid(field, f, m)));
    if (msgs.length === 0 && !f.includes('/') && f !== 'kubernetes') {
      errs.push(invalid(field, f, 'name is neither a standard finalizer name nor is it fully qualified'));
    }
  });
  return errs;
}
