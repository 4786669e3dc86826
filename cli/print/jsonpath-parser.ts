// The Kubernetes JSONPath dialect's parser (client-go util/jsonpath parser.go): text outside `{}`;
// inside, fields, [index/slice/union/'key'], [?(filter)], `..`, `*`, quoted strings, numbers,
// range/end, with client-go's error texts. Imports only sibling print modules.
import { unquoteBody } from './go-strings.js';

export interface ArrayParam { known: boolean; value: number; derived: boolean }

export type JPNode =
  | { type: 'list'; nodes: JPNode[] }
  | { type: 'text'; text: string }
  | { type: 'field'; value: string }
  | { type: 'array'; params: [ArrayParam, ArrayParam, ArrayParam] }
  | { type: 'filter'; left: JPList; right: JPList; op: string }
  | { type: 'int'; value: number }
  | { type: 'float'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'wildcard' }
  | { type: 'recursive' }
  | { type: 'union'; nodes: JPList[] }
  | { type: 'identifier'; name: string };

export type JPList = Extract<JPNode, { type: 'list' }>;

export class JsonPathSyntaxError extends Error {}

const DICT_KEY = /^'([^']*)'$/;
const SLICE = /^(-?\d*)(:-?\d*)?(:-?\d*)?$/;
const FILTER = /^([^!<>=]+)([!<>=]+)(.+?)$/;

/** Parses a template; throws JsonPathSyntaxError with client-go's message. */
export function parseJsonPath(text: string): JPList {
  return new Parser(text).parse();
}

// parseAction: the text of one action, parsed as `{text}`; its list node.
function parseAction(text: string): JPList {
  const root = parseJsonPath(`{${text}}`);
  return root.nodes[0] as JPList;
}

class Parser {
  private readonly root: JPList = { type: 'list', nodes: [] };
  private pos = 0;
  private start = 0;
  private width = 0;

  constructor(private readonly input: string) {}

  parse(): JPList {
    this.parseText(this.root);
    return this.root;
  }

  private fail(msg: string): never {
    throw new JsonPathSyntaxError(msg);
  }

  private consume(): string {
    const v = this.input.slice(this.start, this.pos);
    this.start = this.pos;
    return v;
  }

  private next(): string | undefined {
    if (this.pos >= this.input.length) { this.width = 0; return undefined; }
    const ch = String.fromCodePoint(this.input.codePointAt(this.pos)!);
    this.width = ch.length;
    this.pos += ch.length;
    return ch;
  }

  private peek(): string | undefined {
    const ch = this.next();
    this.pos -= this.width;
    return ch;
  }

  private parseText(cur: JPList): void {
    for (;;) {
      if (this.input.startsWith('{', this.pos)) {
        if (this.pos > this.start) cur.nodes.push({ type: 'text', text: this.consume() });
        this.pos += 1;
        this.consume();
        const action: JPList = { type: 'list', nodes: [] };
        cur.nodes.push(action);
        this.parseInsideAction(action);
        return;
      }
      if (this.next() === undefined) break;
    }
    if (this.pos > this.start) cur.nodes.push({ type: 'text', text: this.consume() });
  }

  private parseInsideAction(cur: JPList): void {
    for (;;) {
      if (this.input.startsWith('}', this.pos)) {
        this.pos += 1;
        this.consume();
        this.parseText(this.root);
        return;
      }
      if (this.input.startsWith('[?(', this.pos)) { this.parseFilter(cur); continue; }
      if (this.input.startsWith('..', this.pos)) { this.parseRecursive(cur); continue; }
      const r = this.next();
      if (r === undefined || r === '\r' || r === '\n') this.fail('unclosed action');
      if (r === ' ' || r === '@' || r === '$') this.consume();
      else if (r === '[') this.parseArray(cur);
      else if (r === '"' || r === "'") this.parseQuote(cur, r);
      else if (r === '.') this.parseField(cur);
      else if (r === '+' || r === '-' || isDigit(r)) { this.pos -= this.width; this.parseNumber(cur); }
      else if (isAlphaNumeric(r)) { this.pos -= this.width; this.parseIdentifier(cur); }
      else this.fail(`unrecognized character in action: ${goRuneName(r)}`);
    }
  }

  private parseIdentifier(cur: JPList): void {
    for (;;) {
      const r = this.next();
      if (isTerminator(r)) { this.pos -= this.width; break; }
    }
    const value = this.consume();
    if (value === 'true' || value === 'false') cur.nodes.push({ type: 'bool', value: value === 'true' });
    else cur.nodes.push({ type: 'identifier', name: value });
  }

  private parseRecursive(cur: JPList): void {
    const last = cur.nodes[cur.nodes.length - 1];
    if (last?.type === 'recursive') this.fail('invalid multiple recursive descent');
    this.pos += 2;
    this.consume();
    cur.nodes.push({ type: 'recursive' });
    const r = this.peek();
    if (r !== undefined && isAlphaNumeric(r)) this.parseField(cur);
  }

