// wget: busybox's applet in busybox and alpine images, GNU Wget 1.21.3 elsewhere (ctx.flavor),
// with the name lookup injected (wget.ts passes resolve.ts; tests pass a stub).
// Imports command.ts, net-client.ts, wget-busybox.ts, wget-gnu.ts.
import { fail, type CommandHandler } from '../command.js';
import type { Lookup } from './net-client.js';
import { busyboxWget } from './wget-busybox.js';
import { gnuWget } from './wget-gnu.js';

export function wgetWith(lookup: Lookup): CommandHandler {
  return (ctx, argv) => {
    if (!ctx.exec.net) return fail('wget: the dataplane is not running\n', 1);
    return ctx.flavor === 'busybox' ? busyboxWget(ctx, argv, lookup) : gnuWget(ctx, argv, lookup);
  };
}
