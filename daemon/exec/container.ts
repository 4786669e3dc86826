// What a container does when started: its argv from the pod spec and the image (Kubernetes'
// command/args rules and $(VAR) expansion), run as the container's main process, classified
// as exiting (with its exit code and output) or running (with the ports it serves).
// Imports exec/, images/ and domain types.
import type { Container } from '../domain/types.js';
import type { ImageProfile, PortListen } from '../images/catalog.js';
import type { ExecContext } from './context.js';
import { runArgv } from './run-argv.js';

export { bindFailureLog, type BindFailureOptions } from './bind-failure.js';

export type ContainerRun =
  | {
    kind: 'exits'; exitCode: number; stdout: string; stderr: string;
    /** stdout and stderr interleaved, as `kubectl logs` shows them. */
    logs: string;
    argv: string[];
    /** Set when the runtime could not start the process at all (kubelet: StartError, 128). */
    startError?: string;
  }
  | {
    kind: 'runs'; listens: PortListen[]; logs: string; argv: string[];
    /** The program that binds `listens`, for bindFailureLog(). */
    program?: string;
    /** A finite wait (`sleep 30; echo done`): after it the process exits with this code and log. */
    exit?: { afterSeconds: number; exitCode: number; logs: string };
  };

/**
 * `$(VAR)` references in command/args expanded from the container's environment; `$$` is a
 * literal `$`; unknown references stay as written (third_party/forked/golang/expansion).
 */
export function expandKubeVars(s: string, env: ReadonlyMap<string, string>): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '$' || i === s.length - 1) { out += s[i]; continue; }
    const next = s[i + 1];
    if (next === '$') { out += '$'; i++; continue; }
    const close = next === '(' ? s.indexOf(')', i + 2) : -1;
    if (close < 0) { out += '$'; continue; }
    const name = s.slice(i + 2, close);
    out += env.has(name) ? env.get(name) : `$(${name})`;
    i = close;
  }
  return out;
}

/**
 * The process argv (containerd WithProcessArgs): `command` replaces the ENTRYPOINT and drops
 * the CMD; `args` alone replaces the CMD; neither runs ENTRYPOINT + CMD.
 */
export function containerArgv(image: ImageProfile, container: Pick<Container, 'command' | 'args'>, env: readonly [string, string][] = []): string[] {
  const vars = new Map(env);
  const command = (container.command ?? []).map((c) => expandKubeVars(c, vars));
  const args = (container.args ?? []).map((a) => expandKubeVars(a, vars));
  if (command.length > 0) return [...command, ...args];
  return [...image.entrypoint, ...(args.length > 0 ? args : image.cmd)];
}

/** Starts the container's main process. Never throws. */
export function runContainer(ctx: ExecContext, container: Container): ContainerRun {
  const argv = containerArgv(ctx.image, container, ctx.env);
  if (argv.length === 0) {
    // An image the catalog does not know, run with no command: its server keeps running on
    // the ports the spec declares. A known image with nothing to run cannot start.
    if (!ctx.image.known) return { kind: 'runs', listens: declaredPorts(container), logs: '', argv };
    const startError = 'failed to create containerd task: failed to create shim task: OCI runtime create failed: no command specified: unknown';
    return { kind: 'exits', exitCode: 128, stdout: '', stderr: '', logs: '', argv, startError };
  }
  const r = runArgv(ctx, argv, 'container');
  if (!r.blocks) return { kind: 'exits', exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr, logs: r.logs, argv };
  const program = r.blocks.program ? { program: r.blocks.program } : {};
  if (r.blocks.seconds === undefined) return { kind: 'runs', listens: [...r.blocks.listens], logs: r.logs, argv, ...program };
  return {
    kind: 'runs', listens: [...r.blocks.listens], logs: r.logsBeforeBlock ?? '', argv, ...program,
    exit: { afterSeconds: r.blocks.seconds, exitCode: r.exitCode, logs: r.logs },
  };
}

function declaredPorts(c: Container): PortListen[] {
  return (c.ports ?? []).map((p) => ({ port: p.containerPort, protocol: p.protocol ?? 'TCP' }));
}
