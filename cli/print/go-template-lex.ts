// Go text/template/parse lex.go: text, `{{`/`}}` with the `{{- ` and ` -}}` trim markers,
// `{{/* comments */}}`, and inside actions fields, variables, strings, raw strings, chars,
// numbers, `(`, `)`, `|`, `:=`, `=` and keywords. Produces all items at once. Imports nothing.

export type ItemType =
  | 'error' | 'bool' | 'char' | 'charConstant' | 'complex' | 'assign' | 'declare' | 'eof' | 'field'
  | 'identifier' | 'leftDelim' | 'leftParen' | 'number' | 'pipe' | 'rawString' | 'rightDelim'
  | 'rightParen' | 'space' | 'string' | 'text' | 'variable'
  | 'block' | 'break' | 'continue' | 'dot' | 'define' | 'else' | 'end' | 'if' | 'nil' | 'range' | 'template' | 'with';

export interface Item { typ: ItemType; pos: number; val: string; line: number }

const KEYWORDS = new Set<ItemType>(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'nil', 'range', 'template', 'with']);

const SPACE = ' \t\r\n';
const isSpace = (c: string | undefined): boolean => c !== undefined && c.length === 1 && SPACE.includes(c);
const isAlphaNumeric = (c: string | undefined): boolean => c !== undefined && (c === '_' || /^[\p{L}\p{Nd}]$/u.test(c));
const hasLeftTrim = (s: string): boolean => s.length >= 2 && s[0] === '-' && isSpace(s[1]);
const hasRightTrim = (s: string): boolean => s.length >= 2 && isSpace(s[0]) && s[1] === '-';

/** Lexes a whole template; the last item is `eof` or `error`. */
export function lexTemplate(input: string): Item[] {
  return new Lexer(input).run();
}

class Lexer {
  private pos = 0;
  private start = 0;
  private parenDepth = 0;
  private readonly items: Item[] = [];

  constructor(private readonly input: string) {}

  // Each lex function returns true while there is more to lex; `next` holds the next state.
  private next: () => boolean = () => this.lexText();

  run(): Item[] {
    while (this.next());
    return this.items;
  }

  private lineAt(pos: number): number { return 1 + count(this.input.slice(0, pos), '\n'); }

  private emit(typ: ItemType): void {
    this.items.push({ typ, pos: this.start, val: this.input.slice(this.start, this.pos), line: this.lineAt(this.start) });
    this.start = this.pos;
  }

  private ignore(): void { this.start = this.pos; }

  private error(msg: string): boolean {
    this.items.push({ typ: 'error', pos: this.start, val: msg, line: this.lineAt(this.start) });
    return false;
  }

  private nextChar(): string | undefined {
    if (this.pos >= this.input.length) return undefined;
    const ch = String.fromCodePoint(this.input.codePointAt(this.pos)!);
    this.pos += ch.length;
    return ch;
  }

  private backup(ch: string | undefined): void { if (ch !== undefined) this.pos -= ch.length; }

  private peek(): string | undefined {
    const ch = this.nextChar();
    this.backup(ch);
    return ch;
  }

  private lexText(): boolean {
    const x = this.input.indexOf('{{', this.pos);
    if (x < 0) {
      this.pos = this.input.length;
      if (this.pos > this.start) this.emit('text');
      this.emit('eof');
      return false;
    }
    if (x > this.pos) {
      this.pos = x;
      const trim = hasLeftTrim(this.input.slice(x + 2)) ? rightTrimLength(this.input.slice(this.start, x)) : 0;
      this.pos -= trim;
      const text = this.input.slice(this.start, this.pos);
      const item: Item = { typ: 'text', pos: this.start, val: text, line: this.lineAt(this.start) };
      this.pos += trim;
      this.ignore();
      if (text.length > 0) this.items.push(item);
    }
    this.next = () => this.lexLeftDelim();
    return true;
  }

