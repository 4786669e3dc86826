// echo as busybox, coreutils and the shells' builtins implement it: -n, -e/-E, and the
// backslash escapes (dash and zsh interpret them without -e). Pure; imports command.ts.
import { ok, type CommandHandler } from '../command.js';

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', '\\': '\\', a: '\x07', b: '\b', f: '\f', r: '\r', v: '\v', e: '\x1b' };

/** Interprets backslash escapes; `stop` is set by `\c` (no further output, no newline). */
function unescape(s: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\' || i === s.length - 1) { out += s[i]; continue; }
    const c = s[++i];
    if (c === 'c') return { text: out, stop: true };
    if (c === '0') {
      const m = /^[0-7]{0,3}/.exec(s.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(m || '0', 8));
      i += m.length;
    } else if (ESCAPES[c] !== undefined) out += ESCAPES[c];
    else out += `\\${c}`;
  }
  return { text: out, stop: false };
}

/**
 * The text echo prints. `escapes`: interpret backslashes without -e (dash, zsh);
 * `options`: -e and -E are options too (dash's echo knows only -n).
 */
export function echoText(args: readonly string[], escapes: boolean, options = true): string {
  let newline = true;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    const valid = options ? /^-[neE]+$/.test(a) : a === '-n';
    if (!valid) break;
    for (const f of a.slice(1)) {
      if (f === 'n') newline = false;
      else escapes = f === 'e';
    }
  }
  const joined = args.slice(i).join(' ');
  if (!escapes) return joined + (newline ? '\n' : '');
  const { text, stop } = unescape(joined);
  return text + (newline && !stop ? '\n' : '');
}

/** /bin/echo (busybox applet or coreutils): escapes only with -e. */
export const echo: CommandHandler = (_ctx, argv) => ok(echoText(argv.slice(1), false));
