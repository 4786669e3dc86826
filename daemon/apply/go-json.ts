// JSON bytes as Go's encoding/json writes a map[string]interface{} (what kubectl stores in the
// last-applied annotation): keys sorted bytewise, HTML-significant characters and U+2028/U+2029
// escaped, invalid UTF-16 replaced by U+FFFD. Pure; imports nothing.

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject { [key: string]: Json }

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const GO_EXTRA_ESCAPES: Record<string, string> = {
  '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029',
};

/** encoding/json encodeState.string with escapeHTML (the default for json.Marshal and Encoder). */
export function goJsonString(s: string): string {
  return JSON.stringify(s.replace(LONE_SURROGATE, '\ufffd')).replace(/[<>&\u2028\u2029]/g, (ch) => GO_EXTRA_ESCAPES[ch]);
}

/** Go map key order: bytewise over UTF-8, which differs from UTF-16 order above U+FFFF. */
function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * json.Marshal of a decoded JSON value. Numbers print as JavaScript prints them, which matches
 * Go's float64 encoding (exponent form below 1e-6 and from 1e21, same cut-offs).
 */
export function goJsonMarshal(v: Json): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return goJsonString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(goJsonMarshal).join(',')}]`;
  const keys = Object.keys(v).filter((k) => v[k] !== undefined).sort(compareUtf8);
  return `{${keys.map((k) => `${goJsonString(k)}:${goJsonMarshal(v[k])}`).join(',')}}`;
}

/** Structural equality of decoded JSON values (key order ignored). */
export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as Json[];
    return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
  }
  const ao = a as JsonObject;
  const bo = b as JsonObject;
  const ak = Object.keys(ao);
  return ak.length === Object.keys(bo).length && ak.every((k) => k in bo && jsonEqual(ao[k], bo[k]));
}

/** A plain-JSON copy of any object (drops undefined fields, as a round trip through the API does). */
export function toJson(v: unknown): Json {
  return JSON.parse(JSON.stringify(v)) as Json;
}
