// A minimal ls of the simulated filesystem: the directory entries implied by the container's
// files plus the image's standard top-level directories, one per line (stdout is not a tty).
// Options are accepted and ignored. Imports command.ts and the catalog types.
import type { ImageFamily } from '../../images/catalog.js';
import type { CommandContext, CommandHandler } from '../command.js';

const ROOT_DIRS: Readonly<Record<ImageFamily, readonly string[]>> = {
  busybox: ['bin', 'dev', 'etc', 'home', 'lib', 'lib64', 'proc', 'root', 'sys', 'tmp', 'usr', 'var'],
  alpine: ['bin', 'dev', 'etc', 'home', 'lib', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'],
  debian: ['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'],
  ubuntu: ['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'],
  centos: ['bin', 'dev', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'],
  distroless: ['dev', 'etc', 'proc', 'sys'],
};

function entries(ctx: CommandContext, dir: string): string[] | undefined {
  const base = dir === '/' ? '' : dir.replace(/\/$/, '');
  const names = new Set<string>(dir === '/' ? ROOT_DIRS[ctx.exec.image.family] : []);
  for (const p of ctx.listFiles()) {
    if (p.startsWith(`${base}/`)) names.add(p.slice(base.length + 1).split('/')[0]);
  }
  if (names.size === 0 && !(dir === '/' || ROOT_DIRS[ctx.exec.image.family].includes(base.slice(1)))) return undefined;
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export const ls: CommandHandler = (ctx, argv) => {
  const paths = argv.slice(1).filter((a) => !a.startsWith('-'));
  let stdout = '', stderr = '', exitCode = 0;
  const targets = paths.length ? paths : ['/'];
  targets.forEach((p, i) => {
    if (ctx.readFile(p) !== undefined) { stdout += `${p}\n`; return; }
    const names = entries(ctx, p);
    if (!names) {
      stderr += ctx.flavor === 'busybox' ? `ls: ${p}: No such file or directory\n` : `ls: cannot access '${p}': No such file or directory\n`;
      exitCode = ctx.flavor === 'busybox' ? 1 : 2;
      return;
    }
    if (targets.length > 1) stdout += `${i > 0 ? '\n' : ''}${p}:\n`;
    stdout += names.map((n) => `${n}\n`).join('');
  });
  return { stdout, stderr, exitCode };
};
