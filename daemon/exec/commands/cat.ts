// cat FILE... from the container's files: busybox's and coreutils' error wording, exit 1 when
// any file failed; no operand or `-` reads stdin. Imports command.ts.
import type { CommandHandler, CommandContext } from '../command.js';

export const isDirectory = (ctx: CommandContext, path: string): boolean =>
  path === '/' || ctx.listFiles().some((p) => p.startsWith(`${path.replace(/\/$/, '')}/`));

function missing(ctx: CommandContext, path: string): string {
  if (isDirectory(ctx, path)) return ctx.flavor === 'busybox' ? 'cat: read error: Is a directory\n' : `cat: ${path}: Is a directory\n`;
  return ctx.flavor === 'busybox' ? `cat: can't open '${path}': No such file or directory\n` : `cat: ${path}: No such file or directory\n`;
}

export const cat: CommandHandler = (ctx, argv) => {
  const files = argv.slice(1).filter((a) => a === '-' || !a.startsWith('-'));
  let stdout = '', stderr = '';
  for (const f of files.length ? files : ['-']) {
    const text = f === '-' ? ctx.stdin : ctx.readFile(f);
    if (text === undefined) stderr += missing(ctx, f);
    else stdout += text;
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
};
