// Tokenizer for the simulated POSIX shell (IEEE 1003.1 XCU 2.3 Token Recognition): words with
// quoting, $VAR/${VAR}/$(...)/`...` kept unexpanded, operators, io numbers and newlines.
// Pure; imports only shell-ast.ts.
import { ShellSyntaxError, type Token, type Word, type WordPart } from './shell-ast.js';

const OPERATORS = ['&&', '||', ';;', '>>', '>&', '<&', '>|', '&>', '<<', ';', '&', '|', '(', ')', '<', '>'];
const SPECIAL_VARS = new Set(['?', '$', '#', '@', '*', '!', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

class Lexer {
  private i = 0;
  private line = 1;
  readonly tokens: Token[] = [];
  constructor(private readonly s: string) {}

  run(): Token[] {
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === ' ' || c === '\t') { this.i++; continue; }
      if (c === '\\' && this.s[this.i + 1] === '\n') { this.i += 2; this.line++; continue; }
      if (c === '#') { while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++; continue; }
      if (c === '\n') { this.tokens.push({ kind: 'newline', line: this.line }); this.i++; this.line++; continue; }
      const op = OPERATORS.find((o) => this.s.startsWith(o, this.i));
      if (op) { this.tokens.push({ kind: 'op', op, line: this.line }); this.i += op.length; continue; }
      this.word();
    }
    this.tokens.push({ kind: 'eof', line: this.line });
    return this.tokens;
  }

  private word(): void {
    const start = this.i, line = this.line;
    const parts: WordPart[] = [];
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (' \t\n;&|()<>'.includes(c)) break;
      if (c === "'") this.singleQuoted(parts);
      else if (c === '"') this.doubleQuoted(parts);
      else if (c === '\\') { pushLit(parts, this.s[this.i + 1] ?? '', true); this.i += 2; }
      else if (c === '$' || c === '`') this.dollar(parts, false);
      else { pushLit(parts, c, false); this.i++; }
    }
    const raw = this.s.slice(start, this.i);
    const next = this.s[this.i];
    if (/^\d+$/.test(raw) && (next === '<' || next === '>')) { this.tokens.push({ kind: 'io', fd: Number(raw), line }); return; }
    this.tokens.push({ kind: 'word', word: { parts, raw }, line });
  }

  private singleQuoted(parts: WordPart[]): void {
    const end = this.s.indexOf("'", this.i + 1);
    if (end < 0) throw new ShellSyntaxError({ type: 'unterminated', quote: "'" }, this.line);
    const text = this.s.slice(this.i + 1, end);
    pushLit(parts, text, true);
    this.line += countNewlines(text);
    this.i = end + 1;
  }

  private doubleQuoted(parts: WordPart[]): void {
    this.i++;
    parts.push({ t: 'lit', v: '', q: true });   // "" is an empty word, not nothing
    while (this.i < this.s.length && this.s[this.i] !== '"') {
      const c = this.s[this.i];
      if (c === '\\' && '$`"\\\n'.includes(this.s[this.i + 1] ?? '')) {
        if (this.s[this.i + 1] !== '\n') pushLit(parts, this.s[this.i + 1], true);
        this.i += 2;
      } else if (c === '$' || c === '`') this.dollar(parts, true);
      else { if (c === '\n') this.line++; pushLit(parts, c, true); this.i++; }
    }
    if (this.i >= this.s.length) throw new ShellSyntaxError({ type: 'unterminated', quote: '"' }, this.line);
    this.i++;
  }

  private dollar(parts: WordPart[], q: boolean): void {
    const s = this.s;
    if (s[this.i] === '`') {
      const end = s.indexOf('`', this.i + 1);
      if (end < 0) throw new ShellSyntaxError({ type: 'unterminated', quote: '`' }, this.line);
      parts.push({ t: 'sub', script: s.slice(this.i + 1, end), q });
      this.i = end + 1;
      return;
    }
    const next = s[this.i + 1] ?? '';
    if (next === '(') return this.commandSubstitution(parts, q);
    if (next === '{') return this.braced(parts, q);
    const name = NAME.exec(s.slice(this.i + 1))?.[0] ?? (SPECIAL_VARS.has(next) ? next : '');
    if (!name) { pushLit(parts, '$', q); this.i++; return; }
    parts.push({ t: 'var', name, q });
    this.i += 1 + name.length;
  }

  private commandSubstitution(parts: WordPart[], q: boolean): void {
    let depth = 0, j = this.i + 1;
    for (; j < this.s.length; j++) {
      if (this.s[j] === '(') depth++;
      else if (this.s[j] === ')' && --depth === 0) break;
    }
    if (j >= this.s.length) throw new ShellSyntaxError({ type: 'eof', expecting: ')' }, this.line);
    parts.push({ t: 'sub', script: this.s.slice(this.i + 2, j), q });
    this.i = j + 1;
  }

  // ${NAME}, ${NAME:-word}, ${NAME-word}, ${NAME:=word}, ${#NAME}
  private braced(parts: WordPart[], q: boolean): void {
    const end = this.s.indexOf('}', this.i);
    if (end < 0) throw new ShellSyntaxError({ type: 'unterminated', quote: '${' }, this.line);
    const body = this.s.slice(this.i + 2, end);
    this.i = end + 1;
    if (body.startsWith('#') && body.length > 1) { parts.push({ t: 'var', name: body.slice(1), q, op: 'length' }); return; }
    const m = /^([A-Za-z_][A-Za-z0-9_]*|[?$#@*!0-9])(:?[-=+])?(.*)$/s.exec(body);
    if (!m) throw new ShellSyntaxError({ type: 'bad-substitution', text: `\${${body}}` }, this.line);
    parts.push({ t: 'var', name: m[1], q, ...(m[2] ? { op: m[2] as '-' | ':-' | '=' | ':=' | '+' | ':+', arg: m[3] } : {}) });
  }
}

function pushLit(parts: WordPart[], v: string, q: boolean): void {
  const last = parts[parts.length - 1];
  if (last && last.t === 'lit' && last.q === q) last.v += v;
  else parts.push({ t: 'lit', v, q });
}

const countNewlines = (s: string) => s.split('\n').length - 1;

/** Tokens of a script; throws ShellSyntaxError for an unterminated quote or substitution. */
export function tokenize(script: string): Token[] {
  return new Lexer(script).run();
}

/** A word that is one unquoted literal (reserved words, assignment names). */
export function plainText(w: Word): string | undefined {
  return w.parts.length === 1 && w.parts[0].t === 'lit' && !w.parts[0].q ? w.parts[0].v : undefined;
}
