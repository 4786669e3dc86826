// `kubectl get -o jsonpath=...`: client-go util/jsonpath evaluation (FindResults, range/end, fields,
// slices, filters, unions, wildcards, `..`) and cli-runtime's JSONPathPrinter (space-joined results,
// JSON for maps and slices, kubectl's error wrapping). Imports sibling print modules, node:buffer.
import { Buffer } from 'node:buffer';
import { ComparisonError, jsonpathEqual, jsonpathLess } from './go-compare.js';
import { goSyntax, sprint } from './go-fmt.js';
import { goCompare, goQuote } from './go-strings.js';
import { fromJson, GoFloat, goKind, GoInt, goTypeName, type GoMap, type GoValue } from './go-value.js';
import { marshalJson } from './json.js';
import { JsonPathSyntaxError, parseJsonPath, type JPList, type JPNode } from './jsonpath-parser.js';

export interface JsonPathOptions {
  /** --allow-missing-template-keys (kubectl's default is true: a missing field prints nothing). */
  allowMissingKeys?: boolean;
  /** -o jsonpath-as-json: all results as one indented JSON array. */
  outputJson?: boolean;
}

/**
 * What kubectl writes: `text` on stdout and, on failure, `error`, the message it prints after
 * `error: ` on stderr (a go-template error also leaves partial output and a debug dump in `text`).
 */
export interface TemplateOutput {
  text: string;
  error?: string;
}

