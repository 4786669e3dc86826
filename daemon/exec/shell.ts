// The simulated POSIX shell: runs a parsed script with POSIX exit-status rules (&&, ||, !,
// pipelines, $?), redirections, subshells and loops, sending each simple command to a
// builtin or to the image's programs (registry.ts). Imports exec/ only.
import type { PortListen } from '../images/catalog.js';
import type { Blocking, CommandResult, RunMode } from './command.js';
import type { ExecContext } from './context.js';
import { lookupCommand } from './registry.js';
import { ShellSyntaxError, type Dialect, type ShellNode } from './shell-ast.js';
import { BUILTINS } from './shell-builtins.js';
import { expandWord, expandWordToString } from './shell-expand.js';
import { parseScript } from './shell-parser.js';
import { isShellName, runArgv, shellDialect } from './run-argv.js';
import { withRedirects } from './shell-redirect.js';
import {
  exportedEnv, newShellState, readFileIn, StopSignal, subshellOf, type IO, type ShellState, type Sink,
} from './shell-state.js';

export interface ProcessResult extends CommandResult {
  /** stdout and stderr interleaved as the container runtime logs them. */
  logs: string;
  /** The log when the process first blocked (what `logs` shows while it runs). */
  logsBeforeBlock?: string;
}

export interface ShellInvocation {
  dialect: Dialect;
  argv0: string;
  /** The script of `sh -c`; or `argv`, a program run directly by the container runtime. */
  script?: string;
  argv?: readonly string[];
  positional?: string[];
  stdin?: string;
}

const MAX_DEPTH = 32;
const MAX_ITERATIONS = 10_000;
const PATH_DIRS = new Set(['/bin', '/usr/bin', '/sbin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin', '']);

/** The message a shell prints when a program is missing (exit status 127). */
export function notFoundMessage(dialect: Dialect, argv0: string, name: string, line: number): string {
  switch (dialect) {
    case 'ash': return `${argv0}: ${name}: not found\n`;
    case 'dash': return `${argv0}: ${line}: ${name}: not found\n`;
    case 'bash': return `${argv0}: line ${line}: ${name}: command not found\n`;
    case 'zsh': return `zsh:${line}: command not found: ${name}\n`;
  }
}

/** Runs `sh -c SCRIPT`: its output, exit status and whether it blocks (and on what). */
export function runShell(ctx: ExecContext, mode: RunMode, inv: ShellInvocation): ProcessResult {
  const s = newShellState(ctx, mode, inv.dialect, inv.argv0, inv.positional ?? []);
  const result = { stdout: '', stderr: '' };
  const io: IO = {
    out: { write: (t) => { result.stdout += t; s.logs.text += t; } },
    err: { write: (t) => { result.stderr += t; s.logs.text += t; } },
    stdin: inv.stdin ?? '',
  };
  s.err = io.err;
  let exitCode = 0;
  try {
    if (inv.argv) exitCode = runDirect(s, inv.argv, io);
    const node = inv.script === undefined ? undefined : parseScript(inv.script);
    if (node) exitCode = execNode(s, node, io);
  } catch (e) {
    if (e instanceof StopSignal) exitCode = e.exitCode;
    else if (e instanceof ShellSyntaxError) { io.err.write(`${e.render(s.dialect, s.argv0)}\n`); exitCode = 2; }
    else throw e;
  }
  return { ...result, exitCode, logs: s.logs.text, ...blockingOf(s), ...(s.follow ? { follow: s.follow } : {}) };
}

function blockingOf(s: ShellState): { blocks?: Blocking; logsBeforeBlock?: string } {
  const listens = [...s.listens, ...s.background.listens];
  const before = s.logsAtBlock === undefined ? {} : { logsBeforeBlock: s.logs.text.slice(0, s.logsAtBlock) };
  const program = s.listenProgram ? { program: s.listenProgram } : {};
  if (s.forever) return { blocks: { listens, ...program }, ...before };
  if (s.elapsed > 0) return { blocks: { listens, seconds: s.elapsed, ...program }, ...before };
  return {};
}

// ---- nodes -----------------------------------------------------------------------------------

function execNode(s: ShellState, node: ShellNode, io: IO): number {
  switch (node.type) {
    case 'simple': return (s.status = execSimple(s, node, io));
    case 'pipeline': return (s.status = execPipeline(s, node, io));
    case 'andor': return execAndOr(s, node, io);
    case 'list': return execList(s, node, io);
    case 'if': return withRedirects(s, node.redirects, io, substitute, (io2) => execIf(s, node, io2));
    case 'loop': return withRedirects(s, node.redirects, io, substitute, (io2) => execLoop(s, node, io2));
    case 'for': return withRedirects(s, node.redirects, io, substitute, (io2) => execFor(s, node, io2));
    case 'group': return withRedirects(s, node.redirects, io, substitute, (io2) => (node.subshell ? execSubshell(s, node.body, io2) : execNode(s, node.body, io2)));
  }
}

