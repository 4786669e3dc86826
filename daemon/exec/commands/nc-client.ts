// nc as a client: netcat-openbsd 1.219 (Debian patches) in gnu images, busybox nc_bloaty.c
// (NC_110_COMPAT, the defconfig) in busybox ones. `-z` probes, `-v` reports, `nc HOST PORT` sends
// stdin and prints the reply. Imports command.ts, net-client.ts and wire/ip.ts.
import { familyOf } from '../../../dataplane/wire/ip.js';
import type { IpFamily } from '../../domain/types.js';
import { blocking, type CommandContext, type CommandResult } from '../command.js';
import type { ConnectResult } from '../net.js';
import { bodyText, connectErrno, KERNEL_SYN_TIMEOUT_MS, lookupTargets, type Lookup, type Target } from './net-client.js';

interface NcOptions { zero: boolean; verbose: number; numeric: boolean; udp: boolean; crlf: boolean; waitMs?: number; family?: IpFamily; host?: string; ports: string[] }

function parseArgs(argv: readonly string[], busybox: boolean): NcOptions | string {
  const o: NcOptions = { zero: false, verbose: 0, numeric: false, udp: false, crlf: false, ports: [] };
  const valued = busybox ? 'pswioe' : 'IiMmOpqsTVwXx';
  const positional: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-') || a === '-') { positional.push(a); continue; }
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      if (f === 'z') o.zero = true;
      else if (f === 'v') o.verbose++;
      else if (f === 'n') o.numeric = true;
      else if (f === 'u') o.udp = true;
      else if (f === 'C' && !busybox) o.crlf = true;
      else if ((f === '4' || f === '6') && !busybox) o.family = f === '4' ? 'IPv4' : 'IPv6';
      else if ('NdDkhFStU'.includes(f) && !busybox) continue;
      else if (valued.includes(f)) {
        const v = a.slice(j + 1) || argv[++i] || '';
        if (f === 'w') o.waitMs = Number(v) * 1000;
        break;
      } else return busybox ? `nc: invalid option -- '${f}'\n` : `nc: invalid option -- '${f}'\n${OPENBSD_USAGE}`;
    }
  }
  [o.host, ...o.ports] = positional;
  return o;
}

const OPENBSD_USAGE = 'usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]\n\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]\n\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]\n\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]\n\t  [destination] [port]\n';

/** Debian netbase's /etc/services for the ports tutorials probe (getservbyport); others print `*`. */
const SERVICES: Readonly<Record<string, string>> = {
  'tcp/21': 'ftp', 'tcp/22': 'ssh', 'tcp/23': 'telnet', 'tcp/25': 'smtp', 'tcp/53': 'domain', 'udp/53': 'domain',
  'tcp/80': 'http', 'tcp/110': 'pop3', 'udp/123': 'ntp', 'tcp/143': 'imap2', 'tcp/443': 'https', 'udp/443': 'https',
  'tcp/3306': 'mysql', 'tcp/5432': 'postgresql', 'tcp/8080': 'http-alt',
};

