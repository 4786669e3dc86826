// text/template/parse parse.go: actions, pipelines with `$x :=`/`$x =`, commands, field chains,
// if/else if/range/with/else/end, break/continue, define/template, and its error messages
// (`template: output:1: function "x" not defined`). Imports only sibling print modules.
import { lexTemplate, type Item, type ItemType } from './go-template-lex.js';
import { itemString, numberConstant, unquote } from './go-template-literals.js';
import type { ArgNode, CommandNode, ControlNode, ListNode, Node, NumberNode, PipeNode } from './go-template-nodes.js';

export class TemplateParseError extends Error {}

export interface ParsedTemplate {
  name: string;
  text: string;
  root: ListNode;
  defs: Map<string, ListNode>;
}

/** Parses `text` as template `name`; `funcs` are the names the template may call. */
export function parseTemplate(name: string, text: string, funcs: ReadonlySet<string>): ParsedTemplate {
  const p = new Parser(name, text, lexTemplate(text), funcs);
  return { name, text, root: p.parseRoot(), defs: p.defs };
}

const OPERAND_START = new Set<ItemType>([
  'bool', 'charConstant', 'complex', 'dot', 'field', 'identifier', 'number', 'nil', 'rawString', 'string', 'variable', 'leftParen',
]);

class Parser {
  readonly defs = new Map<string, ListNode>();
  private i = 0;
  private line = 1;
  private vars: string[] = ['$'];
  private rangeDepth = 0;
  private actionLine = 0;

  constructor(private readonly name: string, private readonly text: string, private readonly items: Item[],
    private readonly funcs: ReadonlySet<string>) {}

  private fail(msg: string): never {
    throw new TemplateParseError(`template: ${this.name}:${this.line}: ${msg}`);
  }

  private next(): Item {
    const it = this.items[Math.min(this.i, this.items.length - 1)];
    this.i++;
    this.line = it.line;
    return it;
  }
  private backup(n = 1): void { this.i -= n; }
  private peek(): Item { return this.items[Math.min(this.i, this.items.length - 1)]; }
  private nextNonSpace(): Item { let t: Item; do t = this.next(); while (t.typ === 'space'); return t; }
  private peekNonSpace(): Item { const save = this.i; const t = this.nextNonSpace(); this.i = save; return t; }

