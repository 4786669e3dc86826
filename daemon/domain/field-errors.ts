// Field errors worded as apimachinery's field.Error renders them (spec R0.1).
// Source: k8s.io/apimachinery/pkg/util/validation/field/errors.go (*Error).ErrorBody.

export type FieldErrorType =
  | 'Invalid value' | 'Required value' | 'Duplicate value' | 'Unsupported value'
  | 'Forbidden' | 'Not found' | 'Too long' | 'Too many' | 'Internal error';

/** A value as Go's %#v-ish rule prints it in a field error: strings quoted, numbers plain. */
export type FieldValue = string | number | boolean | null | undefined | { goSyntax: string };

export interface FieldError {
  readonly type: FieldErrorType;
  readonly field: string;
  readonly value?: FieldValue;
  readonly detail?: string;
  /** Stable UPPER_SNAKE reason for google.rpc.BadRequest field violations. */
  readonly reason?: string;
}

const OMITS_VALUE: ReadonlySet<FieldErrorType> = new Set(['Required value', 'Forbidden', 'Too long', 'Internal error']);

/** Go's strconv.Quote for the printable ASCII subset and the common escapes. */
export function goQuote(s: string): string {
  return JSON.stringify(s);
}

export function formatFieldValue(v: FieldValue): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return v.goSyntax;
}

/** `<field>: <Type>: <value>: <detail>` with the value omitted for the types that omit it. */
export function renderFieldError(e: FieldError): string {
  let s = `${e.field}: ${e.type}`;
  if (!OMITS_VALUE.has(e.type)) s += `: ${formatFieldValue(e.value)}`;
  if (e.detail) s += `: ${e.detail}`;
  return s;
}

/** Go-syntax rendering of a []string value, as `%#v` prints it: []string{"a", "b"}. */
export function goStringSlice(values: readonly string[], typeName = '[]string'): { goSyntax: string } {
  return { goSyntax: `${typeName}{${values.map(goQuote).join(', ')}}` };
}

export const invalid = (field: string, value: FieldValue, detail: string, reason = 'INVALID_SPEC'): FieldError =>
  ({ type: 'Invalid value', field, value, detail, reason });
export const required = (field: string, detail = '', reason = 'INVALID_SPEC'): FieldError =>
  ({ type: 'Required value', field, detail, reason });
export const duplicate = (field: string, value: FieldValue, reason = 'INVALID_SPEC'): FieldError =>
  ({ type: 'Duplicate value', field, value, reason });
export const forbidden = (field: string, detail: string, reason = 'INVALID_SPEC'): FieldError =>
  ({ type: 'Forbidden', field, detail, reason });
export const tooMany = (field: string, detail: string, reason = 'INVALID_SPEC'): FieldError =>
  ({ type: 'Too many', field, detail, reason });
export const tooLong = (field: string, detail: string, reason = 'INVALID_SPEC'): FieldError =>
  ({ type: 'Too long', field, detail, reason });

/** NotSupported: detail `supported values: "A", "B"` (sorted, quoted). */
export function notSupported(field: string, value: FieldValue, supported: readonly string[], reason = 'INVALID_SPEC'): FieldError {
  const detail = supported.length ? `supported values: ${[...supported].sort().map(goQuote).join(', ')}` : '';
  return { type: 'Unsupported value', field, value, detail, reason };
}