/** build_ports: `80`, `80-82`, or a service name. */
function expandPorts(spec: string): number[] | undefined {
  const byName = Object.entries(SERVICES).find(([, n]) => n === spec)?.[0];
  if (byName) return [Number(byName.split('/')[1])];
  const m = /^(\d+)(?:-(\d+))?$/.exec(spec);
  if (!m) return undefined;
  const lo = Number(m[1]);
  const hi = m[2] !== undefined ? Number(m[2]) : lo;
  if (lo < 1 || hi > 65535 || hi < lo) return undefined;
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

function exchange(ctx: CommandContext, o: NcOptions, t: Target, port: number): ConnectResult {
  const data = o.zero ? (o.udp ? 'XXXX' : '') : o.crlf ? ctx.stdin.replace(/\r?\n/g, '\r\n') : ctx.stdin;
  return ctx.exec.net!.connect({
    family: t.family, dst: t.address, port, protocol: o.udp ? 'UDP' : 'TCP', request: new TextEncoder().encode(data),
    connectTimeoutMs: Math.min(o.waitMs ?? KERNEL_SYN_TIMEOUT_MS, KERNEL_SYN_TIMEOUT_MS),
    ...(o.waitMs !== undefined ? { totalTimeoutMs: o.waitMs } : {}),
  });
}

/** A reply read: printed; a UDP exchange without -w keeps nc waiting for more (it runs until killed). */
function delivered(o: NcOptions, r: Extract<ConnectResult, { outcome: 'ok' }>, stderr: string): CommandResult {
  const stdout = o.zero ? '' : bodyText(r.response);
  if (o.udp && !o.zero && o.waitMs === undefined) return { ...blocking([]), stdout, stderr };
  return { stdout, stderr, exitCode: 0 };
}

export function openbsdNc(ctx: CommandContext, argv: readonly string[], lookup: Lookup): CommandResult {
  const o = parseArgs(argv, false);
  if (typeof o === 'string') return { stdout: '', stderr: o, exitCode: 1 };
  if (o.host === undefined || o.ports.length === 0) return { stdout: '', stderr: OPENBSD_USAGE, exitCode: 1 };
  const proto = o.udp ? 'udp' : 'tcp';
  const ports = o.ports.flatMap((p) => expandPorts(p) ?? []);
  if (ports.length === 0) return { stdout: '', stderr: `nc: port range not valid\n`, exitCode: 1 };
  const targets = o.numeric && !familyOf(o.host) ? [] : lookupTargets(lookup, ctx, o.host, o.family);
  if (targets.length === 0) return { stdout: '', stderr: `nc: getaddrinfo for host "${o.host}" port ${ports[0]}: Name or service not known\n`, exitCode: 1 };
  let stderr = '';
  let ok = false;
  for (const port of ports) {
    for (const t of targets) {
      const r = exchange(ctx, o, t, port);
      const via = o.numeric || t.address === o.host ? '' : ` (${t.address})`;
      if (r.outcome === 'ok') {
        if (o.verbose || o.zero) stderr += `Connection to ${o.host}${via} ${port} port [${proto}/${o.numeric ? '*' : SERVICES[`${proto}/${port}`] ?? '*'}] succeeded!\n`;
        if (!o.zero) return delivered(o, r, stderr);
        ok = true;
        break;
      }
      if (o.udp && r.outcome === 'refused') break;
      const timedOut = r.outcome === 'timeout' && o.waitMs !== undefined;
      if (o.verbose) stderr += `nc: connect to ${o.host}${via} port ${port} (${proto}) ${timedOut ? 'timed out: Operation now in progress' : `failed: ${connectErrno(r, t.family)}`}\n`;
    }
  }
  return { stdout: '', stderr, exitCode: ok ? 0 : 1 };
}

export function busyboxNc(ctx: CommandContext, argv: readonly string[], lookup: Lookup): CommandResult {
  const o = parseArgs(argv, true);
  if (typeof o === 'string') return { stdout: '', stderr: o, exitCode: 1 };
  if (o.host === undefined || o.ports.length !== 1) return { stdout: '', stderr: 'BusyBox v1.36.1 multi-call binary.\n\nUsage: nc [OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen\n', exitCode: 1 };
  const port = Number(o.ports[0]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return { stdout: '', stderr: `nc: bad port '${o.ports[0]}'\n`, exitCode: 1 };
  const [t] = lookupTargets(lookup, ctx, o.host);
  if (!t) return { stdout: '', stderr: `nc: bad address '${o.host}'\n`, exitCode: 1 };
  const dotted = t.family === 'IPv6' ? `[${t.address}]:${port}` : `${t.address}:${port}`;
  const r = exchange(ctx, o, t, port);
  if (r.outcome === 'ok') return delivered(o, r, o.verbose ? `${o.host} (${dotted}) open\n` : '');
  // nc_bloaty: with one -v a refusal is not reported; -vv reports everything.
  const errno = r.outcome === 'timeout' ? 'Connection timed out' : connectErrno(r, t.family);
  const report = o.verbose > 1 || (o.verbose === 1 && errno !== 'Connection refused');
  return { stdout: '', stderr: report ? `nc: ${o.host} (${dotted}): ${errno}\n` : '', exitCode: 1 };
}

/** nc in client mode: the image's flavor picks the implementation. */
export function ncClientWith(lookup: Lookup): (ctx: CommandContext, argv: readonly string[]) => CommandResult {
  return (ctx, argv) => {
    if (!ctx.exec.net) return { stdout: '', stderr: 'nc: the dataplane is not running\n', exitCode: 1 };
    return ctx.flavor === 'busybox' ? busyboxNc(ctx, argv, lookup) : openbsdNc(ctx, argv, lookup);
  };
}
