// Recursive-descent parser for the simulated shell (XCU 2.10 grammar, the subset scripts in
// pod specs use): lists, && ||, pipelines, !, redirections, assignments, if/while/until/for,
// { } and ( ). Pure; imports shell-ast.ts and shell-lexer.ts.
import { ShellSyntaxError, type Redirect, type ShellNode, type Token, type Word } from './shell-ast.js';
import { plainText, tokenize } from './shell-lexer.js';

const RESERVED_END = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', '}']);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  script(): ShellNode {
    const list = this.list(new Set());
    const t = this.peek();
    if (t.kind !== 'eof') throw this.unexpected(t);
    return list;
  }

  private peek(): Token { return this.tokens[this.pos]; }
  private next(): Token { return this.tokens[this.pos++]; }
  private isOp(op: string): boolean { const t = this.peek(); return t.kind === 'op' && t.op === op; }
  private reserved(): string | undefined { const t = this.peek(); return t.kind === 'word' ? plainText(t.word) : undefined; }
  private skipNewlines(): void { while (this.peek().kind === 'newline') this.pos++; }

  private unexpected(t: Token, expecting?: string): ShellSyntaxError {
    if (t.kind === 'eof') return new ShellSyntaxError({ type: 'eof', expecting }, t.line);
    const token = t.kind === 'op' ? t.op : t.kind === 'word' ? t.word.raw : t.kind === 'newline' ? 'newline' : String(t.fd);
    return new ShellSyntaxError({ type: 'unexpected', token }, t.line);
  }

  private expectWord(word: string): void {
    this.skipNewlines();
    if (this.reserved() !== word) throw this.unexpected(this.peek(), word);
    this.pos++;
  }

  /** and_or lists separated by ; & or newlines, up to a terminator word or ')' or EOF. */
  private list(terminators: ReadonlySet<string>): ShellNode {
    const items: { node: ShellNode; background: boolean }[] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      const word = this.reserved();
      if (t.kind === 'eof' || (t.kind === 'op' && t.op === ')') || (word && terminators.has(word))) break;
      const node = this.andOr();
      const background = this.isOp('&');
      if (background || this.isOp(';')) this.pos++;
      else if (this.peek().kind !== 'newline' && this.peek().kind !== 'eof' && !this.isOp(')') && !(this.reserved() && terminators.has(this.reserved()!))) {
        throw this.unexpected(this.peek());
      }
      items.push({ node, background });
    }
    if (items.length === 0) throw this.unexpected(this.peek());
    return items.length === 1 && !items[0].background ? items[0].node : { type: 'list', items };
  }

  private andOr(): ShellNode {
    const first = this.pipeline();
    const rest: { op: '&&' | '||'; node: ShellNode }[] = [];
    while (this.isOp('&&') || this.isOp('||')) {
      const op = (this.next() as { op: '&&' | '||' }).op;
      this.skipNewlines();
      rest.push({ op, node: this.pipeline() });
    }
    return rest.length ? { type: 'andor', first, rest } : first;
  }

  private pipeline(): ShellNode {
    let negate = false;
    if (this.reserved() === '!') { this.pos++; negate = true; }
    const commands = [this.command()];
    while (this.isOp('|')) {
      this.pos++;
      this.skipNewlines();
      commands.push(this.command());
    }
    return commands.length === 1 && !negate ? commands[0] : { type: 'pipeline', negate, commands };
  }

  private command(): ShellNode {
    const word = this.reserved();
    if (word === 'if') return this.ifClause();
    if (word === 'while' || word === 'until') return this.loop(word === 'until');
    if (word === 'for') return this.forClause();
    if (word === '{') { this.pos++; const body = this.list(new Set(['}'])); this.expectWord('}'); return { type: 'group', subshell: false, body, redirects: this.redirects() }; }
    if (this.isOp('(')) {
      this.pos++;
      const body = this.list(new Set());
      if (!this.isOp(')')) throw this.unexpected(this.peek(), ')');
      this.pos++;
      return { type: 'group', subshell: true, body, redirects: this.redirects() };
    }
    if (word && RESERVED_END.has(word)) throw this.unexpected(this.peek());
    return this.simple();
  }

  private ifClause(): ShellNode {
    this.pos++;
    const clauses: { cond: ShellNode; body: ShellNode }[] = [];
    let otherwise: ShellNode | undefined;
    const stops = new Set(['then', 'elif', 'else', 'fi']);
    for (;;) {
      const cond = this.list(stops);
      this.expectWord('then');
      clauses.push({ cond, body: this.list(stops) });
      this.skipNewlines();
      const w = this.reserved();
      if (w === 'elif') { this.pos++; continue; }
      if (w === 'else') { this.pos++; otherwise = this.list(stops); }
      this.expectWord('fi');
      return { type: 'if', clauses, otherwise, redirects: this.redirects() };
    }
  }

  private loop(until: boolean): ShellNode {
    this.pos++;
    const cond = this.list(new Set(['do']));
    this.expectWord('do');
    const body = this.list(new Set(['done']));
    this.expectWord('done');
    return { type: 'loop', until, cond, body, redirects: this.redirects() };
  }

  private forClause(): ShellNode {
    this.pos++;
    const nameTok = this.next();
    const name = nameTok.kind === 'word' ? plainText(nameTok.word) : undefined;
    if (!name || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw this.unexpected(nameTok);
    let words: Word[] | undefined;
    this.skipNewlines();
    if (this.reserved() === 'in') {
      this.pos++;
      words = [];
      for (let t = this.peek(); t.kind === 'word'; t = this.peek()) { words.push(t.word); this.pos++; }
    }
    if (this.isOp(';')) this.pos++;
    this.expectWord('do');
    const body = this.list(new Set(['done']));
    this.expectWord('done');
    return { type: 'for', name, words, body, redirects: this.redirects() };
  }

  private redirects(): Redirect[] {
    const out: Redirect[] = [];
    for (let r = this.redirect(); r; r = this.redirect()) out.push(...r);
    return out;
  }

  /** One redirection; `&>file` is bash's `>file 2>&1`. */
  private redirect(): Redirect[] | undefined {
    const t = this.peek();
    let fd: number | undefined;
    let k = this.pos;
    if (t.kind === 'io') { fd = t.fd; k++; }
    const opTok = this.tokens[k];
    if (opTok.kind !== 'op' || !['>', '>>', '<', '>&', '<&', '>|', '&>'].includes(opTok.op)) return undefined;
    const target = this.tokens[k + 1];
    if (target.kind !== 'word') throw this.unexpected(target);
    this.pos = k + 2;
    if (opTok.op === '&>') return [{ fd: 1, op: '>', target: target.word }, { fd: 2, op: '>&', target: { parts: [{ t: 'lit', v: '1', q: false }], raw: '1' } }];
    const op = (opTok.op === '>|' ? '>' : opTok.op) as Redirect['op'];
    return [{ fd: fd ?? (op === '<' || op === '<&' ? 0 : 1), op, target: target.word }];
  }

  private simple(): ShellNode {
    const line = this.peek().line;
    const assigns: { name: string; value: Word }[] = [];
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    for (;;) {
      const r = this.redirect();
      if (r) { redirects.push(...r); continue; }
      const t = this.peek();
      if (t.kind !== 'word') break;
      this.pos++;
      const a = words.length === 0 ? assignmentOf(t.word) : undefined;
      if (a) assigns.push(a);
      else words.push(t.word);
    }
    if (!assigns.length && !words.length && !redirects.length) throw this.unexpected(this.peek());
    return { type: 'simple', assigns, words, redirects, line };
  }
}

function assignmentOf(w: Word): { name: string; value: Word } | undefined {
  const first = w.parts[0];
  if (!first || first.t !== 'lit' || first.q) return undefined;
  const m = ASSIGNMENT.exec(first.v);
  if (!m) return undefined;
  const rest = first.v.slice(m[0].length);
  const parts = [...(rest ? [{ ...first, v: rest }] : []), ...w.parts.slice(1)];
  return { name: m[1], value: { parts: parts.length ? parts : [{ t: 'lit', v: '', q: true }], raw: w.raw.slice(m[0].length) } };
}

/** The syntax tree of a script; throws ShellSyntaxError. An empty script parses to undefined. */
export function parseScript(script: string): ShellNode | undefined {
  const tokens = tokenize(script);
  if (tokens.every((t) => t.kind === 'newline' || t.kind === 'eof')) return undefined;
  return new Parser(tokens).script();
}