  private unexpected(t: Item, context: string): never {
    if (t.typ === 'error') {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== t.line) {
        extra = ` in action started at ${this.name}:${this.actionLine}`;
        if (t.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.fail(t.val + extra);
    }
    this.fail(`unexpected ${itemString(t)} in ${context}`);
  }

  private expect(typ: ItemType, context: string): Item {
    const t = this.nextNonSpace();
    if (t.typ !== typ) this.unexpected(t, context);
    return t;
  }

  parseRoot(): ListNode {
    const root: ListNode = { kind: 'list', pos: this.peek().pos, nodes: [] };
    while (this.peek().typ !== 'eof') {
      if (this.peek().typ === 'leftDelim') {
        const save = this.i;
        this.next();
        if (this.nextNonSpace().typ === 'define') { this.parseDefinition(); continue; }
        this.i = save;
      }
      const n = this.textOrAction();
      if (n.kind === 'end' || n.kind === 'else') this.fail(`unexpected {{${n.kind}}}`);
      root.nodes.push(n);
    }
    return root;
  }

  private parseDefinition(): void {
    const t = this.nextNonSpace();
    if (t.typ !== 'string' && t.typ !== 'rawString') this.unexpected(t, 'define clause');
    const name = unquote(t.val) ?? this.fail('invalid syntax');
    this.expect('rightDelim', 'define clause');
    const [list, end] = this.itemList();
    if (end.kind !== 'end') this.fail(`unexpected {{${end.kind}}} in define clause`);
    this.defs.set(name, list);
  }

  private itemList(): [ListNode, Node] {
    const list: ListNode = { kind: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().typ !== 'eof') {
      const n = this.textOrAction();
      if (n.kind === 'end' || n.kind === 'else') return [list, n];
      list.nodes.push(n);
    }
    this.fail('unexpected EOF');
  }

  private textOrAction(): Node {
    const t = this.nextNonSpace();
    if (t.typ === 'text') return { kind: 'text', pos: t.pos, text: t.val };
    if (t.typ !== 'leftDelim') this.unexpected(t, 'input');
    this.actionLine = t.line;
    try { return this.action(); } finally { this.actionLine = 0; }
  }

  private action(): Node {
    const t = this.nextNonSpace();
    switch (t.typ) {
      case 'break': case 'continue': {
        const close = this.nextNonSpace();
        if (close.typ !== 'rightDelim') this.unexpected(close, `{{${t.typ}}}`);
        if (this.rangeDepth === 0) this.fail(`{{${t.typ}}} outside {{range}}`);
        return { kind: t.typ, pos: t.pos };
      }
      case 'else': {
        const peek = this.peekNonSpace();
        if (peek.typ === 'if' || peek.typ === 'with') return { kind: 'else', pos: peek.pos };
        return { kind: 'else', pos: this.expect('rightDelim', 'else').pos };
      }
      case 'end': return { kind: 'end', pos: this.expect('rightDelim', 'end').pos };
      case 'if': case 'range': case 'with': return this.control(t.typ);
      case 'template': return this.templateControl();
    }
    this.backup();
    const start = this.peek();
    return { kind: 'action', pos: start.pos, pipe: this.pipeline('command', 'rightDelim') };
  }

  private control(kind: ControlNode['kind']): ControlNode {
    const saved = this.vars.length;
    const pipe = this.pipeline(kind, 'rightDelim');
    if (kind === 'range') this.rangeDepth++;
    let [list, next] = this.itemList();
    if (kind === 'range') this.rangeDepth--;
    let elseList: ListNode | undefined;
    if (next.kind === 'else') {
      const after = this.peekNonSpace().typ;
      if ((kind === 'if' && after === 'if') || (kind === 'with' && after === 'with')) {
        this.nextNonSpace();
        elseList = { kind: 'list', pos: next.pos, nodes: [this.control(kind)] };
      } else {
        [elseList, next] = this.itemList();
        if (next.kind !== 'end') this.fail(`expected end; found {{${next.kind}}}`);
      }
    }
    this.vars.length = saved;
    return { kind, pos: pipe.pos, pipe, list, elseList };
  }

  private templateControl(): Node {
    const t = this.nextNonSpace();
    if (t.typ !== 'string' && t.typ !== 'rawString') this.unexpected(t, 'template invocation');
    const name = unquote(t.val) ?? this.fail('invalid syntax');
    if (this.nextNonSpace().typ === 'rightDelim') return { kind: 'template', pos: t.pos, name, quoted: t.val };
    this.backup();
    return { kind: 'template', pos: t.pos, name, quoted: t.val, pipe: this.pipeline('template', 'rightDelim') };
  }

  private pipeline(context: string, end: ItemType): PipeNode {
    const pipe: PipeNode = { kind: 'pipe', pos: this.peekNonSpace().pos, isAssign: false, decl: [], cmds: [] };
    this.declarations(pipe, context);
    for (;;) {
      const t = this.nextNonSpace();
      if (t.typ === end) { this.checkPipeline(pipe, context); return pipe; }
      if (!OPERAND_START.has(t.typ)) this.unexpected(t, context);
      this.backup();
      pipe.cmds.push(this.command());
    }
  }

  // `$x :=`, `$x =`, and `$i, $e :=` in range.
  private declarations(pipe: PipeNode, context: string): void {
    for (;;) {
      const v = this.peekNonSpace();
      if (v.typ !== 'variable') return;
      const save = this.i;
      this.nextNonSpace();
      const next = this.peekNonSpace();
      if (next.typ === 'assign' || next.typ === 'declare') {
        pipe.isAssign = next.typ === 'assign';
        this.nextNonSpace();
        pipe.decl.push({ kind: 'variable', pos: v.pos, ident: v.val.split('.') });
        this.vars.push(v.val);
        return;
      }
      if (next.typ === 'char' && next.val === ',') {
        this.nextNonSpace();
        pipe.decl.push({ kind: 'variable', pos: v.pos, ident: v.val.split('.') });
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const after = this.peekNonSpace().typ;
          if (after === 'variable' || after === 'rightDelim' || after === 'rightParen') continue;
          this.fail('range can only initialize variables');
        }
        this.fail(`too many declarations in ${context}`);
      }
      this.i = save;
      return;
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.fail(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0].kind)) {
        this.fail(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  private command(): CommandNode {
    const cmd: CommandNode = { kind: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const t = this.next();
      if (t.typ === 'space') continue;
      if (t.typ === 'rightDelim' || t.typ === 'rightParen') this.backup();
      else if (t.typ !== 'pipe') this.unexpected(t, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.fail('empty command');
    return cmd;
  }

  private operand(): ArgNode | undefined {
    const node = this.term();
    if (!node || this.peek().typ !== 'field') return node;
    const pos = this.peek().pos;
    const fields: string[] = [];
    while (this.peek().typ === 'field') fields.push(...this.next().val.slice(1).split('.'));
    switch (node.kind) {
      case 'field': return { kind: 'field', pos, ident: [...node.ident, ...fields] };
      case 'variable': return { kind: 'variable', pos, ident: [...node.ident, ...fields] };
      case 'bool': case 'string': case 'number': case 'nil': case 'dot':
        this.fail(`unexpected . after term ${JSON.stringify(nodeText(node))}`);
      default: return { kind: 'chain', pos, node, field: fields };
    }
  }

  private term(): ArgNode | undefined {
    const t = this.nextNonSpace();
    switch (t.typ) {
      case 'identifier':
        if (!this.funcs.has(t.val)) this.fail(`function ${JSON.stringify(t.val)} not defined`);
        return { kind: 'identifier', pos: t.pos, name: t.val };
      case 'dot': return { kind: 'dot', pos: t.pos };
      case 'nil': return { kind: 'nil', pos: t.pos };
      case 'variable':
        if (!this.vars.includes(t.val.split('.')[0])) this.fail(`undefined variable ${JSON.stringify(t.val.split('.')[0])}`);
        return { kind: 'variable', pos: t.pos, ident: t.val.split('.') };
      case 'field': return { kind: 'field', pos: t.pos, ident: t.val.slice(1).split('.') };
      case 'bool': return { kind: 'bool', pos: t.pos, value: t.val === 'true' };
      case 'charConstant': case 'complex': case 'number': return this.number(t);
      case 'leftParen': return this.pipeline('parenthesized pipeline', 'rightParen');
      case 'string': case 'rawString': {
        const s = unquote(t.val);
        if (s === undefined) this.fail('invalid syntax');
        return { kind: 'string', pos: t.pos, quoted: t.val, text: s };
      }
    }
    this.backup();
    return undefined;
  }

  private number(t: Item): NumberNode {
    const value = numberConstant(t);
    if (typeof value === 'string') this.fail(value);
    return { kind: 'number', pos: t.pos, text: t.val, value };
  }
}

function nodeText(n: ArgNode): string {
  switch (n.kind) {
    case 'string': return n.quoted;
    case 'number': return n.text;
    case 'bool': return String(n.value);
    case 'nil': return 'nil';
    default: return '.';
  }
}
