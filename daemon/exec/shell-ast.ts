// The simulated shell's tokens, syntax tree and syntax errors (worded per shell: busybox ash,
// Debian dash, bash, zsh). Types and the error class only; imports nothing.

export type VarOp = '-' | ':-' | '=' | ':=' | '+' | ':+' | 'length';

export type WordPart =
  | { t: 'lit'; v: string; q: boolean }
  | { t: 'var'; name: string; q: boolean; op?: VarOp; arg?: string }
  | { t: 'sub'; script: string; q: boolean };

export interface Word { parts: WordPart[]; raw: string }

export type Token =
  | { kind: 'word'; word: Word; line: number }
  | { kind: 'op'; op: string; line: number }
  | { kind: 'io'; fd: number; line: number }
  | { kind: 'newline'; line: number }
  | { kind: 'eof'; line: number };

export interface Redirect { fd: number; op: '>' | '>>' | '<' | '>&' | '<&'; target: Word }

export type ShellNode =
  | { type: 'simple'; assigns: { name: string; value: Word }[]; words: Word[]; redirects: Redirect[]; line: number }
  | { type: 'pipeline'; negate: boolean; commands: ShellNode[] }
  | { type: 'andor'; first: ShellNode; rest: { op: '&&' | '||'; node: ShellNode }[] }
  | { type: 'list'; items: { node: ShellNode; background: boolean }[] }
  | { type: 'if'; clauses: { cond: ShellNode; body: ShellNode }[]; otherwise?: ShellNode; redirects: Redirect[] }
  | { type: 'loop'; until: boolean; cond: ShellNode; body: ShellNode; redirects: Redirect[] }
  | { type: 'for'; name: string; words?: Word[]; body: ShellNode; redirects: Redirect[] }
  | { type: 'group'; subshell: boolean; body: ShellNode; redirects: Redirect[] };

export type Dialect = 'ash' | 'dash' | 'bash' | 'zsh';

export type SyntaxProblem =
  | { type: 'unterminated'; quote: string }
  | { type: 'unexpected'; token: string }
  | { type: 'eof'; expecting?: string }
  | { type: 'bad-substitution'; text: string };

export class ShellSyntaxError extends Error {
  constructor(readonly problem: SyntaxProblem, readonly line: number) {
    super(problem.type);
    this.name = 'ShellSyntaxError';
  }

  /** The message each shell prints (exit status 2). */
  render(dialect: Dialect, argv0: string): string {
    const p = this.problem;
    switch (dialect) {
      case 'ash': return `${argv0}: ${ashText(p)}`;
      case 'dash': return `${argv0}: ${this.line}: ${dashText(p)}`;
      case 'zsh': return `zsh:${this.line}: ${zshText(p)}`;
      case 'bash': return `${argv0}: -c: line ${this.line}: ${bashText(p)}`;
    }
  }
}

function ashText(p: SyntaxProblem): string {
  switch (p.type) {
    case 'unterminated': return 'syntax error: unterminated quoted string';
    case 'unexpected': return `syntax error: unexpected "${p.token}"`;
    case 'eof': return p.expecting ? `syntax error: unexpected end of file (expecting "${p.expecting}")` : 'syntax error: unexpected end of file';
    case 'bad-substitution': return `syntax error: bad substitution`;
  }
}

function dashText(p: SyntaxProblem): string {
  switch (p.type) {
    case 'unterminated': return 'Syntax error: Unterminated quoted string';
    case 'unexpected': return `Syntax error: "${p.token}" unexpected`;
    case 'eof': return p.expecting ? `Syntax error: end of file unexpected (expecting "${p.expecting}")` : 'Syntax error: end of file unexpected';
    case 'bad-substitution': return `Bad substitution`;
  }
}

function bashText(p: SyntaxProblem): string {
  switch (p.type) {
    case 'unterminated': return `unexpected EOF while looking for matching \`${p.quote === '${' ? '}' : p.quote}'`;
    case 'unexpected': return `syntax error near unexpected token \`${p.token}'`;
    case 'eof': return 'syntax error: unexpected end of file';
    case 'bad-substitution': return `${p.text}: bad substitution`;
  }
}

function zshText(p: SyntaxProblem): string {
  switch (p.type) {
    case 'unterminated': return 'unmatched ' + p.quote;
    case 'unexpected': return `parse error near \`${p.token}'`;
    case 'eof': return 'parse error near `\\n\'';
    case 'bad-substitution': return 'bad substitution';
  }
}
