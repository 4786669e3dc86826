// tail [-n N] [-f] FILE: the last lines; with -f it keeps running (`tail -f /dev/null` is the
// classic way to keep a container alive). Imports command.ts.
import { blocking, type CommandHandler } from '../command.js';

export const tail: CommandHandler = (ctx, argv) => {
  let n = 10, follow = false;
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-f' || a === '-F' || a === '--follow') follow = true;
    else if (a === '-n') n = Number(argv[++i] ?? 10);
    else if (/^-n\d+$/.test(a) || /^-\d+$/.test(a)) n = Number(a.replace(/^-n?/, ''));
    else if (/^-[fF]?n$/.test(a)) { follow = true; n = Number(argv[++i] ?? 10); }
    else files.push(a);
  }
  const file = files[0];
  const text = file === undefined || file === '-' ? ctx.stdin : file === '/dev/null' ? '' : ctx.readFile(file);
  if (text === undefined) {
    const msg = ctx.flavor === 'busybox' ? `tail: can't open '${file}': No such file or directory\n` : `tail: cannot open '${file}' for reading: No such file or directory\n`;
    return { stdout: '', stderr: follow && ctx.flavor === 'gnu' ? `${msg}tail: no files remaining\n` : msg, exitCode: 1 };
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const out = lines.slice(Math.max(0, lines.length - n)).map((l) => `${l}\n`).join('');
  return follow ? blocking([], out) : { stdout: out, stderr: '', exitCode: 0 };
};
