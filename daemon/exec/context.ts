// What a simulated command runs against (ExecContext) and runExec(), the entry point of the
// gRPC Exec handlers (pods and nodes). Imports only exec/, images/ and domain types.
import type { Node, Pod } from '../domain/types.js';
import type { ImageProfile } from '../images/catalog.js';
import type { NetNamespace } from '../kubelet/netif.js';
import type { NetAccess } from './net.js';
import type { Follow } from './command.js';
import { runArgv } from './run-argv.js';

export interface ExecContext {
  pod?: Pod;
  node: Node;
  containerName?: string;
  image: ImageProfile;
  /** The container's files; the caller fills /etc/hosts, /etc/resolv.conf and /etc/hostname. */
  files: ReadonlyMap<string, string>;
  /** The container's environment in the order the runtime passes it. */
  env: readonly [string, string][];
  hostname: string;
  interfaces: NetNamespace;
  /** The shell builtin `set` (kubelet/env.ts formatBusyboxSet or its bash form). */
  formatSet(): string;
  /** RFC 3339 virtual-clock time, for log timestamps. */
  now?: string;
  /** The dataplane as this namespace sees it; absent where no dataplane runs (unit tests). */
  net?: NetAccess;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /**
   * The command would keep running until killed (`sleep infinity`, `nc -l`, a server): the
   * output so far is returned and the caller decides how long to hold the stream open.
   */
  runsForever?: boolean;
  /** Output still to come (tcpdump): the exec stream stays open until it resolves to the exit code. */
  follow?: Follow;
}

/**
 * Runs `argv` in the container as `kubectl exec POD -- argv...` does; `stdin` feeds `sh` without
 * `-c` (`exec -i POD -- sh < script`) and `cat`. A missing program fails as
 * product.md asks (`sh: foo: not found`, exit 127); the CLI adds `command terminated with exit code N`.
 */
export function runExec(ctx: ExecContext, argv: readonly string[], stdin = ''): ExecResult {
  const r = runArgv(ctx, argv, 'exec', stdin);
  return {
    stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode,
    ...(r.blocks && r.blocks.seconds === undefined ? { runsForever: true } : {}), ...(r.follow ? { follow: r.follow } : {}),
  };
}
