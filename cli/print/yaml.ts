// `kubectl get -o yaml` (sigs.k8s.io/yaml.Marshal: JSON, then go-yaml v2): a port of the v2
// emitter for JSON data — sorted block mappings, indentless sequences, `{}`/`[]`, plain, quoted
// and literal scalars folded at 80 columns. Imports only sibling print modules.
import { utf8Length } from './go-strings.js';
import { analyzeScalar, chompHint, doubleEscape, isBreak, isPrintable, type ScalarAnalysis } from './yaml-analyze.js';
import { toScalar, type Scalar, type Style } from './yaml-resolve.js';
import { yamlKeyLess } from './yaml-sort.js';

const BEST_INDENT = 2;
const BEST_WIDTH = 80;

/** The bytes `kubectl get -o yaml` writes for one object (a List included). */
export function printYaml(obj: unknown): string {
  return marshalYaml(obj);
}

/** sigs.k8s.io/yaml.Marshal of a JSON-shaped value (undefined members are left out, as in JSON). */
export function marshalYaml(value: unknown): string {
  const e = new Emitter();
  e.node(value, { root: true });
  e.writeIndent(); // document end (implicit): finish the last line
  return e.out;
}

interface Ctx { root?: boolean; sequence?: boolean; mapping?: boolean; simpleKey?: boolean }

class Emitter {
  out = '';
  private column = 0;
  private indent = -1;
  private readonly indents: number[] = [];
  private whitespace = true;
  private indention = true;
  private mappingContext = false;
  private simpleKeyContext = false;

  node(v: unknown, ctx: Ctx): void {
    this.mappingContext = !!ctx.mapping;
    this.simpleKeyContext = !!ctx.simpleKey;
    if (Array.isArray(v)) {
      if (v.length === 0) this.emptyFlow('[', ']');
      else this.blockSequence(v);
      return;
    }
    if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
      if (keys.length === 0) this.emptyFlow('{', '}');
      else this.blockMapping(v as Record<string, unknown>, keys.sort((a, b) => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0)));
      return;
    }
    const s = toScalar(v) ?? { value: String(v), style: 'plain' };
    this.scalar(s, analyzeScalar(s.value));
  }

  private pushIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  private popIndent(): void {
    this.indent = this.indents.pop()!;
  }

  private emptyFlow(open: string, close: string): void {
    this.writeIndicator(open, true, true, false);
    this.pushIndent(true, false);
    this.popIndent();
    this.writeIndicator(close, false, false, false);
  }

  private blockSequence(items: unknown[]): void {
    this.pushIndent(false, this.mappingContext && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.writeIndicator('-', true, false, true);
      this.node(item, { sequence: true });
    }
    this.popIndent();
  }

  private blockMapping(m: Record<string, unknown>, keys: string[]): void {
    this.pushIndent(false, false);
    for (const key of keys) {
      this.writeIndent();
      const k = toScalar(key)!;
      const a = analyzeScalar(key);
      if (!a.multiline && utf8Length(key) <= 128) {
        this.mappingContext = true;
        this.simpleKeyContext = true;
        this.scalar(k, a);
        this.writeIndicator(':', false, false, false);
      } else {
        this.writeIndicator('?', true, false, true);
        this.mappingContext = true;
        this.simpleKeyContext = false;
        this.scalar(k, a);
        this.writeIndent();
        this.writeIndicator(':', true, false, true);
      }
      this.node(m[key], { mapping: true });
    }
    this.popIndent();
  }

  // yaml_emitter_select_scalar_style (block context: flow_level is always 0 here).
  private selectStyle(s: Scalar, a: ScalarAnalysis): Style {
    let style = s.style;
    if (this.simpleKeyContext && a.multiline) style = 'double';
    if (style === 'plain') {
      if (!a.blockPlainAllowed) style = 'single';
      if (s.value.length === 0 && this.simpleKeyContext) style = 'single';
    }
    if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
    if (style === 'literal' && (!a.blockAllowed || this.simpleKeyContext)) style = 'double';
    return style;
  }

  private scalar(s: Scalar, a: ScalarAnalysis): void {
    const style = this.selectStyle(s, a);
    this.pushIndent(true, false);
    const breaks = !this.simpleKeyContext;
    if (style === 'plain') this.writePlain(s.value, breaks);
    else if (style === 'single') this.writeSingle(s.value, breaks);
    else if (style === 'double') this.writeDouble(s.value, breaks);
    else this.writeLiteral(s.value);
    this.popIndent();
  }

  private put(ch: string): void {
    this.out += ch;
    this.column++;
  }

  private putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }

  // write_break: LF becomes the line break; other break characters are copied.
  private writeBreak(ch: string): void {
    if (ch === '\n') this.putBreak();
    else { this.out += ch; this.column = 0; }
  }

  writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  private writeIndicator(ind: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    for (const ch of ind) this.put(ch);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  private writePlain(value: string, allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    const chars = [...value];
    let spaces = false, breaks = false;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i];
      if (ch === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && chars[i + 1] !== ' ') this.writeIndent();
        else this.put(ch);
        spaces = true;
      } else if (isBreak(ch)) {
        if (!breaks && ch === '\n') this.putBreak();
        this.writeBreak(ch);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(ch);
        this.indention = false;
        spaces = false; breaks = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
  }

  private writeSingle(value: string, allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    const chars = [...value];
    let spaces = false, breaks = false;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i];
      if (ch === ' ') {
        const fold = allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1 && chars[i + 1] !== ' ';
        if (fold) this.writeIndent();
        else this.put(ch);
        spaces = true;
      } else if (isBreak(ch)) {
        if (!breaks && ch === '\n') this.putBreak();
        this.writeBreak(ch);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (ch === "'") this.put("'");
        this.put(ch);
        this.indention = false;
        spaces = false; breaks = false;
      }
    }
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeDouble(value: string, allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    const chars = [...value];
    let spaces = false;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i];
      if (!isPrintable(ch) || ch === '\ufeff' || isBreak(ch) || ch === '"' || ch === '\\') {
        for (const c of doubleEscape(ch)) this.put(c);
        spaces = false;
      } else if (ch === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1) {
          this.writeIndent();
          if (chars[i + 1] === ' ') this.put('\\');
        } else this.put(ch);
        spaces = true;
      } else {
        this.put(ch);
        spaces = false;
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeLiteral(value: string): void {
    this.writeIndicator('|', true, false, false);
    const chars = [...value];
    if (chars[0] === ' ' || isBreak(chars[0])) this.writeIndicator(String(BEST_INDENT), false, false, false);
    const chomp = chompHint(chars);
    if (chomp) this.writeIndicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const ch of chars) {
      if (isBreak(ch)) {
        this.writeBreak(ch);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(ch);
        this.indention = false;
        breaks = false;
      }
    }
  }
}
