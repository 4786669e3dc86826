// Go values as kubectl's template engines see decoded JSON (map[string]interface{} from
// apimachinery's json.Unmarshal): integers are int64, other numbers float64, objects maps, arrays
// []interface{}. Template constants add Go `int` and float64 literals. Imports nothing.

/** A Go `int` (template integer constants, `len`, range indexes), as opposed to a JSON int64. */
export class GoInt {
  constructor(readonly n: number) {}
}

/** A float64 that is integral but must stay a float (a `2.0` template constant). */
export class GoFloat {
  constructor(readonly n: number) {}
}

export type GoMap = { [key: string]: GoValue };
/** `undefined` is Go's invalid reflect.Value (a missing map key); `null` is a nil interface. */
export type GoValue = undefined | null | string | boolean | number | GoInt | GoFloat | GoValue[] | GoMap;

export type GoKind = 'invalid' | 'nil' | 'string' | 'bool' | 'int' | 'int64' | 'float64' | 'map' | 'slice';

export function goKind(v: GoValue): GoKind {
  if (v === undefined) return 'invalid';
  if (v === null) return 'nil';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (v instanceof GoInt) return 'int';
  if (v instanceof GoFloat) return 'float64';
  return Array.isArray(v) ? 'slice' : 'map';
}

/** The Go type name fmt prints (`%T`, `%!d(string=x)`). */
export function goTypeName(v: GoValue): string {
  switch (goKind(v)) {
    case 'map': return 'map[string]interface {}';
    case 'slice': return '[]interface {}';
    case 'nil': case 'invalid': return '<nil>';
    default: return goKind(v);
  }
}

/** The number inside an int, int64 or float64 value. */
export function goNumber(v: GoValue): number {
  if (v instanceof GoInt || v instanceof GoFloat) return v.n;
  return typeof v === 'number' ? v : NaN;
}

export function isGoInteger(v: GoValue): boolean {
  const k = goKind(v);
  return k === 'int' || k === 'int64';
}

/** Converts parsed JSON into Go values (numbers keep their JSON integer-ness; nothing else changes). */
export function fromJson(v: unknown): GoValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(fromJson);
  if (typeof v === 'object') {
    const out: GoMap = {};
    for (const [k, x] of Object.entries(v as object)) if (x !== undefined) out[k] = fromJson(x);
    return out;
  }
  return null;
}

/** Go's `if`/`with` truth: non-zero numbers, true, non-empty strings, maps and slices. */
export function goTruth(v: GoValue): boolean {
  switch (goKind(v)) {
    case 'invalid': case 'nil': return false;
    case 'string': return (v as string).length > 0;
    case 'bool': return v as boolean;
    case 'slice': return (v as GoValue[]).length > 0;
    case 'map': return Object.keys(v as GoMap).length > 0;
    default: return goNumber(v) !== 0;
  }
}
