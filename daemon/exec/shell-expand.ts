// Word expansion for the simulated shell (XCU 2.6): parameters, command substitution, field
// splitting on IFS whitespace and quote removal. No pathname expansion (globs stay literal).
// Imports shell-ast.ts, shell-lexer.ts and shell-state.ts.
import type { Word, WordPart } from './shell-ast.js';
import { tokenize } from './shell-lexer.js';
import type { ShellState } from './shell-state.js';

/** Runs a command substitution's script and returns its stdout. */
export type Substitute = (s: ShellState, script: string) => string;

function special(s: ShellState, name: string): string | undefined {
  switch (name) {
    case '?': return String(s.status);
    case '$': return s.mode === 'container' ? '1' : '7';
    case '#': return String(s.positional.length);
    case '@': case '*': return s.positional.join(' ');
    case '!': return '';
    case '-': return '';
    case '0': return s.argv0;
    default: return /^\d$/.test(name) ? s.positional[Number(name) - 1] : s.vars.get(name);
  }
}

function paramValue(s: ShellState, p: Extract<WordPart, { t: 'var' }>, sub: Substitute): string {
  const v = special(s, p.name);
  if (!p.op) return v ?? '';
  if (p.op === 'length') return String((v ?? '').length);
  const unsetOrEmpty = p.op.startsWith(':') ? !v : v === undefined;
  const arg = () => expandText(s, p.arg ?? '', sub);
  switch (p.op) {
    case '-': case ':-': return unsetOrEmpty ? arg() : v!;
    case '=': case ':=': {
      if (!unsetOrEmpty) return v!;
      const value = arg();
      s.vars.set(p.name, value);
      return value;
    }
    case '+': case ':+': return unsetOrEmpty ? '' : arg();
  }
}

/** Text of a `${x:-word}` operand: its words expanded and joined by spaces. */
function expandText(s: ShellState, text: string, sub: Substitute): string {
  return tokenize(text).flatMap((t) => (t.kind === 'word' ? [expandWordToString(s, t.word, sub)] : [])).join(' ');
}

const IFS_WS = /[ \t\n]/;

/** A word's fields after expansion, field splitting and quote removal. */
export function expandWord(s: ShellState, w: Word, sub: Substitute): string[] {
  const fields: string[] = [];
  let cur = '';
  let started = false;
  const close = () => { if (started) fields.push(cur); cur = ''; started = false; };
  for (const p of w.parts) {
    if (p.t === 'lit') { cur += p.v; started = true; continue; }
    if (p.t === 'var' && p.name === '@' && p.q && !p.op) {
      s.positional.forEach((arg, i) => { if (i > 0) close(); cur += arg; started = true; });
      continue;
    }
    const text = p.t === 'var' ? paramValue(s, p, sub) : sub(s, p.script).replace(/\n+$/, '');
    if (p.q) { cur += text; started = true; continue; }
    for (const ch of text) {
      if (IFS_WS.test(ch)) close();
      else { cur += ch; started = true; }
    }
  }
  close();
  return fields;
}

/** A word expanded without field splitting (assignments, redirection targets, case words). */
export function expandWordToString(s: ShellState, w: Word, sub: Substitute): string {
  let out = '';
  for (const p of w.parts) {
    if (p.t === 'lit') out += p.v;
    else if (p.t === 'var') out += paramValue(s, p, sub);
    else out += sub(s, p.script).replace(/\n+$/, '');
  }
  return out;
}