function execList(s: ShellState, node: Extract<ShellNode, { type: 'list' }>, io: IO): number {
  let status = s.status;
  for (const item of node.items) {
    if (item.background) { execBackground(s, item.node, io); status = s.status = 0; continue; }
    status = execNode(s, item.node, io);
  }
  return status;
}

function execAndOr(s: ShellState, node: Extract<ShellNode, { type: 'andor' }>, io: IO): number {
  let status = execNode(s, node.first, io);
  for (const { op, node: next } of node.rest) {
    if ((op === '&&') === (status === 0)) status = execNode(s, next, io);
  }
  return (s.status = status);
}

function execPipeline(s: ShellState, node: Extract<ShellNode, { type: 'pipeline' }>, io: IO): number {
  let stdin = io.stdin;
  let status = 0;
  node.commands.forEach((cmd, i) => {
    const last = i === node.commands.length - 1;
    let captured = '';
    const out: Sink = last ? io.out : { write: (t) => { captured += t; } };
    status = execNode(s, cmd, { out, err: io.err, stdin });
    stdin = captured;
  });
  return node.negate ? (status === 0 ? 1 : 0) : status;
}

function execIf(s: ShellState, node: Extract<ShellNode, { type: 'if' }>, io: IO): number {
  for (const c of node.clauses) {
    if (execNode(s, c.cond, io) === 0) return execNode(s, c.body, io);
  }
  return node.otherwise ? execNode(s, node.otherwise, io) : 0;
}

const isConstantTrue = (n: ShellNode) => n.type === 'simple' && n.words.length === 1 && [':', 'true'].includes(n.words[0].raw);

/** while/until. A loop on `true` whose body waits (sleep) is taken to run forever after one pass. */
function execLoop(s: ShellState, node: Extract<ShellNode, { type: 'loop' }>, io: IO): number {
  let status = 0;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const c = execNode(s, node.cond, io);
    if ((c === 0) === node.until) return status;
    const before = s.elapsed;
    status = execNode(s, node.body, io);
    if (s.elapsed > before && isConstantTrue(node.cond) && !node.until) break;
  }
  blockForever(s, []);
}

function execFor(s: ShellState, node: Extract<ShellNode, { type: 'for' }>, io: IO): number {
  const items = node.words ? node.words.flatMap((w) => expandWord(s, w, substitute)) : s.positional;
  let status = 0;
  for (const item of items) {
    s.vars.set(node.name, item);
    status = execNode(s, node.body, io);
  }
  return status;
}

function execSubshell(s: ShellState, body: ShellNode, io: IO): number {
  if (s.depth >= MAX_DEPTH) { io.err.write(`${s.argv0}: too many nested subshells\n`); return 2; }
  const sub = subshellOf(s);
  let status: number;
  try { status = execNode(sub, body, io); } catch (e) { if (!(e instanceof StopSignal)) throw e; status = e.exitCode; }
  s.elapsed += sub.elapsed;
  s.background.listens.push(...sub.background.listens);
  s.listenProgram ??= sub.listenProgram;
  if (sub.logsAtBlock !== undefined && s.logsAtBlock === undefined) s.logsAtBlock = sub.logsAtBlock;
  if (sub.forever) blockForever(s, sub.listens);
  return status;
}

function execBackground(s: ShellState, node: ShellNode, io: IO): void {
  const sub = subshellOf(s);
  try { execNode(sub, node, io); } catch (e) { if (!(e instanceof StopSignal)) throw e; }
  const bg = s.background;
  bg.listens.push(...sub.listens, ...sub.background.listens);
  s.listenProgram ??= sub.listenProgram;
  bg.forever ||= sub.forever || sub.background.forever;
  bg.seconds = Math.max(bg.seconds, sub.elapsed, sub.background.seconds);
}

/** `$(...)`: the script's stdout; its stderr goes where the shell's does. */
function substitute(s: ShellState, script: string): string {
  let out = '';
  const sub = subshellOf(s);
  const io: IO = { out: { write: (t) => { out += t; } }, err: s.err, stdin: '' };
  try {
    const node = parseScript(script);
    if (node && s.depth < MAX_DEPTH) s.subStatus = execNode(sub, node, io);
  } catch (e) {
    if (e instanceof StopSignal) s.subStatus = e.exitCode;
    else if (e instanceof ShellSyntaxError) { io.err.write(`${e.render(s.dialect, s.argv0)}\n`); s.subStatus = 2; }
    else throw e;
  }
  s.elapsed += sub.elapsed;
  s.listenProgram ??= sub.listenProgram;
  if (sub.forever) blockForever(s, sub.listens);
  return out;
}

