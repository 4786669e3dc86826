// env and printenv over the process environment (one NAME=value per line, in the order the
// runtime passed it). printenv NAME... exits 1 when a name is unset. Imports command.ts.
import { envValue, type CommandHandler } from '../command.js';

const lines = (pairs: readonly [string, string][]) => pairs.map(([k, v]) => `${k}=${v}\n`).join('');

/** `env` with no operands prints the environment; `env NAME=v` adds to it; a command is not run. */
export const env: CommandHandler = (ctx, argv) => {
  const extra = argv.slice(1).filter((a) => a.includes('=') && !a.startsWith('-'));
  const merged = new Map(ctx.env);
  for (const a of extra) merged.set(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
  return { stdout: lines([...merged]), stderr: '', exitCode: 0 };
};

export const printenv: CommandHandler = (ctx, argv) => {
  const names = argv.slice(1).filter((a) => !a.startsWith('-'));
  if (names.length === 0) return { stdout: lines(ctx.env), stderr: '', exitCode: 0 };
  let stdout = '';
  let missing = false;
  for (const n of names) {
    const v = envValue(ctx, n);
    if (v === undefined) missing = true;
    else stdout += `${v}\n`;
  }
  return { stdout, stderr: '', exitCode: missing ? 1 : 0 };
};
