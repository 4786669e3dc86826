// `kubectl get -o json`: Go encoding/json MarshalIndent over unstructured objects (map keys
// sorted, 4-space indent, HTML-safe escapes) plus the trailing newline the JSON printer adds.
// Imports only sibling print modules.
import { goCompare } from './go-strings.js';

/** The bytes `kubectl get -o json` writes for one object (a List included). */
export function printJson(obj: unknown): string {
  return marshalJson(obj, '    ') + '\n';
}

/**
 * Go json.Marshal (indent '') or json.MarshalIndent(v, "", indent) of a JSON-shaped value whose
 * objects are maps: keys in byte order, undefined members left out, integers as integers.
 */
export function marshalJson(value: unknown, indent = ''): string {
  return encode(value, indent, '');
}

function encode(v: unknown, indent: string, prefix: string): string {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'string': return quoteJson(v);
    case 'number': return encodeNumber(v);
    case 'bigint': return v.toString();
    case 'boolean': return v ? 'true' : 'false';
    case 'object': break;
    default: return 'null';
  }
  const inner = prefix + indent;
  const nl = indent ? '\n' : '';
  const sep = indent ? ': ' : ':';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[${nl}${v.map((x) => inner + encode(x, indent, inner)).join(',' + nl)}${nl}${prefix}]`;
  }
  const keys = Object.keys(v as object).filter((k) => (v as Record<string, unknown>)[k] !== undefined).sort(goCompare);
  if (keys.length === 0) return '{}';
  const members = keys.map((k) => `${inner}${quoteJson(k)}${sep}${encode((v as Record<string, unknown>)[k], indent, inner)}`);
  return `{${nl}${members.join(',' + nl)}${nl}${prefix}}`;
}

// encoding/json floatEncoder: 'f' format unless the magnitude is < 1e-6 or >= 1e21, then 'e'
// with the exponent's leading zero dropped; that is exactly ECMAScript's Number-to-String.
function encodeNumber(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  if (Object.is(n, -0)) return '-0';
  return String(n);
}

const HEX = '0123456789abcdef';

/** encoding/json string encoding with HTML escaping on (json.Marshal's default). */
export function quoteJson(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { out += s[i] + s[i + 1]; i++; continue; }
    }
    out += escapeUnit(c, s[i]);
  }
  return out + '"';
}

function escapeUnit(c: number, ch: string): string {
  switch (ch) {
    case '"': return '\\"';
    case '\\': return '\\\\';
    case '\b': return '\\b';
    case '\f': return '\\f';
    case '\n': return '\\n';
    case '\r': return '\\r';
    case '\t': return '\\t';
  }
  if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029) {
    return '\\u' + HEX[c >> 12] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];
  }
  if (c >= 0xd800 && c <= 0xdfff) return '\\ufffd'; // a lone surrogate is invalid UTF-8 to Go
  return ch;
}
