// Go's fmt over template values: Sprint, Sprintln, Sprintf (%v %s %q %d %t %x %X %o %b %c %e %f %g
// %T %%, flags, width, precision) and fmt's error forms (%!d(string=x), %!s(MISSING), %!(EXTRA ..)).
// Imports only sibling print modules and node:buffer.
import { Buffer } from 'node:buffer';
import { formatFloatG, goCompare, goQuote } from './go-strings.js';
import { goKind, goNumber, goTypeName, isGoInteger, type GoMap, type GoValue } from './go-value.js';

interface Spec {
  minus: boolean; plus: boolean; sharp: boolean; space: boolean; zero: boolean;
  width?: number; prec?: number; verb: string;
}

const PLAIN: Spec = { minus: false, plus: false, sharp: false, space: false, zero: false, verb: 'v' };

/** fmt.Sprint: operands in their default format, a space between two operands when neither is a string. */
export function sprint(args: GoValue[]): string {
  let out = '';
  for (let i = 0; i < args.length; i++) {
    if (i > 0 && typeof args[i] !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatArg(args[i], PLAIN);
  }
  return out;
}

/** fmt.Sprintln: operands separated by spaces, then a newline. */
export function sprintln(args: GoValue[]): string {
  return args.map((a) => formatArg(a, PLAIN)).join(' ') + '\n';
}

/** fmt.Sprintf. */
export function sprintf(format: string, args: GoValue[]): string {
  let out = '';
  let argi = 0;
  let i = 0;
  while (i < format.length) {
    const pct = format.indexOf('%', i);
    if (pct < 0) { out += format.slice(i); break; }
    out += format.slice(i, pct);
    i = pct + 1;
    const spec: Spec = { ...PLAIN };
    for (; i < format.length && '-+# 0'.includes(format[i]); i++) setFlag(spec, format[i]);
    [spec.width, i, argi] = parseNum(format, i, args, argi);
    if (format[i] === '.') { [spec.prec, i, argi] = parseNum(format, i + 1, args, argi); spec.prec ??= 0; }
    if (i >= format.length) { out += '%!(NOVERB)'; break; }
    const cp = format.codePointAt(i)!;
    spec.verb = String.fromCodePoint(cp);
    i += spec.verb.length;
    if (spec.verb === '%') { out += '%'; continue; }
    if (argi >= args.length) { out += `%!${spec.verb}(MISSING)`; continue; }
    out += formatArg(args[argi++], spec);
  }
  if (argi < args.length) {
    out += '%!(EXTRA ' + args.slice(argi).map((a) => `${goTypeName(a)}=${formatArg(a, PLAIN)}`).join(', ') + ')';
  }
  return out;
}

function setFlag(s: Spec, f: string): void {
  if (f === '-') { s.minus = true; s.zero = false; }
  else if (f === '+') s.plus = true;
  else if (f === '#') s.sharp = true;
  else if (f === ' ') s.space = true;
  else if (f === '0') s.zero = !s.minus;
}

// A width or precision: digits, or `*` taking an int argument.
function parseNum(f: string, i: number, args: GoValue[], argi: number): [number | undefined, number, number] {
  if (f[i] === '*') {
    const a = args[argi];
    return [isGoInteger(a) ? goNumber(a) : undefined, i + 1, argi + 1];
  }
  let j = i;
  while (j < f.length && f[j] >= '0' && f[j] <= '9') j++;
  return [j > i ? Number(f.slice(i, j)) : undefined, j, argi];
}

/** One operand under one verb, padded to the width. */
export function formatArg(v: GoValue, s: Spec): string {
  if (s.verb === 'v' && s.plus) s = { ...s, plus: false }; // %+v: plusV (struct field names), not a sign
  if (s.verb === 'T') return pad(goTypeName(v), s);
  if (v === null || v === undefined) return s.verb === 'v' ? pad('<nil>', s) : `%!${s.verb}(<nil>)`;
  if (s.verb === 'v' && s.sharp) return pad(goSyntax(v), s);
  const k = goKind(v);
  if (k === 'map' || k === 'slice') return formatComposite(v, s);
  return formatScalar(v, s);
}

// fmt applies the verb to every element; a nil element prints as <nil> whatever the verb.
function formatComposite(v: GoValue, s: Spec): string {
  const inner: Spec = { ...s, width: undefined };
  const el = (x: GoValue) => (x === null || x === undefined ? '<nil>' : formatArg(x, inner));
  if (Array.isArray(v)) return pad(`[${v.map(el).join(' ')}]`, s);
  const m = v as GoMap;
  const keys = Object.keys(m).sort(goCompare);
  return pad(`map[${keys.map((k) => `${formatArg(k, inner)}:${el(m[k])}`).join(' ')}]`, s);
}

function formatScalar(v: GoValue, s: Spec): string {
  const k = goKind(v);
  if (k === 'string') return formatString(v as string, s);
  if (k === 'bool') return s.verb === 'v' || s.verb === 't' ? pad(String(v), s) : bad(v, s);
  if (k === 'float64') return formatFloat(goNumber(v), s) ?? bad(v, s);
  return formatInteger(goNumber(v), s) ?? bad(v, s);
}

function formatString(str: string, s: Spec): string {
  switch (s.verb) {
    case 'v': case 's': return pad(truncate(str, s.prec), s);
    case 'q': return pad(s.sharp && !/[`\p{C}]/u.test(str) ? '`' + str + '`' : goQuote(truncate(str, s.prec)), s);
    case 'x': case 'X': {
      const hex = Buffer.from(truncate(str, s.prec), 'utf8').toString('hex');
      return pad(s.verb === 'X' ? hex.toUpperCase() : hex, s);
    }
    default: return bad(str, s);
  }
}

function truncate(str: string, prec: number | undefined): string {
  return prec === undefined ? str : [...str].slice(0, prec).join('');
}

function formatInteger(n: number, s: Spec): string | undefined {
  const bases: Record<string, number> = { v: 10, d: 10, x: 16, X: 16, o: 8, O: 8, b: 2 };
  if (s.verb === 'c') return pad(String.fromCodePoint(n), s);
  if (s.verb === 'q') return pad(quoteRune(n), s);
  if (s.verb === 'U') return pad('U+' + n.toString(16).toUpperCase().padStart(4, '0'), s);
  const base = bases[s.verb];
  if (base === undefined) return undefined;
  let digits = Math.abs(n).toString(base);
  if (s.verb === 'X') digits = digits.toUpperCase();
  if (s.prec !== undefined) digits = digits.padStart(s.prec, '0');
  let prefix = '';
  if (s.sharp && (s.verb === 'x' || s.verb === 'X')) prefix = s.verb === 'x' ? '0x' : '0X';
  else if (s.sharp && s.verb === 'o') prefix = '0';
  else if (s.verb === 'O') prefix = '0o';
  return padNumber(sign(n < 0, s), prefix + digits, s);
}

/** strconv.QuoteRune: `'a'`, with `\'` for a quote and Quote's escapes otherwise. */
function quoteRune(n: number): string {
  const ch = String.fromCodePoint(n);
  if (ch === "'") return "'\\''";
  if (ch === '"') return `'"'`;
  return `'${goQuote(ch).slice(1, -1)}'`;
}

function formatFloat(f: number, s: Spec): string | undefined {
  let body: string;
  switch (s.verb) {
    case 'v': case 'g': case 'G':
      body = s.prec === undefined ? formatFloatG(Math.abs(f)) : gPrecision(Math.abs(f), s.prec);
      if (s.verb === 'G') body = body.toUpperCase();
      break;
    case 'f': case 'F': body = Math.abs(f).toFixed(s.prec ?? 6); break;
    case 'e': case 'E': body = expForm(Math.abs(f), s.prec ?? 6); if (s.verb === 'E') body = body.toUpperCase(); break;
    default: return undefined;
  }
  return padNumber(sign(f < 0 || Object.is(f, -0), s), body, s);
}

function gPrecision(f: number, prec: number): string {
  const p = prec === 0 ? 1 : prec;
  const exp = f === 0 ? 0 : Math.floor(Math.log10(f));
  if (exp < -4 || exp >= p) return expForm(f, p - 1).replace(/\.?0+e/, 'e');
  return String(Number(f.toPrecision(p)));
}

function expForm(f: number, prec: number): string {
  const [m, e] = f.toExponential(prec).split('e');
  const n = Number(e);
  return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
}

function sign(negative: boolean, s: Spec): string {
  return negative ? '-' : s.plus ? '+' : s.space ? ' ' : '';
}

function padNumber(signText: string, body: string, s: Spec): string {
  const len = [...signText + body].length;
  if (s.width === undefined || len >= s.width) return signText + body;
  if (s.minus) return signText + body + ' '.repeat(s.width - len);
  if (s.zero) return signText + '0'.repeat(s.width - len) + body;
  return ' '.repeat(s.width - len) + signText + body;
}

// Non-numeric padding: spaces only (fmt: the 0 flag is "ignored for strings").
function pad(text: string, s: Spec): string {
  const len = [...text].length;
  if (s.width === undefined || len >= s.width) return text;
  const fill = ' '.repeat(s.width - len);
  return s.minus ? text + fill : fill + text;
}

function bad(v: GoValue, s: Spec): string {
  return `%!${s.verb}(${goTypeName(v)}=${formatArg(v, PLAIN)})`;
}

/** %#v: Go syntax, as kubectl's jsonpath error shows the object it was given. */
export function goSyntax(v: GoValue): string {
  switch (goKind(v)) {
    case 'invalid': case 'nil': return 'interface {}(nil)';
    case 'string': return goQuote(v as string);
    case 'slice': return `[]interface {}{${(v as GoValue[]).map(goSyntax).join(', ')}}`;
    case 'map': {
      const m = v as GoMap;
      const keys = Object.keys(m).sort(goCompare);
      return `map[string]interface {}{${keys.map((k) => `${goQuote(k)}:${goSyntax(m[k])}`).join(', ')}}`;
    }
    case 'float64': return formatFloatG(goNumber(v));
    case 'bool': return String(v);
    default: return String(goNumber(v));
  }
}
