// Go's string and number text that the printers reproduce: byte-order string comparison,
// UTF-8 length, strconv.Quote/Unquote, unicode.IsPrint/IsLetter/IsDigit, strconv.FormatFloat 'g'.
// Pure; imports nothing.

/** Go's `a < b` on strings: UTF-8 byte order, which is code point order. */
export function goCompare(a: string, b: string): number {
  if (a === b) return 0;
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done) return y.done ? 0 : -1;
    if (y.done) return 1;
    const cx = x.value.codePointAt(0)!;
    const cy = y.value.codePointAt(0)!;
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}

/** The length of `s` in UTF-8 bytes, as Go's len(s). */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

const PRINT = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isGoPrint(ch: string): boolean {
  return ch === ' ' || PRINT.test(ch);
}

export function isGoLetter(ch: string): boolean {
  return LETTER.test(ch);
}

export function isGoDigit(ch: string): boolean {
  return DIGIT.test(ch);
}

const SHORT_ESCAPES: Record<string, string> = {
  '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v',
};

/** strconv.Quote: double-quoted Go string literal, printable runes kept, lower-case hex escapes. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (isGoPrint(ch) && !(c >= 0xd800 && c <= 0xdfff)) out += ch;
    else if (SHORT_ESCAPES[ch]) out += SHORT_ESCAPES[ch];
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd';
    else if (c < 0x10000) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
  }
  return out + '"';
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/**
 * strconv.FormatFloat(f, 'g', -1, 64), which is also fmt's %v for a float64: the shortest digits
 * that round-trip, in %e form (two-digit exponent at least) when the exponent is < -4 or >= 6
 * (ftoa.go: "if precision was the shortest possible, use precision 6 for this decision").
 */
export function formatFloatG(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mant, expText] = f.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return String(f);
}

const SIMPLE: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/**
 * The body of a quoted Go literal with strconv.UnquoteChar's escapes; undefined on bad syntax
 * (an unescaped quote, an unknown escape).
 */
export function unquoteBody(body: string, quote: string): string | undefined {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === quote) return undefined;
    if (c !== '\\') { out += c; continue; }
    const e = body[++i];
    if (e === undefined) return undefined;
    if (SIMPLE[e] !== undefined) { out += SIMPLE[e]; continue; }
    if (e === "'" || e === '"') { if (e !== quote) return undefined; out += e; continue; }
    const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hexLen > 0) {
      const h = body.slice(i + 1, i + 1 + hexLen);
      if (!new RegExp(`^[0-9a-fA-F]{${hexLen}}$`).test(h)) return undefined;
      const cp = parseInt(h, 16);
      if (e !== 'x' && (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) return undefined;
      out += e === 'x' ? String.fromCharCode(cp) : String.fromCodePoint(cp);
      i += hexLen;
      continue;
    }
    if (/[0-7]/.test(e)) {
      const o = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(o) || parseInt(o, 8) > 255) return undefined;
      out += String.fromCharCode(parseInt(o, 8));
      i += 2;
      continue;
    }
    return undefined;
  }
  return out;
}
