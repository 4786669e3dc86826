// hostname [-s|-f|-d|-i] from the pod's hostname and /etc/hosts, as busybox hostname.c and
// Debian's hostname 3.23 print them; setting the name fails (no CAP_SYS_ADMIN). Imports command.ts.
import type { CommandContext, CommandHandler, CommandResult } from '../command.js';

interface HostsLine { ip: string; names: string[] }

function hostsLines(ctx: CommandContext): HostsLine[] {
  return (ctx.readFile('/etc/hosts') ?? '').split('\n')
    .map((l) => l.replace(/#.*/, '').trim().split(/\s+/))
    .filter((f) => f.length >= 2 && f[0] !== '')
    .map((f) => ({ ip: f[0], names: f.slice(1) }));
}

/** getaddrinfo over /etc/hosts: every address of `name`, IPv4 first (RFC 6724 precedence). */
function addressesOf(ctx: CommandContext, name: string): string[] {
  const ips = hostsLines(ctx).filter((l) => l.names.includes(name)).map((l) => l.ip);
  return [...new Set([...ips.filter((ip) => !ip.includes(':')), ...ips.filter((ip) => ip.includes(':'))])];
}

function show(ctx: CommandContext, opt: string): CommandResult {
  const name = ctx.exec.hostname;
  const line = hostsLines(ctx).find((l) => l.names.includes(name));
  const canonical = line?.names[0] ?? name;
  const busybox = ctx.flavor === 'busybox';
  switch (opt) {
    case 's': return out(`${name.split('.')[0]}\n`);
    case 'f': return out(`${canonical}\n`);
    case 'd': { const dot = canonical.indexOf('.'); return out(dot >= 0 ? `${canonical.slice(dot + 1)}\n` : busybox ? '' : '\n'); }
    case 'i': {
      const ips = addressesOf(ctx, name);
      if (busybox) {
        // busybox: gethostbyname (IPv4), the first matching line only
        const v4 = ips.find((ip) => !ip.includes(':'));
        return v4 ? out(`${v4}\n`) : { stdout: '', stderr: `hostname: bad address '${name}'\n`, exitCode: 1 };
      }
      return ips.length ? out(ips.map((ip) => `${ip} `).join('') + '\n') : { stdout: '', stderr: 'hostname: Name or service not known\n', exitCode: 1 };
    }
    default: return out(`${name}\n`);
  }
}

const out = (stdout: string): CommandResult => ({ stdout, stderr: '', exitCode: 0 });

export const hostname: CommandHandler = (ctx, argv) => {
  const args = argv.slice(1);
  const flag = args.find((a) => a.startsWith('-'));
  const long: Record<string, string> = { '--short': 's', '--fqdn': 'f', '--long': 'f', '--domain': 'd', '--ip-address': 'i' };
  if (flag) return show(ctx, long[flag] ?? flag.slice(1, 2));
  if (args.length === 0) return show(ctx, '');
  return ctx.flavor === 'busybox'
    ? { stdout: '', stderr: 'hostname: sethostname: Operation not permitted\n', exitCode: 1 }
    : { stdout: '', stderr: 'hostname: you must be root to change the host name\n', exitCode: 1 };
};
