// The contract between the shell and every simulated program: what a command receives
// (CommandContext) and returns (CommandResult). Types and tiny constructors only.
import type { PortListen } from '../images/catalog.js';
import type { ExecContext } from './context.js';

/** Whose implementation a command imitates: busybox applets, or the Debian 12 packages. */
export type Flavor = 'busybox' | 'gnu';

/** `exec`: kubectl exec into a running container; `container`: the container's main process. */
export type RunMode = 'exec' | 'container';

export interface CommandContext {
  exec: ExecContext;
  flavor: Flavor;
  mode: RunMode;
  stdin: string;
  /** The environment this command sees: the container's plus the shell's exports. */
  env: readonly [string, string][];
  /** Reads a file: what this shell wrote first, then the container's files. */
  readFile(path: string): string | undefined;
  /** Every path the command can see (for `ls`). */
  listFiles(): string[];
}

/** A process that does not finish on its own: it serves `listens` and runs `seconds` (or forever). */
export interface Blocking {
  listens: readonly PortListen[];
  seconds?: number;
  /** The program that binds `listens` (its bind failure message is this program's). */
  program?: string;
}

/** Where a following command writes while it runs. */
export interface FollowIo { stdout(text: string): void; stderr(text: string): void }

/**
 * The live part of a command that keeps producing output after it started (tcpdump, a ping
 * without a count): runs until it ends by itself or `signal` aborts, and resolves to the exit code.
 */
export type Follow = (io: FollowIo, signal: AbortSignal) => Promise<number>;

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  blocks?: Blocking;
  /** The command goes on producing output (only for `exec`; the container path ignores it). */
  follow?: Follow;
}

export type CommandHandler = (ctx: CommandContext, argv: readonly string[]) => CommandResult;

export const ok = (stdout = ''): CommandResult => ({ stdout, stderr: '', exitCode: 0 });
export const fail = (stderr: string, exitCode = 1, stdout = ''): CommandResult => ({ stdout, stderr, exitCode });
export const blocking = (listens: readonly PortListen[], stdout = '', seconds?: number): CommandResult =>
  ({ stdout, stderr: '', exitCode: 0, blocks: seconds === undefined ? { listens } : { listens, seconds } });

/** The value of NAME in the command's environment. */
export function envValue(ctx: CommandContext, name: string): string | undefined {
  for (let i = ctx.env.length - 1; i >= 0; i--) if (ctx.env[i][0] === name) return ctx.env[i][1];
  return undefined;
}
