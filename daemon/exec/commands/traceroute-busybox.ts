// busybox 1.36 traceroute/traceroute6 (networking/traceroute.c): getopt32 options, libbb's
// number errors, 46-byte (72 for IPv6) probes and its own hop lines (spacing, `!A`/`!S`, the
// address shown once per change). Imports exec/, resolve.ts and ping-stats.ts.
import type { IpFamily } from '../../domain/types.js';
import type { CommandContext, CommandResult } from '../command.js';
import type { IcmpErrorKind, TraceHop } from '../net.js';
import { lookupHost, preferIpv4, reverseHost } from '../resolve.js';
import { ms3, toMicros } from './ping-stats.js';

const USAGE = `Usage: traceroute [-46IFlnrv] [-f 1ST_TTL] [-m MAXTTL] [-q PROBES] [-p PORT]
\t[-t TOS] [-w WAIT_SEC] [-s SRC_IP] [-i IFACE]
\t[-z PAUSE_MSEC] HOST [BYTES]

Trace the route to HOST

\t-4,-6\tForce IP or IPv6 name resolution
\t-F\tSet don't fragment bit
\t-I\tUse ICMP ECHO instead of UDP datagrams
\t-l\tDisplay TTL value of the returned packet
\t-n\tPrint numeric addresses
\t-r\tBypass routing tables, send directly to HOST
\t-v\tVerbose
\t-f N\tFirst number of hops (default 1)
\t-m N\tMax number of hops
\t-q N\tNumber of probes per hop (default 3)
\t-p N\tBase UDP port number used in probes
\t\t(default 33434)
\t-s IP\tSource address
\t-i IFACE Source interface
\t-t N\tType-of-service in probe packets (default 0)
\t-w SEC\tWait for a response (default 3)
\t-z MSEC\tWait before each send
`;
const USAGE6 = `Usage: traceroute6 [-Inrv] [-f 1ST_TTL] [-m MAXTTL] [-q PROBES] [-p PORT]
\t[-t TOS] [-w WAIT_SEC] [-s SRC_IP] [-i IFACE]
\t[-z PAUSE_MSEC] HOST [BYTES]

Trace the route to HOST

\t-I\tUse ICMP ECHO instead of UDP datagrams
\t-n\tPrint numeric addresses
\t-r\tBypass routing tables, send directly to HOST
\t-v\tVerbose
\t-f N\tFirst number of hops (default 1)
\t-m N\tMax number of hops
\t-q N\tNumber of probes per hop (default 3)
\t-p N\tBase UDP port number used in probes
\t\t(default 33434)
\t-s IP\tSource address
\t-i IFACE Source interface
\t-t N\tType-of-service in probe packets (default 0)
\t-w SEC\tWait for a response (default 3)
\t-z MSEC\tWait before each send
`;

interface Options { family?: IpFamily; numeric: boolean; maxTtl: number; firstTtl?: string; port: number; queries: number; waitSecs: number; args: string[] }

const version = (ctx: CommandContext) => (ctx.exec.image.family === 'busybox' ? ctx.exec.image.version : '1.36.1');
const die = (prog: string, msg: string): CommandResult => ({ stdout: '', stderr: `${prog}: ${msg}\n`, exitCode: 1 });
const usage = (ctx: CommandContext, prog: string, msg = ''): CommandResult =>
  ({ stdout: '', stderr: `${msg}BusyBox v${version(ctx)} multi-call binary.\n\n${prog === 'traceroute6' ? USAGE6 : USAGE}`, exitCode: 1 });

/** libbb xatou_range(). */
function xatou(prog: string, s: string, lo: number, hi: number): number | CommandResult {
  if (!/^\d+$/.test(s)) return die(prog, `invalid number '${s}'`);
  const v = Number(s);
  return v < lo || v > hi ? die(prog, `number ${s} is not in ${lo}..${hi} range`) : v;
}

