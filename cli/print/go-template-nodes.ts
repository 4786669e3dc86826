// The text/template/parse node tree (node.go) with each node's byte position and its String()
// form, which execution errors quote as `at <...>`. Imports only sibling print modules.
import type { GoValue } from './go-value.js';

export interface ListNode { kind: 'list'; pos: number; nodes: Node[] }
export interface PipeNode { kind: 'pipe'; pos: number; isAssign: boolean; decl: VariableNode[]; cmds: CommandNode[] }
export interface CommandNode { kind: 'command'; pos: number; args: ArgNode[] }
export interface FieldNode { kind: 'field'; pos: number; ident: string[] }
export interface VariableNode { kind: 'variable'; pos: number; ident: string[] }
export interface ChainNode { kind: 'chain'; pos: number; node: ArgNode; field: string[] }
export interface IdentifierNode { kind: 'identifier'; pos: number; name: string }
export interface NumberNode { kind: 'number'; pos: number; text: string; value: GoValue }
export interface StringNode { kind: 'string'; pos: number; quoted: string; text: string }

export type ArgNode =
  | FieldNode | VariableNode | ChainNode | IdentifierNode | NumberNode | StringNode | PipeNode
  | { kind: 'dot'; pos: number }
  | { kind: 'nil'; pos: number }
  | { kind: 'bool'; pos: number; value: boolean };

export interface ControlNode { kind: 'if' | 'with' | 'range'; pos: number; pipe: PipeNode; list: ListNode; elseList?: ListNode }

export type Node =
  | ListNode | ControlNode
  | { kind: 'text'; pos: number; text: string }
  | { kind: 'action'; pos: number; pipe: PipeNode }
  | { kind: 'template'; pos: number; name: string; quoted: string; pipe?: PipeNode }
  | { kind: 'break' | 'continue'; pos: number }
  | { kind: 'else' | 'end'; pos: number };

export type AnyNode = Node | ArgNode | CommandNode;

/** node.go String(). */
export function nodeString(n: AnyNode): string {
  switch (n.kind) {
    case 'list': return n.nodes.map(nodeString).join('');
    case 'text': return n.text;
    case 'action': return `{{${nodeString(n.pipe)}}}`;
    case 'if': case 'with': case 'range': {
      const els = n.elseList ? `{{else}}${nodeString(n.elseList)}` : '';
      return `{{${n.kind} ${nodeString(n.pipe)}}}${nodeString(n.list)}${els}{{end}}`;
    }
    case 'template': return n.pipe ? `{{template ${n.quoted} ${nodeString(n.pipe)}}}` : `{{template ${n.quoted}}}`;
    case 'break': case 'continue': case 'else': case 'end': return `{{${n.kind}}}`;
    case 'pipe': {
      const decl = n.decl.length ? n.decl.map(nodeString).join(', ') + (n.isAssign ? ' = ' : ' := ') : '';
      return decl + n.cmds.map(nodeString).join(' | ');
    }
    case 'command': return n.args.map((a) => (a.kind === 'pipe' ? `(${nodeString(a)})` : nodeString(a))).join(' ');
    case 'field': return n.ident.map((i) => '.' + i).join('');
    case 'variable': return n.ident.join('.');
    case 'chain': {
      const base = n.node.kind === 'pipe' ? `(${nodeString(n.node)})` : nodeString(n.node);
      return base + n.field.map((f) => '.' + f).join('');
    }
    case 'identifier': return n.name;
    case 'number': return n.text;
    case 'string': return n.quoted;
    case 'dot': return '.';
    case 'nil': return 'nil';
    case 'bool': return String(n.value);
  }
}
