// Tolerations, taint effects and the pod-update rule that tolerations may only be added.
// Pure; domain imports only. Sources: pkg/apis/core/validation/validation.go
// ValidateTolerations, validateTaintEffect, validateOnlyAddedTolerations.
import { forbidden, invalid, notSupported, required, type FieldError } from './field-errors.js';
import type { Toleration } from './types.js';
import { notSupportedInOrder } from './validate-go-values.js';
import { validateLabelName } from './validate-meta.js';
import { isValidLabelValue } from './validate-names.js';

const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** validateTaintEffect: the supported values are listed unsorted, as upstream passes them. */
export function validateTaintEffect(effect: string | undefined, allowEmpty: boolean, field: string): FieldError[] {
  if (!allowEmpty && !effect) return [required(field)];
  return TAINT_EFFECTS.includes(effect ?? '') ? [] : [notSupportedInOrder(field, effect ?? '', TAINT_EFFECTS)];
}

function validateToleration(t: Toleration, field: string): FieldError[] {
  const errs: FieldError[] = [];
  const key = t.key ?? '';
  const op = (t.operator ?? '') as string;
  if (key) errs.push(...validateLabelName(key, `${field}.key`));
  if (!key && op !== 'Exists') {
    errs.push(invalid(`${field}.operator`, op, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
  }
  if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute') {
    errs.push(invalid(`${field}.effect`, t.effect ?? '', "effect must be 'NoExecute' when `tolerationSeconds` is set"));
  }
  if (op === 'Equal' || op === '') {
    const msgs = isValidLabelValue(t.value ?? '');
    if (msgs.length) errs.push(invalid(`${field}.operator`, t.value ?? '', msgs.join(';')));
  } else if (op === 'Exists') {
    if (t.value) errs.push(invalid(`${field}.operator`, t.value, "value must be empty when `operator` is 'Exists'"));
  } else {
    errs.push(notSupported(`${field}.operator`, op, ['Equal', 'Exists']));
  }
  if (t.effect) errs.push(...validateTaintEffect(t.effect, true, `${field}.effect`));
  return errs;
}

export function validateTolerations(tolerations: readonly Toleration[] | undefined, field: string): FieldError[] {
  return (tolerations ?? []).flatMap((t, i) => validateToleration(t, `${field}[${i}]`));
}

function sameExceptSeconds(a: Toleration, b: Toleration): boolean {
  return (a.key ?? '') === (b.key ?? '') && (a.operator ?? '') === (b.operator ?? '')
    && (a.value ?? '') === (b.value ?? '') && (a.effect ?? '') === (b.effect ?? '');
}

/** validateOnlyAddedTolerations: existing entries may change only their tolerationSeconds. */
export function validateOnlyAddedTolerations(next: readonly Toleration[] | undefined, old: readonly Toleration[] | undefined, field: string): FieldError[] {
  for (const o of old ?? []) {
    if (!(next ?? []).some((n) => sameExceptSeconds(o, n))) {
      return [forbidden(field, 'existing toleration can not be modified except its tolerationSeconds')];
    }
  }
  return validateTolerations(next, field);
}