/** kubectl's -o jsonpath over one object (a List for several): its stdout, or its error. */
export function printJsonPath(template: string, obj: unknown, opts: JsonPathOptions = {}): TemplateOutput {
  let root: JPList;
  try {
    root = parseJsonPath(template);
  } catch (e) {
    if (e instanceof JsonPathSyntaxError) return { text: '', error: `error parsing jsonpath ${template}, ${e.message}` };
    throw e;
  }
  const data = fromJson(obj);
  try {
    return { text: executeJsonPath(root, data, opts) };
  } catch (e) {
    if (!(e instanceof JsonPathEvalError)) throw e;
    const debug = `Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
      `\ttemplate was:\n\t\t${template}\n\tobject given to jsonpath engine was:\n\t\t${goSyntax(data)}\n\n`;
    return { text: '', error: `error executing jsonpath ${goQuote(template)}: ${debug}\n` };
  }
}

export class JsonPathEvalError extends Error {}

/** jsonpath.Execute: every top-level node's results, printed in order. */
export function executeJsonPath(root: JPList, data: GoValue, opts: JsonPathOptions = {}): string {
  const ev = new Evaluator(opts.allowMissingKeys ?? true);
  const results = ev.findResults(root.nodes, data);
  return results.map((r) => printResults(r, !!opts.outputJson)).join('');
}

// jsonpath.PrintResults: space-separated; maps and slices as JSON, the rest as fmt.Fprint.
function printResults(results: GoValue[], outputJson: boolean): string {
  if (outputJson) return marshalJson(results, '    ') + '\n';
  return results.map((r) => {
    const k = goKind(r);
    if (k === 'map' || k === 'slice') return marshalJson(r);
    if (r === undefined) return '<no value>';
    if (r === null) return 'null';
    return sprint([r]);
  }).join(' ');
}

class Evaluator {
  private beginRange = 0;
  private inRange = 0;
  private endRange = 0;
  private lastEndNode: JPNode | undefined;

  constructor(private readonly allowMissingKeys: boolean) {}

  findResults(nodes: JPNode[], data: GoValue): GoValue[][] {
    const cur = [data];
    const full: GoValue[][] = [];
    for (let i = 0; i < nodes.length; i++) {
      const results = this.walk(cur, nodes[i]);
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--;
        this.lastEndNode = nodes[i];
        break;
      }
      if (this.beginRange > 0) {
        this.beginRange--;
        this.inRange++;
        const rest = nodes.slice(i + 1);
        if (results.length > 0) for (const v of results) full.push(...this.findResults(rest, v));
        else this.findResults(rest, undefined);
        this.inRange--;
        for (let k = i + 1; k < nodes.length; k++) if (nodes[k] === this.lastEndNode) { i = k; break; }
        continue;
      }
      full.push(results);
    }
    return full;
  }

  private walk(values: GoValue[], node: JPNode): GoValue[] {
    switch (node.type) {
      case 'list': return node.nodes.reduce((cur, n) => this.walk(cur, n), values);
      case 'text': return [node.text];
      case 'field': return this.evalField(values, node.value);
      case 'array': return evalArray(values, node.params);
      case 'filter': return this.evalFilter(values, node);
      case 'int': return values.map(() => new GoInt(node.value));
      case 'float': return values.map(() => new GoFloat(node.value));
      case 'bool': return values.map(() => node.value);
      case 'wildcard': return values.flatMap(children);
      case 'recursive': return evalRecursive(values);
      case 'union': return node.nodes.flatMap((l) => this.walk(values, l));
      case 'identifier': return this.evalIdentifier(values, node.name);
    }
  }

  private evalIdentifier(values: GoValue[], name: string): GoValue[] {
    if (name === 'range') { this.beginRange++; return values; }
    if (name === 'end') {
      if (this.inRange > 0) { this.endRange++; return []; }
      throw new JsonPathEvalError('not in range, nothing to end');
    }
    throw new JsonPathEvalError(`unrecognized identifier ${name}`);
  }

  private evalField(values: GoValue[], name: string): GoValue[] {
    const results: GoValue[] = [];
    for (const v of values) {
      if (goKind(v) !== 'map') continue;
      const x = (v as GoMap)[name];
      if (x !== undefined) results.push(x);
    }
    if (results.length === 0 && values.length > 0 && !this.allowMissingKeys) throw new JsonPathEvalError(`${name} is not found`);
    return results;
  }

  private evalFilter(values: GoValue[], node: Extract<JPNode, { type: 'filter' }>): GoValue[] {
    const results: GoValue[] = [];
    for (const v of values) {
      if (!Array.isArray(v)) {
        const shown = v === undefined ? '<invalid reflect.Value>' : sprint([v]);
        throw new JsonPathEvalError(`${shown} is not array or slice and cannot be filtered`);
      }
      for (const el of v) if (this.filterMatches(el, node)) results.push(el);
    }
    return results;
  }

  private filterMatches(el: GoValue, node: Extract<JPNode, { type: 'filter' }>): boolean {
    if (node.op === 'exists') {
      try { return this.walk([el], node.left).length > 0; } catch (e) { if (e instanceof JsonPathEvalError) return false; throw e; }
    }
    const lefts = this.walk([el], node.left);
    if (lefts.length === 0) return false;
    if (lefts.length > 1) throw new JsonPathEvalError('can only compare one element at a time');
    const rights = this.walk([el], node.right);
    if (rights.length === 0) return false;
    if (rights.length > 1) throw new JsonPathEvalError('can only compare one element at a time');
    return compare(lefts[0], rights[0], node.op);
  }
}

function compare(l: GoValue, r: GoValue, op: string): boolean {
  try {
    switch (op) {
      case '<': return jsonpathLess(l, r);
      case '>': return !(jsonpathLess(l, r) || jsonpathEqual(l, r));
      case '==': return jsonpathEqual(l, r);
      case '!=': return !jsonpathEqual(l, r);
      case '<=': return jsonpathLess(l, r) || jsonpathEqual(l, r);
      case '>=': return !jsonpathLess(l, r);
      default: throw new JsonPathEvalError(`unrecognized filter operator ${op}`);
    }
  } catch (e) {
    if (e instanceof ComparisonError) throw new JsonPathEvalError(e.message);
    throw e;
  }
}

// jsonpath.evalArray: negative indexes count from the end; out-of-range indexes are errors.
function evalArray(values: GoValue[], node: readonly { known: boolean; value: number; derived: boolean }[]): GoValue[] {
  const result: GoValue[] = [];
  for (const v of values) {
    if (v === null || v === undefined) continue;
    if (!Array.isArray(v)) throw new JsonPathEvalError(`${goTypeName(v)} is not array or slice`);
    const p = node.map((x) => ({ ...x }));
    const len = v.length;
    if (!p[0].known) p[0].value = 0;
    if (p[0].value < 0) p[0].value += len;
    if (!p[1].known) p[1].value = len;
    if (p[1].value < 0 || (p[1].value === 0 && p[1].derived)) p[1].value += len;
    if (p[1].value === p[0].value) return result;
    if (p[0].value >= len || p[0].value < 0) throw new JsonPathEvalError(`array index out of bounds: index ${p[0].value}, length ${len}`);
    if (p[1].value > len || p[1].value < 0) throw new JsonPathEvalError(`array index out of bounds: index ${p[1].value - 1}, length ${len}`);
    if (p[0].value > p[1].value) throw new JsonPathEvalError(`starting index ${p[0].value} is greater than ending index ${p[1].value}`);
    let step = 1;
    if (p[2].known) {
      if (p[2].value <= 0) throw new JsonPathEvalError('step must be > 0');
      step = p[2].value;
    }
    const slice = v.slice(p[0].value, p[1].value);
    for (let i = 0; i < slice.length; i += step) result.push(slice[i]);
  }
  return result;
}

// Children of a map (Go iterates map keys in random order; sorted here), slice or string (bytes).
function children(v: GoValue): GoValue[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return [...Buffer.from(v, 'utf8')].map((b) => new GoInt(b));
  if (goKind(v) === 'map') return Object.keys(v as GoMap).sort(goCompare).map((k) => (v as GoMap)[k]);
  return [];
}

function evalRecursive(values: GoValue[]): GoValue[] {
  const result: GoValue[] = [];
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const kids = children(v);
    if (kids.length === 0) continue;
    result.push(v, ...evalRecursive(kids));
  }
  return result;
}
