// The simulated shell's builtins that need no interpreter callbacks: echo, :, true, false,
// export, unset, set, cd, pwd, exit, test/[. Imports exec/ types and shell-state.ts.
import { echoText } from './commands/echo.js';
import { evaluateTest } from './commands/test.js';
import type { Dialect } from './shell-ast.js';
import { absolutePath, StopSignal, type IO, type ShellState } from './shell-state.js';

export type Builtin = (s: ShellState, argv: readonly string[], io: IO) => number;

/** Whose echo: busybox ash and bash need -e for escapes; dash and zsh always interpret them. */
const escapesByDefault = (d: Dialect) => d === 'dash' || d === 'zsh';

function exportBuiltin(s: ShellState, argv: readonly string[]): number {
  for (const arg of argv.slice(1)) {
    if (arg === '-p' || arg === '-n') continue;
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (eq >= 0) s.vars.set(name, arg.slice(eq + 1));
    s.exported.add(name);
  }
  return 0;
}

function setBuiltin(s: ShellState, argv: readonly string[], io: IO): number {
  if (argv.length === 1) { io.out.write(s.ctx.formatSet()); return 0; }
  const dd = argv.indexOf('--');
  if (dd >= 0) s.positional = argv.slice(dd + 1);
  return 0;
}

function exitBuiltin(s: ShellState, argv: readonly string[], io: IO): number {
  if (argv.length < 2) throw new StopSignal(s.status);
  const n = Number(argv[1]);
  if (!/^-?\d+$/.test(argv[1])) {
    io.err.write(s.dialect === 'dash' ? `${s.argv0}: 1: exit: Illegal number: ${argv[1]}\n` : `${s.argv0}: exit: ${argv[1]}: numeric argument required\n`);
    throw new StopSignal(2);
  }
  throw new StopSignal(((n % 256) + 256) % 256);
}

function cdBuiltin(s: ShellState, argv: readonly string[], io: IO): number {
  const target = absolutePath(s, argv[1] ?? s.vars.get('HOME') ?? '/');
  const known = target === '/' || [...s.ctx.files.keys(), ...s.files.keys()].some((p) => p.startsWith(`${target}/`));
  const standard = ['/etc', '/tmp', '/root', '/bin', '/usr', '/var', '/proc', '/dev', '/home', '/sbin', '/lib'].includes(target);
  if (!known && !standard) {
    io.err.write(s.dialect === 'ash' ? `${s.argv0}: cd: can't cd to ${argv[1]}: No such file or directory\n`
      : s.dialect === 'dash' ? `${s.argv0}: 1: cd: can't cd to ${argv[1]}\n`
        : `${s.argv0}: line 1: cd: ${argv[1]}: No such file or directory\n`);
    return s.dialect === 'dash' ? 2 : 1;
  }
  s.cwd = target;
  return 0;
}

function testBuiltin(s: ShellState, argv: readonly string[], io: IO): number {
  let args = argv.slice(1);
  if (argv[0] === '[') {
    if (args[args.length - 1] !== ']') { io.err.write(`${s.argv0}: ${s.dialect === 'dash' ? '1: [: ' : s.dialect === 'bash' ? 'line 1: [: ' : '[: '}missing ]\n`); return 2; }
    args = args.slice(0, -1);
  }
  const r = evaluateTest(args, (p) => s.files.has(absolutePath(s, p)) || s.ctx.files.has(absolutePath(s, p)));
  if (typeof r === 'string') { io.err.write(`${s.argv0}: ${r}\n`); return 2; }
  return r ? 0 : 1;
}

export const BUILTINS: Readonly<Record<string, Builtin>> = {
  ':': () => 0,
  true: () => 0,
  false: () => 1,
  echo: (s, argv, io) => { io.out.write(echoText(argv.slice(1), escapesByDefault(s.dialect), s.dialect !== 'dash')); return 0; },
  export: exportBuiltin,
  unset: (s, argv) => { for (const n of argv.slice(1)) { s.vars.delete(n); s.exported.delete(n); } return 0; },
  set: setBuiltin,
  cd: cdBuiltin,
  pwd: (s, _argv, io) => { io.out.write(`${s.cwd}\n`); return 0; },
  exit: exitBuiltin,
  test: testBuiltin,
  '[': testBuiltin,
};
