// text/template exec.go over decoded JSON: walking actions, if/with/range (else, break,
// continue), variables, field chains on maps, function calls with Go's argument checks, and
// errors as `template: output:1:6: executing "output" at <.a.b>: ...`. Imports only siblings.
import { sprint } from './go-fmt.js';
import { goCompare, goQuote, utf8Length } from './go-strings.js';
import { BUILTINS, FuncError, type FuncResult, type ParamType, type TemplateFunc } from './go-template-funcs.js';
import { nodeString, type AnyNode, type ArgNode, type CommandNode, type ControlNode, type Node, type PipeNode } from './go-template-nodes.js';
import type { ParsedTemplate } from './go-template-parse.js';
import { goKind, goTruth, goTypeName, GoInt, isGoInteger, goNumber, type GoMap, type GoValue } from './go-value.js';

/** A value with its static type: `boxed` when it came out of an interface{} (a map value, a slice element). */
interface Ref { v: GoValue; boxed: boolean }

const MISSING: Ref = { v: undefined, boxed: false };
/** Go allows 100000 nested {{template}} calls; a JS stack allows fewer. */
const MAX_DEPTH = 1000;
const BREAK = Symbol('break');
const CONTINUE = Symbol('continue');

export class TemplateExecError extends Error {}

export interface ExecOptions {
  /** missingkey=error instead of missingkey=default (kubectl's --allow-missing-template-keys=false). */
  missingKeyError?: boolean;
}

/** Executes a parsed template on `data`; returns the output, or throws TemplateExecError carrying it as `partial`. */
export function executeTemplate(t: ParsedTemplate, data: GoValue, opts: ExecOptions = {}): string {
  const s = new State(t, t.name, [{ name: '$', ref: { v: data, boxed: false } }], !!opts.missingKeyError);
  try {
    s.walk({ v: data, boxed: false }, t.root);
  } catch (e) {
    if (e instanceof TemplateExecError) (e as TemplateExecError & { partial: string }).partial = s.out.join('');
    throw e;
  }
  return s.out.join('');
}

class State {
  out: string[] = [];
  private node: AnyNode | undefined;
  private depth = 0;

  constructor(private readonly t: ParsedTemplate, private readonly name: string,
    private vars: { name: string; ref: Ref }[], private readonly missingKeyError: boolean) {}

  private at(n: AnyNode): void { this.node = n; }

  private fail(msg: string): never {
    if (!this.node) throw new TemplateExecError(`template: ${this.name}: ${msg}`);
    const before = this.t.text.slice(0, this.node.pos);
    const nl = before.lastIndexOf('\n');
    const col = nl < 0 ? utf8Length(before) : utf8Length(before.slice(nl + 1));
    const line = 1 + (before.match(/\n/g)?.length ?? 0);
    let ctx = nodeString(this.node);
    if (utf8Length(ctx) > 20) ctx = [...ctx].slice(0, 20).join('') + '...';
    throw new TemplateExecError(`template: ${this.t.name}:${line}:${col}: executing ${goQuote(this.name)} at <${ctx}>: ${msg}`);
  }