  private parseNumber(cur: JPList): void {
    const r = this.peek();
    if (r === '+' || r === '-') this.next();
    for (;;) {
      const c = this.next();
      if (c !== '.' && !(c !== undefined && isDigit(c))) { this.pos -= this.width; break; }
    }
    const value = this.consume();
    if (/^[+-]?\d+$/.test(value)) cur.nodes.push({ type: 'int', value: Number(value) });
    else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)) cur.nodes.push({ type: 'float', value: Number(value) });
    else this.fail(`cannot parse number ${value}`);
  }

  private parseArray(cur: JPList): void {
    for (;;) {
      const r = this.next();
      if (r === undefined || r === '\n') this.fail('unterminated array');
      if (r === ']') break;
    }
    let text = this.consume().slice(1, -1);
    if (text === '*') text = ':';
    const parts = text.split(',');
    if (parts.length > 1) {
      cur.nodes.push({ type: 'union', nodes: parts.map((p) => parseAction(`[${p.replace(/^ +| +$/g, '')}]`)) });
      return;
    }
    const key = DICT_KEY.exec(text);
    if (key) { cur.nodes.push(...parseAction(`.${key[1]}`).nodes); return; }
    const m = SLICE.exec(text);
    if (!m) this.fail(`invalid array index ${text}`);
    cur.nodes.push({ type: 'array', params: sliceParams([m[1], m[2] ?? '', m[3] ?? '']) });
  }

  private parseFilter(cur: JPList): void {
    this.pos += 3;
    this.consume();
    let begin = false, end = false, pair = '';
    for (;;) {
      const r = this.next();
      if (r === undefined || r === '\n') this.fail('unterminated filter');
      if (r === '"' || r === "'") {
        if (!begin) { begin = true; pair = r; continue; }
        if (this.input[this.pos - 2] !== '\\' && r === pair) end = true;
      } else if (r === ')' && begin === end) break;
    }
    if (this.next() !== ']') this.fail('unclosed array expect ]');
    const text = this.consume().slice(0, -2);
    const m = FILTER.exec(text);
    if (!m) cur.nodes.push({ type: 'filter', left: parseAction(text), right: { type: 'list', nodes: [] }, op: 'exists' });
    else cur.nodes.push({ type: 'filter', left: parseAction(m[1]), right: parseAction(m[3]), op: m[2] });
  }

  private parseQuote(cur: JPList, quote: string): void {
    for (;;) {
      const r = this.next();
      if (r === undefined || r === '\n') this.fail('unterminated quoted string');
      if (r === quote && this.input[this.pos - 2] !== '\\') break;
    }
    const value = this.consume();
    const s = unquoteExtend(value);
    if (s === undefined) this.fail(`unquote string ${value} error invalid syntax`);
    cur.nodes.push({ type: 'text', text: s });
  }

  private parseField(cur: JPList): void {
    this.consume();
    for (;;) {
      const r = this.next();
      if (r === '\\') { this.next(); continue; }
      if (isTerminator(r)) { this.pos -= this.width; break; }
    }
    const value = this.consume();
    if (value === '*') cur.nodes.push({ type: 'wildcard' });
    else cur.nodes.push({ type: 'field', value: value.replaceAll('\\', '') });
  }
}

// parser.go parseArray's slice parameters: an absent end after a present start means start+1.
function sliceParams(v: [string, string, string]): [ArrayParam, ArrayParam, ArrayParam] {
  const params: ArrayParam[] = [];
  for (let i = 0; i < 3; i++) {
    let text = v[i];
    if (text !== '') {
      if (i > 0) text = text.slice(1);
      if (i > 0 && text === '') params.push({ known: false, value: 0, derived: false });
      else {
        const n = Number(text);
        if (!/^-?\d+$/.test(text)) throw new JsonPathSyntaxError(`array index ${text} is not a number`);
        params.push({ known: true, value: n, derived: false });
      }
    } else if (i === 1) params.push({ known: true, value: params[0].value + 1, derived: true });
    else params.push({ known: false, value: 0, derived: false });
  }
  return params as [ArrayParam, ArrayParam, ArrayParam];
}

function isTerminator(r: string | undefined): boolean {
  return r === undefined || r === ' ' || r === '\t' || r === '\r' || r === '\n' || '.,[]$@{}'.includes(r);
}

function isDigit(r: string): boolean {
  return /^\p{Nd}$/u.test(r);
}

function isAlphaNumeric(r: string): boolean {
  return r === '_' || /^[\p{L}\p{Nd}]$/u.test(r);
}

// fmt's %#U: U+0023 '#'.
function goRuneName(r: string): string {
  const cp = r.codePointAt(0)!;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${r}'`;
}

/** parser.go UnquoteExtend: strconv.Unquote for '...' as well as "..."; undefined on bad syntax. */
export function unquoteExtend(s: string): string | undefined {
  if (s.length < 2) return undefined;
  const q = s[0];
  if ((q !== '"' && q !== "'") || s[s.length - 1] !== q) return undefined;
  const body = s.slice(1, -1);
  if (!body.includes('\\') && !body.includes(q)) return body;
  return unquoteBody(body, q);
}
