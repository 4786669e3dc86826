// The functions a kubectl go-template can call: text/template's builtins (funcs.go) and kubectl's
// exists and base64decode (cli-runtime printers/template.go), with their Go error texts. Imports
// only sibling print modules and node:buffer.
import { Buffer } from 'node:buffer';
import { ComparisonError, templateEq, templateLt } from './go-compare.js';
import { sprint, sprintf, sprintln } from './go-fmt.js';
import { fromBase64 } from './go-base64.js';
import { isGoPrint, utf8Length } from './go-strings.js';
import { goKind, goNumber, goTruth, goTypeName, GoInt, isGoInteger, type GoMap, type GoValue } from './go-value.js';

/**
 * How an argument reaches a function: `any` (interface{}: nil for a missing value), `value`
 * (reflect.Value: `null` is a nil interface, `undefined` an invalid value) or `string`.
 */
export type ParamType = 'any' | 'value' | 'string';

/** A function's result; `boxed` marks an element taken from an interface{} container. */
export interface FuncResult { v: GoValue; boxed: boolean }

export interface TemplateFunc {
  params: ParamType[];
  variadic?: ParamType;
  call(args: GoValue[]): FuncResult;
}

/** An error a function returns; execution reports it as `error calling NAME: MESSAGE`. */
export class FuncError extends Error {}

const plain = (v: GoValue): FuncResult => ({ v, boxed: false });
const unbox = (v: GoValue): GoValue => (v === null ? undefined : v);

function compare(fn: () => boolean): FuncResult {
  try { return plain(fn()); } catch (e) {
    if (e instanceof ComparisonError) throw new FuncError(e.message);
    throw e;
  }
}

const lt = (a: GoValue, b: GoValue) => templateLt(unbox(a), unbox(b));
const eq = (a: GoValue, rest: GoValue[]) => templateEq(unbox(a), rest.map(unbox));

export const BUILTINS: Record<string, TemplateFunc> = {
  and: { params: ['value'], variadic: 'value', call: (a) => plain(a.find((x) => !goTruth(unbox(x))) ?? a[a.length - 1]) },
  or: { params: ['value'], variadic: 'value', call: (a) => plain(a.find((x) => goTruth(unbox(x))) ?? a[a.length - 1]) },
  not: { params: ['value'], call: ([a]) => plain(!goTruth(unbox(a))) },
  len: { params: ['any'], call: ([a]) => plain(new GoInt(length(a))) },
  index: { params: ['value'], variadic: 'value', call: ([item, ...idx]) => index(item, idx) },
  slice: { params: ['value'], variadic: 'value', call: ([item, ...idx]) => plain(slice(item, idx)) },
  print: { params: [], variadic: 'any', call: (a) => plain(sprint(a)) },
  println: { params: [], variadic: 'any', call: (a) => plain(sprintln(a)) },
  printf: { params: ['string'], variadic: 'any', call: ([f, ...a]) => plain(sprintf(f as string, a)) },
  eq: { params: ['value'], variadic: 'value', call: ([a, ...rest]) => compare(() => eq(a, rest)) },
  ne: { params: ['value', 'value'], call: ([a, b]) => compare(() => !eq(a, [b])) },
  lt: { params: ['value', 'value'], call: ([a, b]) => compare(() => lt(a, b)) },
  le: { params: ['value', 'value'], call: ([a, b]) => compare(() => lt(a, b) || eq(a, [b])) },
  gt: { params: ['value', 'value'], call: ([a, b]) => compare(() => !(lt(a, b) || eq(a, [b]))) },
  ge: { params: ['value', 'value'], call: ([a, b]) => compare(() => !lt(a, b)) },
  html: { params: [], variadic: 'any', call: (a) => plain(htmlEscape(evalArgs(a))) },
  js: { params: [], variadic: 'any', call: (a) => plain(jsEscape(evalArgs(a))) },
  urlquery: { params: [], variadic: 'any', call: (a) => plain(queryEscape(evalArgs(a))) },
  // kubectl cli-runtime printers/template.go
  exists: { params: ['any'], variadic: 'any', call: ([item, ...idx]) => plain(exists(item, idx)) },
  base64decode: { params: ['string'], call: ([s]) => plain(base64decode(s as string)) },
};

function length(a: GoValue): number {
  if (a === null || a === undefined) throw new FuncError('len of untyped nil');
  if (typeof a === 'string') return utf8Length(a);
  if (Array.isArray(a)) return a.length;
  if (goKind(a) === 'map') return Object.keys(a).length;
  throw new FuncError(`len of type ${goTypeName(a)}`);
}