/** The foreground waits forever: record what it serves and unwind the interpreter. */
function blockForever(s: ShellState, listens: readonly PortListen[]): never {
  s.forever = true;
  s.listens.push(...listens);
  if (s.logsAtBlock === undefined) s.logsAtBlock = s.logs.text.length;
  throw new StopSignal(0);
}

// ---- simple commands -------------------------------------------------------------------------

/**
 * A program the runtime starts without a shell. A real runtime fails a missing one with the
 * OCI error (`exec: "foo": executable file not found in $PATH`, kubectl exits 1 with no exit
 * code line); product.md asks for the shell's `sh: foo: not found` and 127, so that is what
 * this reports. An image's programs win over shell builtins (/bin/echo is not dash's echo);
 * builtins with no program (set, export) work only in images that have a shell.
 */
function runDirect(s: ShellState, argv: readonly string[], io: IO): number {
  const builtins = s.ctx.image.sh !== 'none' && !lookupCommand(s.ctx.image, argv[0]);
  return runCommand(s, [...argv], [], io, 1, (name) => `sh: ${name}: not found\n`, builtins);
}

function execSimple(s: ShellState, node: Extract<ShellNode, { type: 'simple' }>, io: IO): number {
  s.subStatus = undefined;
  const assigns = node.assigns.map((a) => [a.name, expandWordToString(s, a.value, substitute)] as [string, string]);
  const argv = node.words.flatMap((w) => expandWord(s, w, substitute));
  if (argv.length === 0) {
    for (const [k, v] of assigns) s.vars.set(k, v);
    return withRedirects(s, node.redirects, io, substitute, () => s.subStatus ?? 0);
  }
  return withRedirects(s, node.redirects, io, substitute, (io2) => runCommand(s, argv, assigns, io2, node.line));
}

function runCommand(
  s: ShellState, argv: string[], assigns: [string, string][], io: IO, line: number,
  notFound = (name: string) => notFoundMessage(s.dialect, s.argv0, name, line), builtins = true,
): number {
  const name = argv[0];
  if (builtins && name === 'exec') {
    if (argv.length === 1) return 0;
    throw new StopSignal(runCommand(s, argv.slice(1), assigns, io, line));
  }
  if (builtins && name === 'wait') return waitBuiltin(s);
  const builtin = builtins ? BUILTINS[name] : undefined;
  if (builtin) return builtin(s, argv, io);
  const slash = name.lastIndexOf('/');
  const program = slash >= 0 && PATH_DIRS.has(name.slice(0, slash)) ? name.slice(slash + 1) : name;
  if (isShellName(program) && shellDialect(s.ctx.image, program)) {
    return finish(s, io, runArgv({ ...s.ctx, env: exportedEnv(s, assigns) }, [program, ...argv.slice(1)], s.mode, io.stdin), program);
  }
  const found = program.includes('/') ? undefined : lookupCommand(s.ctx.image, program);
  if (!found) { io.err.write(notFound(name)); return 127; }
  return finish(s, io, found.handler({
    exec: s.ctx, flavor: found.flavor, mode: s.mode, stdin: io.stdin, env: exportedEnv(s, assigns),
    readFile: (p) => readFileIn(s, p), listFiles: () => [...new Set([...s.ctx.files.keys(), ...s.files.keys()])],
  }, [program, ...argv.slice(1)]), program);
}

function finish(s: ShellState, io: IO, r: CommandResult, program: string): number {
  io.out.write(r.stdout);
  io.err.write(r.stderr);
  if (r.blocks?.listens.length) s.listenProgram ??= r.blocks.program ?? program;
  if (r.follow) { s.follow = r.follow; blockForever(s, []); }
  if (r.blocks) noteBlocking(s, r.blocks);
  return r.exitCode;
}

function noteBlocking(s: ShellState, b: Blocking): void {
  if (s.logsAtBlock === undefined) s.logsAtBlock = s.logs.text.length;
  if (b.seconds === undefined) blockForever(s, b.listens);
  s.elapsed += b.seconds;
}

function waitBuiltin(s: ShellState): number {
  if (s.background.forever) blockForever(s, []);
  if (s.background.seconds > 0) noteBlocking(s, { listens: [], seconds: s.background.seconds });
  s.background.seconds = 0;
  return 0;
}
