// The state of one simulated shell process: variables, positional parameters, files it wrote,
// where output goes, and how long its foreground has been blocked. Imports exec/ types only.
import type { PortListen } from '../images/catalog.js';
import type { Follow, RunMode } from './command.js';
import type { ExecContext } from './context.js';
import type { Dialect } from './shell-ast.js';

export interface Sink { write(text: string): void }
export interface IO { out: Sink; err: Sink; stdin: string }

export const NULL_SINK: Sink = { write: () => {} };

/** Unwinds the interpreter: `exit N`, or a foreground process that never returns. */
export class StopSignal {
  constructor(readonly exitCode: number) {}
}

export interface ShellState {
  ctx: ExecContext;
  mode: RunMode;
  dialect: Dialect;
  /** `$0` and the prefix of the shell's own error messages. */
  argv0: string;
  positional: string[];
  vars: Map<string, string>;
  exported: Set<string>;
  /** Files written by redirections, shared with subshells (one container filesystem). */
  files: Map<string, string>;
  cwd: string;
  status: number;
  /** Status of the last command substitution of the command being expanded. */
  subStatus?: number;
  /** Virtual seconds the foreground spent in finite blocking commands (sleep 5). */
  elapsed: number;
  /** The foreground blocked forever: nothing after it runs. */
  forever: boolean;
  /** The live continuation of the command that blocked (tcpdump ...), for exec. */
  follow?: Follow;
  listens: PortListen[];
  /** The first program that bound a port, foreground or background. */
  listenProgram?: string;
  background: { forever: boolean; seconds: number; listens: PortListen[] };
  /** Length of the combined log when the foreground first blocked. */
  logsAtBlock?: number;
  logs: { text: string };
  /** The shell's own stderr (command substitutions write their errors there). */
  err: Sink;
  /** Nesting depth of command substitutions and subshells (a guard against runaway recursion). */
  depth: number;
}

export function newShellState(ctx: ExecContext, mode: RunMode, dialect: Dialect, argv0: string, positional: string[]): ShellState {
  const vars = new Map<string, string>();
  for (const [k, v] of ctx.env) vars.set(k, v);
  return {
    ctx, mode, dialect, argv0, positional, vars, exported: new Set(vars.keys()), files: new Map(), cwd: '/', status: 0,
    elapsed: 0, forever: false, listens: [], background: { forever: false, seconds: 0, listens: [] }, logs: { text: '' }, err: NULL_SINK, depth: 0,
  };
}

/** A copy for a subshell or command substitution: own variables, shared files and logs. */
export function subshellOf(s: ShellState): ShellState {
  return {
    ...s, vars: new Map(s.vars), exported: new Set(s.exported), positional: [...s.positional], depth: s.depth + 1,
    listens: [], background: { forever: false, seconds: 0, listens: [] }, forever: false, elapsed: 0,
  };
}

/** The environment a child process receives: exported variables in definition order. */
export function exportedEnv(s: ShellState, extra: readonly [string, string][] = []): [string, string][] {
  const env = new Map<string, string>();
  for (const [k, v] of s.vars) if (s.exported.has(k)) env.set(k, v);
  for (const [k, v] of extra) env.set(k, v);
  return [...env];
}

export function readFileIn(s: ShellState, path: string): string | undefined {
  const p = absolutePath(s, path);
  return s.files.get(p) ?? s.ctx.files.get(p);
}

export function absolutePath(s: ShellState, path: string): string {
  if (path.startsWith('/')) return normalize(path);
  return normalize(`${s.cwd === '/' ? '' : s.cwd}/${path}`);
}

function normalize(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop(); else out.push(seg);
  }
  return `/${out.join('/')}`;
}