  walk(dot: Ref, node: Node): void {
    this.at(node);
    switch (node.kind) {
      case 'action': {
        const v = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) { this.at(node); this.out.push(v === undefined ? '<no value>' : sprint([v])); }
        return;
      }
      case 'text': this.out.push(node.text); return;
      case 'list': for (const n of node.nodes) this.walk(dot, n); return;
      case 'if': case 'with': this.walkIfOrWith(dot, node); return;
      case 'range': this.walkRange(dot, node); return;
      case 'template': this.walkTemplate(dot, node); return;
      case 'break': throw BREAK;
      case 'continue': throw CONTINUE;
      default: this.fail(`unknown node: ${nodeString(node)}`);
    }
  }

  private walkIfOrWith(dot: Ref, n: ControlNode): void {
    const mark = this.vars.length;
    const v = this.evalPipeline(dot, n.pipe);
    if (goTruth(v)) this.walk(n.kind === 'with' ? { v, boxed: false } : dot, n.list);
    else if (n.elseList) this.walk(dot, n.elseList);
    this.vars.length = mark;
  }

  private walkRange(dot: Ref, r: ControlNode): void {
    this.at(r);
    const outer = this.vars.length;
    const val = this.evalPipeline(dot, r.pipe);
    const mark = this.vars.length;
    let ran = false;
    const one = (index: Ref, elem: Ref): boolean => {
      ran = true;
      if (r.pipe.decl.length > 0) this.vars[this.vars.length - 1].ref = elem;
      if (r.pipe.decl.length > 1) this.vars[this.vars.length - 2].ref = index;
      try { this.walk(elem, r.list); } catch (e) {
        if (e === BREAK) { this.vars.length = mark; return false; }
        if (e !== CONTINUE) throw e;
      }
      this.vars.length = mark;
      return true;
    };
    const k = goKind(val);
    if (k === 'slice') {
      const items = val as GoValue[];
      for (let i = 0; i < items.length && one({ v: new GoInt(i), boxed: false }, { v: items[i], boxed: true }); i++);
    } else if (k === 'map') {
      const m = val as GoMap;
      for (const key of Object.keys(m).sort(goCompare)) if (!one({ v: key, boxed: false }, { v: m[key], boxed: true })) break;
    } else if (isGoInteger(val)) {
      if (r.pipe.decl.length > 1) this.fail(`can't use ${sprint([val])} to iterate over more than one variable`);
      const make = (i: number): GoValue => (val instanceof GoInt ? new GoInt(i) : i);
      for (let i = 0; i < goNumber(val) && one({ v: make(i), boxed: false }, { v: make(i), boxed: false }); i++);
    } else if (k !== 'invalid') this.fail(`range can't iterate over ${sprint([val])}`);
    if (!ran && r.elseList) this.walk(dot, r.elseList);
    this.vars.length = outer;
  }

  private walkTemplate(dot: Ref, n: Extract<Node, { kind: 'template' }>): void {
    this.at(n);
    const list = this.t.defs.get(n.name);
    if (!list) this.fail(`template ${goQuote(n.name)} not defined`);
    if (this.depth >= MAX_DEPTH) this.fail(`exceeded maximum template depth (${MAX_DEPTH})`);
    const v = this.evalPipeline(dot, n.pipe);
    const sub = new State(this.t, n.name, [{ name: '$', ref: { v, boxed: false } }], this.missingKeyError);
    sub.depth = this.depth + 1;
    sub.out = this.out;
    sub.walk({ v, boxed: false }, list);
  }

  private evalPipeline(dot: Ref, pipe: PipeNode | undefined): GoValue {
    if (!pipe) return undefined;
    this.at(pipe);
    let value = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      if (value.boxed) value = { v: value.v === null ? undefined : value.v, boxed: false };
    }
    for (const d of pipe.decl) {
      if (pipe.isAssign) this.setVar(d.ident[0], value);
      else this.vars.push({ name: d.ident[0], ref: value });
    }
    return value.v;
  }

  private setVar(name: string, ref: Ref): void {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) { this.vars[i].ref = ref; return; }
    this.fail(`undefined variable: ${name}`);
  }

  private varValue(name: string): Ref {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].ref;
    this.fail(`undefined variable: ${name}`);
  }

  private notAFunction(args: ArgNode[], final: Ref): void {
    if (args.length > 1 || final !== MISSING) this.fail(`can't give argument to non-function ${nodeString(args[0])}`);
  }

  private evalCommand(dot: Ref, cmd: CommandNode, final: Ref): Ref {
    const first = cmd.args[0];
    switch (first.kind) {
      case 'field': this.at(first); return this.evalFieldChain(dot, dot, first, first.ident, cmd.args, final);
      case 'chain': return this.evalChain(dot, first, cmd.args, final);
      case 'identifier': this.at(first); return this.evalCall(dot, BUILTINS[first.name], cmd, first.name, cmd.args.slice(1), final);
      case 'pipe': this.notAFunction(cmd.args, final); return { v: this.evalPipeline(dot, first), boxed: false };
      case 'variable': return this.evalVariable(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.kind) {
      case 'bool': return { v: first.value, boxed: false };
      case 'dot': return dot;
      case 'nil': this.fail('nil is not a command');
      case 'number': return { v: first.value, boxed: false };
      case 'string': return { v: first.text, boxed: false };
    }
  }

  private evalChain(dot: Ref, chain: Extract<ArgNode, { kind: 'chain' }>, args: ArgNode[], final: Ref): Ref {
    this.at(chain);
    if (chain.node.kind === 'nil') this.fail(`indirection through explicit nil in ${nodeString(chain)}`);
    const base = this.evalArgRef(dot, chain.node);
    return this.evalFieldChain(dot, base, chain, chain.field, args, final);
  }

  private evalVariable(dot: Ref, v: Extract<ArgNode, { kind: 'variable' }>, args: ArgNode[], final: Ref): Ref {
    this.at(v);
    const value = this.varValue(v.ident[0]);
    if (v.ident.length === 1) { this.notAFunction(args, final); return value; }
    return this.evalFieldChain(dot, value, v, v.ident.slice(1), args, final);
  }

  private evalFieldChain(dot: Ref, receiver: Ref, node: AnyNode, ident: string[], args: ArgNode[], final: Ref): Ref {
    for (let i = 0; i < ident.length - 1; i++) receiver = this.evalField(ident[i], [], MISSING, receiver);
    return this.evalField(ident[ident.length - 1], args, final, receiver);
  }

  // exec.go evalField, for the only receivers decoded JSON has: maps, and everything else.
  private evalField(name: string, args: ArgNode[], final: Ref, receiver: Ref): Ref {
    if (receiver.v === undefined) {
      if (this.missingKeyError) this.fail(`nil data; no entry for key ${goQuote(name)}`);
      return { v: undefined, boxed: false };
    }
    const typ = receiver.boxed ? 'interface {}' : goTypeName(receiver.v);
    if (receiver.v === null) this.fail(`nil pointer evaluating ${typ}.${name}`);
    if (goKind(receiver.v) === 'map') {
      if (args.length > 1 || final !== MISSING) this.fail(`${name} is not a method but has arguments`);
      const result = (receiver.v as GoMap)[name];
      if (result === undefined && this.missingKeyError) this.fail(`map has no entry for key ${goQuote(name)}`);
      return { v: result, boxed: result !== undefined };
    }
    this.fail(`can't evaluate field ${name} in type ${typ}`);
  }

  private evalCall(dot: Ref, fn: TemplateFunc, node: AnyNode, name: string, argNodes: ArgNode[], final: Ref): Ref {
    const numIn = argNodes.length + (final !== MISSING ? 1 : 0);
    const numFixed = fn.params.length;
    if (fn.variadic && numIn < numFixed) this.fail(`wrong number of args for ${name}: want at least ${numFixed} got ${argNodes.length}`);
    if (!fn.variadic && numIn !== numFixed) this.fail(`wrong number of args for ${name}: want ${numFixed} got ${numIn}`);
    const typeOf = (i: number): ParamType => (i < numFixed ? fn.params[i] : fn.variadic!);
    if (name === 'and' || name === 'or') return this.andOr(dot, name, argNodes, final);
    const argv = argNodes.map((a, i) => this.evalArg(dot, typeOf(i), a));
    if (final !== MISSING) argv.push(this.validate(final, typeOf(numIn - 1)));
    let result: FuncResult;
    try { result = fn.call(argv); } catch (e) {
      if (!(e instanceof FuncError)) throw e;
      this.at(node);
      this.fail(`error calling ${name}: ${e.message}`);
    }
    return result;
  }

  // exec.go's short-circuit of the builtin and/or: stop at the first false (and) or true (or) argument.
  private andOr(dot: Ref, name: string, argNodes: ArgNode[], final: Ref): Ref {
    let v: Ref = MISSING;
    for (const a of argNodes) {
      v = this.evalArgRef(dot, a);
      if (goTruth(v.v === null ? undefined : v.v) === (name === 'or')) return v;
    }
    return final !== MISSING ? final : v;
  }

  private evalArgRef(dot: Ref, n: ArgNode): Ref {
    this.at(n);
    switch (n.kind) {
      case 'dot': return dot;
      case 'nil': return { v: undefined, boxed: false };
      case 'field': return this.evalFieldChain(dot, dot, n, n.ident, [n], MISSING);
      case 'variable': return this.evalVariable(dot, n, [], MISSING);
      case 'pipe': return { v: this.evalPipeline(dot, n), boxed: false };
      case 'identifier': return this.evalCall(dot, BUILTINS[n.name], n, n.name, [], MISSING);
      case 'chain': return this.evalChain(dot, n, [], MISSING);
      case 'bool': return { v: n.value, boxed: false };
      case 'number': return { v: n.value, boxed: false };
      case 'string': return { v: n.text, boxed: false };
    }
  }

  private evalArg(dot: Ref, typ: ParamType, n: ArgNode): GoValue {
    this.at(n);
    if (n.kind === 'nil') {
      if (typ === 'string') this.fail('cannot assign nil to string');
      return typ === 'any' ? null : undefined;
    }
    if (typ === 'string' && (n.kind === 'bool' || n.kind === 'number')) this.fail(`expected string; found ${nodeString(n)}`);
    return this.validate(this.evalArgRef(dot, n), typ);
  }

  // exec.go validateType for interface{}, reflect.Value and string parameters.
  private validate(ref: Ref, typ: ParamType): GoValue {
    if (typ === 'value') return ref.v;
    if (typ === 'any') return ref.v === undefined ? null : ref.v;
    if (typeof ref.v === 'string') return ref.v;
    if (ref.v === undefined) this.fail('invalid value; expected string');
    this.fail(`wrong type for value; expected string; got ${ref.v === null ? 'interface {}' : goTypeName(ref.v)}`);
  }
}