  private lexLeftDelim(): boolean {
    this.pos += 2;
    const trim = hasLeftTrim(this.input.slice(this.pos));
    const after = trim ? 2 : 0;
    if (this.input.startsWith('/*', this.pos + after)) {
      this.pos += after;
      this.ignore();
      this.next = () => this.lexComment();
      return true;
    }
    const item: Item = { typ: 'leftDelim', pos: this.start, val: '{{', line: this.lineAt(this.start) };
    this.pos += after;
    this.ignore();
    this.items.push(item);
    this.parenDepth = 0;
    this.next = () => this.lexInsideAction();
    return true;
  }

  private atRightDelim(): { delim: boolean; trim: boolean } {
    const rest = this.input.slice(this.pos);
    if (hasRightTrim(rest) && rest.startsWith('}}', 2)) return { delim: true, trim: true };
    return { delim: rest.startsWith('}}'), trim: false };
  }

  private lexComment(): boolean {
    this.pos += 2;
    const x = this.input.indexOf('*/', this.pos);
    if (x < 0) return this.error('unclosed comment');
    this.pos = x + 2;
    const { delim, trim } = this.atRightDelim();
    if (!delim) return this.error('comment ends before closing delimiter');
    if (trim) this.pos += 2;
    this.pos += 2;
    if (trim) this.pos += leftTrimLength(this.input.slice(this.pos));
    this.ignore();
    this.next = () => this.lexText();
    return true;
  }

  private lexRightDelim(): boolean {
    const { trim } = this.atRightDelim();
    if (trim) { this.pos += 2; this.ignore(); }
    this.pos += 2;
    this.emit('rightDelim');
    if (trim) { this.pos += leftTrimLength(this.input.slice(this.pos)); this.ignore(); }
    this.next = () => this.lexText();
    return true;
  }

  private lexInsideAction(): boolean {
    if (this.atRightDelim().delim) {
      if (this.parenDepth === 0) return this.lexRightDelim();
      return this.error('unclosed left paren');
    }
    const r = this.nextChar();
    this.next = () => this.lexInsideAction();
    if (r === undefined) return this.error('unclosed action');
    if (isSpace(r)) { this.backup(r); return this.lexSpace(); }
    if (r === '=') { this.emit('assign'); return true; }
    if (r === ':') {
      if (this.nextChar() !== '=') return this.error('expected :=');
      this.emit('declare');
      return true;
    }
    if (r === '|') { this.emit('pipe'); return true; }
    if (r === '"') return this.lexQuote('"', 'string', 'unterminated quoted string');
    if (r === '`') return this.lexRaw();
    if (r === '$') return this.lexFieldOrVariable('variable');
    if (r === "'") return this.lexQuote("'", 'charConstant', 'unterminated character constant');
    if (r === '.') {
      const c = this.input[this.pos];
      if (this.pos < this.input.length && (c < '0' || c > '9')) return this.lexFieldOrVariable('field');
    }
    if (r === '.' || r === '+' || r === '-' || (r >= '0' && r <= '9')) { this.backup(r); return this.lexNumber(); }
    if (isAlphaNumeric(r)) { this.backup(r); return this.lexIdentifier(); }
    if (r === '(') { this.parenDepth++; this.emit('leftParen'); return true; }
    if (r === ')') {
      this.parenDepth--;
      if (this.parenDepth < 0) return this.error('unexpected right paren');
      this.emit('rightParen');
      return true;
    }
    if (r.codePointAt(0)! <= 0x7f && r >= ' ' && r !== '\x7f') { this.emit('char'); return true; }
    return this.error(`unrecognized character in action: ${runeName(r)}`);
  }

  private lexSpace(): boolean {
    let n = 0;
    while (isSpace(this.peek())) { this.nextChar(); n++; }
    const before = this.input.slice(this.pos - 1);
    if (hasRightTrim(before) && before.startsWith('}}', 2)) {
      this.backup(this.input[this.pos - 1]);
      if (n === 1) return true;
    }
    this.emit('space');
    return true;
  }

