// Comparisons of the template engines: text/template's eq/ne/lt/le/gt/ge (funcs.go) and the
// copy client-go's jsonpath filters use (third_party/forked/golang/template), which differ only
// in how nil and non-basic operands fail. Imports only sibling print modules.
import { goCompare } from './go-strings.js';
import { goKind, goNumber, type GoValue } from './go-value.js';

type Basic = 'bool' | 'int' | 'float' | 'string' | 'invalid';

export class ComparisonError extends Error {}

export const BAD_TYPE = 'invalid type for comparison';
export const INCOMPATIBLE = 'incompatible types for comparison';

function basicKind(v: GoValue): Basic {
  switch (goKind(v)) {
    case 'bool': return 'bool';
    case 'int': case 'int64': return 'int';
    case 'float64': return 'float';
    case 'string': return 'string';
    default: return 'invalid';
  }
}

function scalar(v: GoValue): string | number | boolean {
  return typeof v === 'string' || typeof v === 'boolean' ? v : goNumber(v);
}

function less(a: GoValue, b: GoValue): boolean {
  return typeof a === 'string' && typeof b === 'string' ? goCompare(a, b) < 0 : scalar(a) < scalar(b);
}

/** forked template.Equal (jsonpath filters): both operands must be basic. */
export function jsonpathEqual(a: GoValue, b: GoValue): boolean {
  const ka = basicKind(a), kb = basicKind(b);
  if (ka === 'invalid' || kb === 'invalid') throw new ComparisonError(BAD_TYPE);
  if (ka !== kb) throw new ComparisonError(INCOMPATIBLE);
  return scalar(a) === scalar(b);
}

/** forked template.Less (jsonpath filters). */
export function jsonpathLess(a: GoValue, b: GoValue): boolean {
  const ka = basicKind(a), kb = basicKind(b);
  if (ka === 'invalid' || kb === 'invalid') throw new ComparisonError(BAD_TYPE);
  if (ka !== kb) throw new ComparisonError(INCOMPATIBLE);
  if (ka === 'bool') throw new ComparisonError(BAD_TYPE);
  return less(a, b);
}

/** text/template eq: arg1 == any of the rest; nil equals nil; maps and slices are uncomparable. */
export function templateEq(a: GoValue, rest: GoValue[]): boolean {
  const ka = goKind(a);
  if (ka === 'map' || ka === 'slice') throw new ComparisonError(`uncomparable type: ${ka === 'map' ? 'map[string]interface {}' : '[]interface {}'}`);
  if (rest.length === 0) throw new ComparisonError('missing argument for comparison');
  const k1 = basicKind(a);
  for (const b of rest) {
    const k2 = basicKind(b);
    if (k1 !== k2) throw new ComparisonError(INCOMPATIBLE);
    if (k1 === 'invalid') {
      const kb = goKind(b);
      if (kb === 'map' || kb === 'slice') throw new ComparisonError(`uncomparable type: ${kb === 'map' ? 'map[string]interface {}' : '[]interface {}'}`);
      if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
      continue;
    }
    if (scalar(a) === scalar(b)) return true;
  }
  return false;
}

/** text/template lt. */
export function templateLt(a: GoValue, b: GoValue): boolean {
  const ka = basicKind(a), kb = basicKind(b);
  if (ka === 'invalid' || kb === 'invalid') throw new ComparisonError(BAD_TYPE);
  if (ka !== kb) throw new ComparisonError(INCOMPATIBLE);
  if (ka === 'bool') throw new ComparisonError(BAD_TYPE);
  return less(a, b);
}
