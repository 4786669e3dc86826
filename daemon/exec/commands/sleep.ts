// sleep DURATION...: a blocking process for the simulation (virtual time). busybox and
// coreutils take s/m/h/d suffixes and `inf`/`infinity`. Imports command.ts.
import { blocking, type CommandHandler } from '../command.js';

const UNIT: Readonly<Record<string, number>> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds of one operand, Infinity, or undefined when it is not a duration. */
export function parseDuration(s: string): number | undefined {
  if (/^\+?inf(inity)?$/i.test(s)) return Infinity;
  const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(s);
  return m ? Number(m[1]) * UNIT[m[2]] : undefined;
}

export const sleep: CommandHandler = (ctx, argv) => {
  const ops = argv.slice(1);
  const gnu = ctx.flavor === 'gnu';
  if (ops.length === 0) {
    return gnu
      ? { stdout: '', stderr: "sleep: missing operand\nTry 'sleep --help' for more information.\n", exitCode: 1 }
      : { stdout: '', stderr: `BusyBox v${ctx.exec.image.family === 'busybox' ? ctx.exec.image.version : '1.36.1'} multi-call binary.\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n`, exitCode: 1 };
  }
  let total = 0;
  for (const op of ops) {
    const d = parseDuration(op);
    if (d === undefined) {
      return gnu
        ? { stdout: '', stderr: `sleep: invalid time interval '${op}'\nTry 'sleep --help' for more information.\n`, exitCode: 1 }
        : { stdout: '', stderr: `sleep: invalid number '${op}'\n`, exitCode: 1 };
    }
    total += d;
  }
  if (total === 0) return { stdout: '', stderr: '', exitCode: 0 };
  return blocking([], '', Number.isFinite(total) ? total : undefined);
};
