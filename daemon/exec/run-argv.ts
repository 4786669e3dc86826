// Starts one argv as the container runtime would: shells (sh, bash, ash, dash, zsh) parse
// their options and run a script, anything else runs directly. Imports exec/ and images/.
import type { ImageProfile } from '../images/catalog.js';
import type { RunMode } from './command.js';
import type { ExecContext } from './context.js';
import type { Dialect } from './shell-ast.js';
import { runShell, type ProcessResult } from './shell.js';

const SHELL_NAMES = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** The dialect `name` runs in this image, or undefined when the image has no such shell. */
export function shellDialect(image: ImageProfile, name: string): Dialect | undefined {
  switch (baseName(name)) {
    case 'sh': return image.sh === 'none' ? undefined : image.sh;
    case 'bash': return image.shell === 'bash' || image.sh === 'bash' || image.tools === 'netshoot' ? 'bash' : undefined;
    case 'ash': return image.sh === 'ash' ? 'ash' : undefined;
    case 'dash': return image.sh === 'dash' ? 'dash' : undefined;
    case 'zsh': return image.shell === 'zsh' ? 'zsh' : undefined;
    default: return undefined;
  }
}

export function isShellName(argv0: string): boolean {
  return SHELL_NAMES.has(baseName(argv0));
}

/** Runs argv with `stdin` (a shell started without -c reads its script from it). */
export function runArgv(ctx: ExecContext, argv: readonly string[], mode: RunMode, stdin = ''): ProcessResult {
  if (argv.length === 0) return { stdout: '', stderr: '', exitCode: 0, logs: '' };
  const dialect = isShellName(argv[0]) ? shellDialect(ctx.image, argv[0]) : undefined;
  if (!dialect) return runShell(ctx, mode, { dialect: 'ash', argv0: 'sh', argv, stdin });
  return startShell(ctx, mode, dialect, argv, stdin);
}

/** sh [-eux...] -c SCRIPT [NAME [ARGS...]] | sh FILE [ARGS...] | sh (script from stdin). */
function startShell(ctx: ExecContext, mode: RunMode, dialect: Dialect, argv: readonly string[], stdin: string): ProcessResult {
  const argv0 = argv[0];
  let i = 1;
  let command = false;
  for (; i < argv.length && /^[-+][A-Za-z]+$/.test(argv[i]); i++) if (argv[i].includes('c')) command = true;
  if (argv[i] === '--') i++;
  const rest = argv.slice(i);
  if (command) {
    if (rest.length === 0) return failed(optionError(dialect, argv0));
    return runShell(ctx, mode, { dialect, argv0: rest[1] ?? argv0, script: rest[0], positional: rest.slice(2), stdin });
  }
  if (rest.length === 0) return runShell(ctx, mode, { dialect, argv0, script: stdin });
  const script = ctx.files.get(rest[0]);
  if (script === undefined) return failed(missingScript(dialect, argv0, rest[0]), dialect === 'bash' ? 127 : 2);
  return runShell(ctx, mode, { dialect, argv0: rest[0], script, positional: rest.slice(1), stdin });
}

function failed(stderr: string, exitCode = 2): ProcessResult {
  return { stdout: '', stderr, exitCode, logs: stderr };
}

function optionError(d: Dialect, argv0: string): string {
  switch (d) {
    case 'ash': return `${argv0}: -c requires an argument\n`;
    case 'dash': return `${argv0}: 0: -c requires an argument\n`;
    case 'bash': return `${argv0}: -c: option requires an argument\n`;
    case 'zsh': return `zsh: string expected after -c\n`;
  }
}

function missingScript(d: Dialect, argv0: string, file: string): string {
  switch (d) {
    case 'ash': return `${argv0}: can't open '${file}': No such file or directory\n`;
    case 'dash': return `${argv0}: 0: cannot open ${file}: No such file\n`;
    case 'bash': return `${argv0}: ${file}: No such file or directory\n`;
    case 'zsh': return `zsh: no such file or directory: ${file}\n`;
  }
}
