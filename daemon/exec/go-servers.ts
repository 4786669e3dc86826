// The Go servers among the image programs: CoreDNS, agnhost (netexec, serve-hostname,
// test-webserver, liveness, porter, pause) and hashicorp/http-echo, with their flags, the
// ports they bind and their start-up log lines. Imports command.ts and log-time.ts.
import { createHash } from 'node:crypto';
import type { PortListen } from '../images/catalog.js';
import { blocking, envValue, fail, ok, type CommandContext, type CommandHandler, type CommandResult } from './command.js';
import { goLogTime } from './log-time.js';

/** A Go flag (`-name v`, `-name=v`, `--name v`, `--name=v`) or undefined. */
export function goFlag(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const m = /^--?([^=]+)(?:=(.*))?$/.exec(args[i]);
    if (!m || m[1] !== name) continue;
    return m[2] ?? args[i + 1] ?? '';
  }
  return undefined;
}

const TCP = (port: number): PortListen => ({ port, protocol: 'TCP' });
const UDP = (port: number): PortListen => ({ port, protocol: 'UDP' });
const goLog = (ctx: CommandContext, lines: readonly string[]) => lines.map((l) => `${goLogTime(ctx.exec.now)} ${l}\n`).join('');

// CoreDNS release builds: Go version and commit each prints under its banner.
const COREDNS_BUILDS: Readonly<Record<string, string>> = {
  '1.10.1': 'go1.20, 055b2c3', '1.11.1': 'go1.20.7, ae2bbc2', '1.11.3': 'go1.21.11, a6338e9', '1.12.0': 'go1.23.3, 51e11f1',
};

/** CoreDNS: with `-conf` the kubeadm Corefile (53 UDP/TCP, metrics 9153, health 8080, ready 8181). */
export const COREDNS: CommandHandler = (ctx, argv) => {
  const v = ctx.exec.image.version;
  const banner = `CoreDNS-${v}\nlinux/amd64, ${COREDNS_BUILDS[v] ?? COREDNS_BUILDS['1.11.1']}\n`;
  if (argv.includes('-version')) return ok(banner);
  const conf = goFlag(argv.slice(1), 'conf');
  const corefile = conf ? ctx.readFile(conf) ?? '' : '';
  const sha = createHash('sha512').update(corefile).digest('hex');
  const listens = conf ? [UDP(53), TCP(53), TCP(9153), TCP(8080), TCP(8181)] : [UDP(53), TCP(53)];
  return blocking(listens, `.:53\n[INFO] plugin/reload: Running configuration SHA512 = ${sha}\n${banner}`);
};

function agnhostServe(ctx: CommandContext, sub: string, args: readonly string[]): CommandResult | undefined {
  const int = (name: string, dflt: number) => Number(goFlag(args, name) ?? dflt);
  switch (sub) {
    case 'netexec': {
      const http = int('http-port', 8080), udp = int('udp-port', 8081);
      const listens = [TCP(http), ...(udp !== -1 ? [UDP(udp)] : [])];
      const log = [`Started HTTP server on port ${http}`, ...(udp !== -1 ? [`Started UDP server on port  ${udp}`] : [])];
      return { ...blocking(listens), stderr: goLog(ctx, log) };
    }
    case 'serve-hostname': {
      const port = int('port', 9376);
      const udp = goFlag(args, 'udp') === 'true' || goFlag(args, 'udp') === '';
      return { ...blocking([TCP(port), ...(udp ? [UDP(port)] : [])]), stderr: goLog(ctx, [`Serving on port ${port}.`]) };
    }
    case 'test-webserver': return blocking([TCP(int('port', 80))]);
    case 'liveness': return blocking([TCP(8080)]);
    case 'pause': return { ...blocking([]), stdout: 'Paused\n' };
    case 'porter': {
      const ports = ctx.env.flatMap(([k]) => { const m = /^SERVE_PORT_(\d+)$/.exec(k); return m ? [TCP(Number(m[1]))] : []; });
      return blocking(ports);
    }
    default: return undefined;
  }
}

/** agnhost SUBCOMMAND [flags]: cobra prints its help without one and fails on an unknown one. */
export const AGNHOST: CommandHandler = (ctx, argv) => {
  const sub = argv[1];
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    return ok('agnhost is a test image for Kubernetes end-to-end tests.\n\nUsage:\n  agnhost [command]\n\nUse "agnhost [command] --help" for more information about a command.\n');
  }
  if (sub === '--version' || sub === 'version') return ok(`${ctx.exec.image.version}\n`);
  return agnhostServe(ctx, sub, argv.slice(2))
    ?? fail(`Error: unknown command "${sub}" for "agnhost"\nRun 'agnhost --help' for usage.\n`, 1);
};

/** hashicorp/http-echo 1.0: `-text` (or ECHO_TEXT) is required; serves `-listen` (default :5678). */
export const HTTP_ECHO: CommandHandler = (ctx, argv) => {
  const args = argv.slice(1);
  if (goFlag(args, 'version') !== undefined) return fail(`http-echo v${ctx.exec.image.version}\n`, 0);
  const text = goFlag(args, 'text') || envValue(ctx, 'ECHO_TEXT');
  if (!text) return fail('Missing -text option OR ENV var TEXT is empty!\n', 127);
  const positional = args.filter((a, i) => !a.startsWith('-') && !(i > 0 && /^--?[^=]+$/.test(args[i - 1])));
  if (positional.length > 0) return fail('Too many arguments!\n', 127);
  const listen = goFlag(args, 'listen') ?? ':5678';
  const port = Number(listen.slice(listen.lastIndexOf(':') + 1));
  return { ...blocking([TCP(port)]), stderr: goLog(ctx, [`[INFO] server is listening on ${listen}`]) };
};
