// go-yaml v2 encode.go's choice of scalar text and style for each JSON value, with resolve.go's
// question: would a string, written plain, read back as a bool, null, number or timestamp? Then
// it is double-quoted ("80", "true", "2024-01-02T03:04:05Z"). Imports only sibling print modules.
import { formatFloatG } from './go-strings.js';

// resolve.go resolveMap: every spelling decoded as bool, null, special float or merge key.
const RESOLVE_MAP = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
  '', '~', 'null', 'Null', 'NULL',
  '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '<<',
]);

// resolve.go resolveTable: the first byte decides whether anything but a string is possible.
function hint(s: string): string {
  if (s === '') return 'N';
  const c = s[0];
  if (c === '+' || c === '-') return 'S';
  if (c >= '0' && c <= '9') return 'D';
  if ('yYnNtTfFoO~'.includes(c)) return 'M';
  if (c === '.') return '.';
  return '';
}

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** True when go-yaml v2 resolves the plain scalar `s` to the !!str tag. */
export function resolvesToString(s: string): boolean {
  const h = hint(s);
  if (h === '') return true;
  if (RESOLVE_MAP.has(s)) return false;
  if (h === 'M') return true;
  if (h === '.') return !DOT_FLOAT.test(s);
  if (parseTimestamp(s)) return false;
  const plain = s.replaceAll('_', '');
  if (parseGoInt(plain) || parseGoUint(plain)) return false;
  if (YAML_STYLE_FLOAT.test(plain) && Number.isFinite(Number(plain))) return false;
  if (plain.startsWith('-0b') && /^[01]+$/.test(plain.slice(3))) return false;
  return true;
}

/** encode.go isBase60Float: `1:20`-like strings YAML 1.1 readers take as numbers; quoted on output. */
export function isBase60Float(s: string): boolean {
  if (s === '') return false;
  const c = s[0];
  if (!(c === '+' || c === '-' || (c >= '0' && c <= '9')) || !s.includes(':')) return false;
  return BASE60_FLOAT.test(s);
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** strconv.ParseInt(s, 0, 64) succeeds. */
function parseGoInt(s: string): boolean {
  let sign = 1n;
  let body = s;
  if (body[0] === '+' || body[0] === '-') { if (body[0] === '-') sign = -1n; body = body.slice(1); }
  const v = parseBase0(body);
  if (v === undefined) return false;
  const n = sign * v;
  return n >= INT64_MIN && n <= INT64_MAX;
}

/** strconv.ParseUint(s, 0, 64) succeeds (no sign allowed). */
function parseGoUint(s: string): boolean {
  const v = parseBase0(s);
  return v !== undefined && v <= UINT64_MAX;
}

// Base prefixes of strconv's base 0: 0x, 0o, 0b, a leading 0 for octal, else decimal.
function parseBase0(s: string): bigint | undefined {
  let digits = s;
  let re = /^[0-9]+$/;
  let prefix = '';
  if (/^0[xX]/.test(s)) { digits = s.slice(2); re = /^[0-9a-fA-F]+$/; prefix = '0x'; }
  else if (/^0[oO]/.test(s)) { digits = s.slice(2); re = /^[0-7]+$/; prefix = '0o'; }
  else if (/^0[bB]/.test(s)) { digits = s.slice(2); re = /^[01]+$/; prefix = '0b'; }
  else if (s.length > 1 && s[0] === '0') { digits = s.slice(1); re = /^[0-7]+$/; prefix = '0o'; }
  if (!re.test(digits)) return undefined;
  return BigInt(prefix + digits);
}

const TIMESTAMP = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt ])(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,]\d+)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * resolve.go parseTimestamp: time.Parse with "2006-1-2T15:4:5.999999999Z07:00" (also with a
 * lower-case t), "2006-1-2 15:4:5.999999999" (no zone) or "2006-1-2", including its range checks.
 */
export function parseTimestamp(s: string): boolean {
  const m = TIMESTAMP.exec(s);
  if (!m) return false;
  const [, y, mo, d, sep, hh, mm, ss, zone] = m;
  const year = Number(y), month = Number(mo), day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return false;
  if (sep === undefined) return true;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return false;
  if (sep === ' ') return zone === undefined;
  if (zone === undefined) return false;
  if (zone !== 'Z' && (Number(zone.slice(1, 3)) > 24 || Number(zone.slice(4, 6)) > 60)) return false;
  return true;
}

function daysIn(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export type Style = 'plain' | 'single' | 'double' | 'literal';

/** A scalar event: its text and the style the encoder asks for. */
export interface Scalar { value: string; style: Style }

// encode.go marshal: how each JSON value becomes a scalar event and which style it asks for.
export function toScalar(v: unknown): Scalar | undefined {
  if (v === null || v === undefined) return { value: 'null', style: 'plain' };
  if (typeof v === 'boolean') return { value: v ? 'true' : 'false', style: 'plain' };
  if (typeof v === 'bigint') return { value: v.toString(), style: 'plain' };
  if (typeof v === 'number') return { value: Number.isInteger(v) && Math.abs(v) < 2 ** 63 ? BigInt(v).toString() : yamlFloat(v), style: 'plain' };
  if (typeof v !== 'string') return undefined;
  if (v.includes('\n')) return { value: v, style: 'literal' };
  const plain = resolvesToString(v) && !isBase60Float(v);
  return { value: v, style: plain ? 'plain' : 'double' };
}

function yamlFloat(f: number): string {
  if (Number.isNaN(f)) return '.nan';
  if (!Number.isFinite(f)) return f > 0 ? '.inf' : '-.inf';
  return formatFloatG(f);
}
