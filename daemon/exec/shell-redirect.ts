// Redirections for the simulated shell (XCU 2.7): `>`, `>>`, `<`, `N>&M`, `>&-`; /dev/null,
// /dev/stdout and /dev/stderr are special, other files live in the shell's own overlay.
// Imports shell-ast.ts, shell-expand.ts and shell-state.ts.
import type { Redirect } from './shell-ast.js';
import { expandWordToString, type Substitute } from './shell-expand.js';
import { absolutePath, NULL_SINK, readFileIn, type IO, type ShellState, type Sink } from './shell-state.js';

/** Runs `run` with the redirections applied, in order (`>/dev/null 2>&1` silences both). */
export function withRedirects(s: ShellState, redirects: readonly Redirect[], io: IO, sub: Substitute, run: (io: IO) => number): number {
  if (redirects.length === 0) return run(io);
  const fds: Record<number, Sink> = { 1: io.out, 2: io.err };
  let stdin = io.stdin;
  for (const r of redirects) {
    const target = expandWordToString(s, r.target, sub);
    if (r.op === '<') {
      const text = readFileIn(s, target);
      if (text === undefined) { io.err.write(cantOpen(s, target)); return 1; }
      stdin = text;
    } else if (r.op === '>&') fds[r.fd] = target === '-' ? NULL_SINK : fds[Number(target)] ?? fds[1];
    else if (r.op === '>' || r.op === '>>') fds[r.fd] = fileSink(s, target, r.op === '>>', io);
  }
  return run({ out: fds[1], err: fds[2], stdin });
}

function fileSink(s: ShellState, target: string, append: boolean, io: IO): Sink {
  if (target === '/dev/null') return NULL_SINK;
  if (target === '/dev/stdout') return io.out;
  if (target === '/dev/stderr') return io.err;
  const path = absolutePath(s, target);
  if (!append) s.files.set(path, '');
  return { write: (t) => { s.files.set(path, (readFileIn(s, path) ?? '') + t); } };
}

function cantOpen(s: ShellState, target: string): string {
  switch (s.dialect) {
    case 'ash': return `${s.argv0}: can't open '${target}': No such file or directory\n`;
    case 'dash': return `${s.argv0}: 1: cannot open ${target}: No such file\n`;
    case 'bash': return `${s.argv0}: line 1: ${target}: No such file or directory\n`;
    case 'zsh': return `zsh:1: no such file or directory: ${target}\n`;
  }
}