/** getopt32("FIlnrdvt:i:m:p:q:s:w:z:f:46", "-1") and traceroute_init()'s number checks, in its order. */
function parse(ctx: CommandContext, argv: readonly string[]): Options | CommandResult {
  const prog = argv[0];
  const o: Options = { numeric: false, maxTtl: 30, port: 33434, queries: 3, waitSecs: 5, args: [], ...(prog === 'traceroute6' ? { family: 'IPv6' as const } : {}) };
  const valued: Record<string, string> = {};
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { o.args.push(...argv.slice(i + 1)); break; }
    if (!a.startsWith('-') || a === '-') { o.args.push(a); continue; }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if ('timpqswzf'.includes(c)) {
        const v = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
        if (v === undefined) return usage(ctx, prog, `${prog}: option requires an argument -- '${c}'\n`);
        valued[c] = v;
        break;
      }
      if (c === '4' || c === '6') o.family = c === '4' ? 'IPv4' : 'IPv6';
      else if (c === 'n') o.numeric = true;
      else if ('Ilv'.includes(c)) return die(prog, `option -${c} is not simulated by netsim`);
      else if (!'Frd'.includes(c)) return usage(ctx, prog, `${prog}: invalid option -- '${c}'\n`);
    }
  }
  if (o.args.length === 0) return usage(ctx, prog);
  const checks: [string, number, number, (n: number) => void][] = [
    ['m', 1, 255, (n) => { o.maxTtl = n; }], ['p', 0, 65535, (n) => { o.port = n; }], ['q', 1, 2147483647, (n) => { o.queries = n; }],
    ['w', 1, 86400, (n) => { o.waitSecs = n; }], ['z', 0, 3600000, () => undefined],
  ];
  for (const [c, lo, hi, set] of checks) {
    if (valued[c] === undefined) continue;
    const n = xatou(prog, valued[c], lo, hi);
    if (typeof n !== 'number') return n;
    set(n);
  }
  if (valued.f !== undefined) o.firstTtl = valued.f;
  return o;
}

// common_traceroute_main's switch on the ICMP code.
function annotation(e: IcmpErrorKind | undefined, family: IpFamily): string {
  switch (e) {
    case 'host-unreachable': return ' !H';
    case 'net-unreachable': return ' !N';
    case 'admin-prohibited': return family === 'IPv4' ? ' !A' : ' !S';
    default: return '';
  }
}

/** The hop lines: `%2d`, then per probe `  *` or the address (when it changed) and `  N.NNN ms`. */
export function renderBusyboxHops(hops: readonly TraceHop[], family: IpFamily, prAddr: (a: string) => string): string {
  let out = '', last = '';
  for (const hop of hops) {
    out += String(hop.ttl).padStart(2);
    hop.probes.forEach((p, k) => {
      if (p.from === undefined) { out += '  *'; return; }
      if (k === 0 || p.from !== last) { out += `  ${prAddr(p.from)}`; last = p.from; }
      out += `  ${ms3(toMicros(p.rttMs ?? 0))} ms${annotation(p.error, family)}`;
    });
    out += '\n';
  }
  return out;
}

/** `traceroute` / `traceroute6` in a busybox or alpine image. */
export function busyboxTraceroute(ctx: CommandContext, argv: readonly string[]): CommandResult {
  const prog = argv[0];
  const o = parse(ctx, argv);
  if ('stderr' in o) return o;
  const first = o.firstTtl === undefined ? 1 : xatou(prog, o.firstTtl, 1, o.maxTtl);
  if (typeof first !== 'number') return first;
  const host = o.args[0];
  const found = lookupHost(ctx, host, o.family);
  const dst = found.ok ? preferIpv4(found.addresses) : undefined;
  if (dst === undefined) return die(prog, `bad address '${host}'`);
  const family: IpFamily = dst.includes(':') ? 'IPv6' : 'IPv4';
  let packetLen = family === 'IPv4' ? 46 : 72;
  if (o.args[1] !== undefined) {
    const n = xatou(prog, o.args[1], packetLen, 32 * 1024);
    if (typeof n !== 'number') return n;
    packetLen = n;
  }
  const net = ctx.exec.net;
  if (!net) return die(prog, 'the dataplane is not running');
  const refused = die(prog, family === 'IPv4' ? `can't connect to remote host (${dst}): Network is unreachable` : "can't connect to remote host: Network is unreachable");
  if (!net.route(dst).ok) return refused;
  const r = net.traceroute({ family, dst, firstTtl: first, maxHops: o.maxTtl, queries: o.queries, waitMs: o.waitSecs * 1000, packetLen, basePort: o.port });
  if (!r.ok) return refused;
  const header = `traceroute to ${host} (${dst}), ${o.maxTtl} hops max, ${packetLen} byte packets\n`;
  const prAddr = (a: string) => (o.numeric ? a : `${reverseHost(ctx, a) ?? a} (${a})`);
  return { stdout: header + renderBusyboxHops(r.hops, family, prAddr), stderr: '', exitCode: 0 };
}
