// Go `%#v` renderings of the non-string values Kubernetes v1.31 puts in field errors (maps,
// label selectors, taints), and NotSupported with the caller's order. Imports field-errors.ts
// and types.ts only. Source: apimachinery field/errors.go ErrorBody (`%#v` fallback).
import { goQuote, type FieldError, type FieldValue } from './field-errors.js';
import type { LabelSelector, Taint } from './types.js';

/** `map[string]string{"a":"1", "b":"2"}` (fmt sorts map keys); nil prints `map[string]string(nil)`. */
export function goStringMap(m: Readonly<Record<string, string>> | undefined): { goSyntax: string } {
  if (m === undefined) return { goSyntax: 'map[string]string(nil)' };
  const body = Object.keys(m).sort().map((k) => `${goQuote(k)}:${goQuote(m[k])}`).join(', ');
  return { goSyntax: `map[string]string{${body}}` };
}

function goStrings(values: readonly string[] | undefined): string {
  return values === undefined ? '[]string(nil)' : `[]string{${values.map(goQuote).join(', ')}}`;
}

/** A dereferenced *metav1.LabelSelector, as `%#v` prints it. */
export function goLabelSelector(sel: LabelSelector | undefined): { goSyntax: string } {
  if (sel === undefined) return { goSyntax: 'null' };
  const exprs = sel.matchExpressions === undefined ? '[]v1.LabelSelectorRequirement(nil)'
    : `[]v1.LabelSelectorRequirement{${sel.matchExpressions.map((e) =>
      `v1.LabelSelectorRequirement{Key:${goQuote(e.key)}, Operator:${goQuote(e.operator)}, Values:${goStrings(e.values)}}`).join(', ')}}`;
  return { goSyntax: `v1.LabelSelector{MatchLabels:${goStringMap(sel.matchLabels).goSyntax}, MatchExpressions:${exprs}}` };
}

/** core.Taint as `%#v` prints it (TimeAdded is a nil *metav1.Time for user-set taints). */
export function goTaint(t: Taint): { goSyntax: string } {
  return { goSyntax: `core.Taint{Key:${goQuote(t.key ?? '')}, Value:${goQuote(t.value ?? '')}, Effect:${goQuote(t.effect ?? '')}, TimeAdded:(*v1.Time)(nil)}` };
}

/**
 * field.NotSupported keeps the caller's order (v1.31 apimachinery does not sort); callers that
 * pass `sets.List(...)` get sorted values, those passing a literal slice (dnsPolicy,
 * restartPolicy, taint effects) do not.
 */
export function notSupportedInOrder(field: string, value: FieldValue, supported: readonly string[]): FieldError {
  const detail = supported.length ? `supported values: ${supported.map(goQuote).join(', ')}` : '';
  return { type: 'Unsupported value', field, value, detail, reason: 'INVALID_SPEC' };
}
