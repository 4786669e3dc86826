// nc in listen mode (`nc -l -p 8080`, `nc -lk 8080`, `-u` for UDP): a process that serves a
// port until killed; any other invocation is the client (nc-client.ts, names from resolve.ts).
// Imports command.ts, resolve.ts and nc-client.ts.
import type { PortListen } from '../../images/catalog.js';
import { blocking, type CommandHandler } from '../command.js';
import { resolveHost } from '../resolve.js';
import { ncClientWith } from './nc-client.js';

const ncClient = ncClientWith(resolveHost);

export interface NcListen { listen: PortListen | undefined; verbose: boolean }

/** The port `nc -l` binds, or `listen: undefined` when argv is not a listen invocation. */
export function ncListen(argv: readonly string[]): NcListen {
  let listen = false, udp = false, verbose = false;
  let port: string | undefined;
  const positional: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-') || a === '-') { positional.push(a); continue; }
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      if (f === 'l') listen = true;
      else if (f === 'u') udp = true;
      else if (f === 'v') verbose = true;
      else if ('pswqiWTeOXx'.includes(f)) {
        const value = a.slice(j + 1) || argv[++i];
        if (f === 'p') port = value;
        break;
      }
    }
  }
  port ??= positional[positional.length - 1];
  const n = Number(port);
  if (!listen || !Number.isInteger(n) || n < 1 || n > 65535) return { listen: undefined, verbose };
  return { listen: { port: n, protocol: udp ? 'UDP' : 'TCP' }, verbose };
}

export const nc: CommandHandler = (ctx, argv) => {
  const { listen, verbose } = ncListen(argv);
  if (!listen) return ncClient(ctx, argv);
  const r = blocking([listen]);
  if (!verbose) return r;
  return { ...r, stderr: ctx.flavor === 'busybox' ? `listening on [::]:${listen.port} ...\n` : `Listening on 0.0.0.0 ${listen.port}\n` };
};