function indexArg(i: GoValue, cap: number, what: 'slice/array'): number {
  const idx = unbox(i);
  if (idx === undefined) throw new FuncError(`cannot index ${what} with nil`);
  if (!isGoInteger(idx)) throw new FuncError(`cannot index ${what} with type ${goTypeName(idx)}`);
  const x = goNumber(idx);
  if (x < 0 || x > cap) throw new FuncError(`index out of range: ${x}`);
  return x;
}

function index(item: GoValue, indexes: GoValue[]): FuncResult {
  let v = unbox(item);
  if (v === undefined) throw new FuncError('index of untyped nil');
  let boxed = false;
  for (const i of indexes) {
    if (v === null) throw new FuncError('index of nil pointer');
    if (Array.isArray(v) || typeof v === 'string') {
      const x = indexArg(i, v.length, 'slice/array');
      if (x >= v.length) throw new FuncError(`reflect: ${typeof v === 'string' ? 'string' : 'slice'} index out of range`);
      if (typeof v === 'string') { v = new GoInt(Buffer.from(v, 'utf8')[x]); boxed = false; }
      else { v = v[x]; boxed = true; }
    } else if (goKind(v) === 'map') {
      const key = unbox(i);
      if (key === undefined) throw new FuncError('value is nil; should be of type string');
      if (typeof key !== 'string') throw new FuncError(`value has type ${goTypeName(key)}; should be string`);
      const x = (v as GoMap)[key];
      v = x === undefined ? null : x;
      boxed = true;
    } else throw new FuncError(`can't index item of type ${goTypeName(v)}`);
  }
  return { v, boxed };
}

function slice(item: GoValue, indexes: GoValue[]): GoValue {
  const v = unbox(item);
  if (v === undefined) throw new FuncError('slice of untyped nil');
  if (indexes.length > 3) throw new FuncError(`too many slice indexes: ${indexes.length}`);
  if (typeof v !== 'string' && !Array.isArray(v)) throw new FuncError(`can't slice item of type ${goTypeName(v)}`);
  if (typeof v === 'string' && indexes.length === 3) throw new FuncError('cannot 3-index slice a string');
  const idx = [0, v.length];
  indexes.forEach((x, i) => { idx[i] = indexArg(x, v.length, 'slice/array'); });
  if (idx[0] > idx[1]) throw new FuncError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes.length === 3 && idx[1] > idx[2]) throw new FuncError(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  return typeof v === 'string' ? Buffer.from(v, 'utf8').subarray(idx[0], idx[1]).toString('utf8') : v.slice(idx[0], idx[1]);
}

// cli-runtime printers/jsonpath.go exists: true when every index resolves to a non-nil value.
function exists(item: GoValue, indexes: GoValue[]): boolean {
  let v: GoValue = item;
  for (const i of indexes) {
    if (v === null || v === undefined) return false;
    if (Array.isArray(v) || typeof v === 'string') {
      if (!isGoInteger(i)) return false;
      const x = goNumber(i);
      if (x < 0 || x >= v.length) return false;
      v = typeof v === 'string' ? new GoInt(Buffer.from(v, 'utf8')[x]) : v[x];
    } else if (goKind(v) === 'map') {
      if (typeof i !== 'string') return false;
      const x = (v as GoMap)[i];
      v = x === undefined ? null : x;
    } else return false;
  }
  return v !== null && v !== undefined;
}

function base64decode(s: string): string {
  const r = fromBase64(s);
  if (typeof r === 'number') throw new FuncError(`base64 decode failed: illegal base64 data at input byte ${r}`);
  return r.toString('utf8');
}

// funcs.go evalArgs: a lone string as is, else fmt.Sprint with missing values as <no value>.
function evalArgs(args: GoValue[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(args.map((a) => (a === undefined ? '<no value>' : a)));
}

const HTML_ESCAPES: Record<string, string> = { '\0': '\uFFFD', '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function htmlEscape(s: string): string {
  return s.replace(/[\0"'&<>]/g, (c) => HTML_ESCAPES[c]);
}

const JS_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '"': '\\"', '<': '\\u003C', '>': '\\u003E', '&': '\\u0026', '=': '\\u003D' };

function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (JS_ESCAPES[ch]) out += JS_ESCAPES[ch];
    else if (c < 0x20) out += '\\u00' + c.toString(16).toUpperCase().padStart(2, '0');
    else if (c >= 0x80 && !isGoPrint(ch)) out += '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
    else out += ch;
  }
  return out;
}

/** net/url.QueryEscape: unreserved bytes kept, space as '+', the rest %XX upper-case. */
function queryEscape(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const ch = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(ch)) out += ch;
    else if (ch === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}
