// Literal tokens of text/template/parse: lex.go item.String() for error messages, strconv.Unquote
// of string literals, and parse.go newNumber + exec.go idealConstant for numbers and character
// constants. Imports only sibling print modules.
import { unquoteBody } from './go-strings.js';
import type { Item } from './go-template-lex.js';
import { GoFloat, GoInt, type GoValue } from './go-value.js';

/** lex.go item.String(): EOF, error text, `<keyword>`, or the %q-quoted value (cut after 10 runes). */
export function itemString(t: Item): string {
  if (t.typ === 'eof') return 'EOF';
  if (t.typ === 'error') return t.val;
  if (['block', 'break', 'continue', 'dot', 'define', 'else', 'end', 'if', 'nil', 'range', 'template', 'with'].includes(t.typ)) return `<${t.val}>`;
  const runes = [...t.val];
  if (runes.length > 10) return JSON.stringify(runes.slice(0, 10).join('')) + '...';
  return JSON.stringify(t.val);
}

/** strconv.Unquote of a "..." or `...` literal. */
export function unquote(lit: string): string | undefined {
  if (lit.length >= 2 && lit[0] === '`' && lit.endsWith('`')) return lit.slice(1, -1).replaceAll('\r', '');
  if (lit.length >= 2 && lit[0] === '"' && lit.endsWith('"')) return unquoteBody(lit.slice(1, -1), '"');
  return undefined;
}

const INT64_MAX = 2n ** 63n - 1n;

// parse.go newNumber + exec.go idealConstant: a Go int, a float64, or an error message.
export function numberConstant(t: Item): GoValue | string {
  const text = t.val;
  if (t.typ === 'charConstant') {
    const body = text.endsWith("'") ? unquoteBody(text.slice(1, -1), "'") : undefined;
    if (body === undefined || [...body].length !== 1) return `malformed character constant: ${text}`;
    return new GoInt(body.codePointAt(0)!);
  }
  if (t.typ === 'complex') return `illegal number syntax: ${JSON.stringify(text)}`;
  const plain = text.replaceAll('_', '');
  const big = parseIntBase0(plain);
  const looksFloat = /[.eEpP]/.test(text) && !/^[+-]?0[xX][^pP]*$/.test(text);
  if (big !== undefined) {
    if (looksFloat) return new GoFloat(Number(big));
    if (big > INT64_MAX || big < -INT64_MAX - 1n) return `${text} overflows int`;
    return new GoInt(Number(big));
  }
  const f = Number(plain);
  if (plain === '' || Number.isNaN(f) || /^[+-]?0[xX]/.test(plain)) return `illegal number syntax: ${JSON.stringify(text)}`;
  if (!Number.isFinite(f)) return `illegal number syntax: ${JSON.stringify(text)}`;
  if (!/[.eEpP]/.test(text)) return `integer overflow: ${JSON.stringify(text)}`;
  return new GoFloat(f);
}

function parseIntBase0(s: string): bigint | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  let digits = m[2];
  if (/^0[0-7]+$/.test(digits)) digits = '0o' + digits.slice(1);
  const v = BigInt(digits);
  return m[1] === '-' ? -v : v;
}