  private lexIdentifier(): boolean {
    let r: string | undefined;
    for (r = this.nextChar(); isAlphaNumeric(r); r = this.nextChar());
    this.backup(r);
    if (!this.atTerminator()) return this.error(`bad character ${runeName(this.peek() ?? '')}`);
    const word = this.input.slice(this.start, this.pos);
    if (KEYWORDS.has(word as ItemType)) this.emit(word as ItemType);
    else if (word === 'true' || word === 'false') this.emit('bool');
    else this.emit('identifier');
    return true;
  }

  private lexFieldOrVariable(typ: 'field' | 'variable'): boolean {
    if (this.atTerminator()) { this.emit(typ === 'variable' ? 'variable' : 'dot'); return true; }
    let r: string | undefined;
    for (r = this.nextChar(); isAlphaNumeric(r); r = this.nextChar());
    this.backup(r);
    if (!this.atTerminator()) return this.error(`bad character ${runeName(this.peek() ?? '')}`);
    this.emit(typ);
    return true;
  }

  private atTerminator(): boolean {
    const r = this.peek();
    if (r === undefined || isSpace(r)) return true;
    if ('.,|:)('.includes(r)) return true;
    return this.input.startsWith('}}', this.pos);
  }

  private lexQuote(q: string, typ: ItemType, unterminated: string): boolean {
    for (;;) {
      let r = this.nextChar();
      if (r === '\\') {
        r = this.nextChar();
        if (r !== undefined && r !== '\n') continue;
      }
      if (r === undefined || r === '\n') return this.error(unterminated);
      if (r === q) break;
    }
    this.emit(typ);
    return true;
  }

  private lexRaw(): boolean {
    const x = this.input.indexOf('`', this.pos);
    if (x < 0) return this.error('unterminated raw quoted string');
    this.pos = x + 1;
    this.emit('rawString');
    return true;
  }

  private lexNumber(): boolean {
    if (!this.scanNumber()) return this.error(`bad number syntax: ${JSON.stringify(this.input.slice(this.start, this.pos))}`);
    const sign = this.peek();
    if (sign === '+' || sign === '-') {
      if (!this.scanNumber() || this.input[this.pos - 1] !== 'i') {
        return this.error(`bad number syntax: ${JSON.stringify(this.input.slice(this.start, this.pos))}`);
      }
      this.emit('complex');
    } else this.emit('number');
    return true;
  }

  private accept(valid: string): boolean {
    const r = this.nextChar();
    if (r !== undefined && valid.includes(r)) return true;
    this.backup(r);
    return false;
  }

  private acceptRun(valid: string): void { while (this.accept(valid)); }

  private scanNumber(): boolean {
    this.accept('+-');
    let digits = '0123456789_';
    if (this.accept('0')) {
      if (this.accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (this.accept('oO')) digits = '01234567_';
      else if (this.accept('bB')) digits = '01_';
    }
    this.acceptRun(digits);
    if (this.accept('.')) this.acceptRun(digits);
    if (digits.length === 11 && this.accept('eE')) { this.accept('+-'); this.acceptRun('0123456789_'); }
    if (digits.length === 23 && this.accept('pP')) { this.accept('+-'); this.acceptRun('0123456789_'); }
    this.accept('i');
    if (isAlphaNumeric(this.peek())) { this.nextChar(); return false; }
    return true;
  }
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

function rightTrimLength(s: string): number {
  return s.length - s.replace(/[ \t\r\n]+$/, '').length;
}

function leftTrimLength(s: string): number {
  return s.length - s.replace(/^[ \t\r\n]+/, '').length;
}

/** fmt's %#U of a rune: U+0023 '#'. */
export function runeName(r: string): string {
  const cp = r.codePointAt(0) ?? 0;
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(r) ? `U+${hex} '${r}'` : `U+${hex}`;
}
