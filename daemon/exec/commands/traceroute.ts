// `traceroute` and `traceroute6`: traceroute 2.1.2 (Debian 12, default UDP method) in Debian-family
// images and nodes, busybox's applet otherwise; the dataplane's hops become traceroute.c's
// print_header/print_probe text. Imports exec/, resolve.ts and traceroute-* siblings.
import type { IpFamily } from '../../domain/types.js';
import type { CommandContext, CommandHandler, CommandResult } from '../command.js';
import type { IcmpErrorKind, TraceHop } from '../net.js';
import { gaiStrerror, lookupHost, preferIpv4, reverseHost } from '../resolve.js';
import { checkTracerouteArgs, clifInt, parseTracerouteArgs, type SourceLookup, type TracerouteArgs } from './traceroute-args.js';
import { printfFixed } from './ping-stats.js';
import { busyboxTraceroute } from './traceroute-busybox.js';
import { TRACEROUTE_VERSION, tracerouteHelp } from './traceroute-help.js';

const DEF_START_PORT = 33434;
const DEF_DATA_LEN = 40;   // "all but IP header": UDP header + 32 bytes

/** traceroute.c getaddr(): hints.ai_family = af; with none, prefer IPv4 (DEF_AF) if present. */
function getaddr(ctx: CommandContext, name: string, family?: IpFamily): { ok: true; addr: string } | { ok: false; line: string } {
  const r = lookupHost(ctx, name, family);
  if (!r.ok) return { ok: false, line: `${name}: ${gaiStrerror(r.error)}\n` };
  return { ok: true, addr: family ? r.addresses[0] : preferIpv4(r.addresses)! };
}

// parse_icmp_res(): what follows a probe's time.
function annotation(e: IcmpErrorKind | undefined): string {
  switch (e) {
    case 'host-unreachable': return ' !H';
    case 'net-unreachable': return ' !N';
    case 'admin-prohibited': return ' !X';
    default: return '';           // time exceeded, or port unreachable: the destination answered
  }
}

/** print_probe() over every hop, each starting on a new line; print_end()'s newline last. */
export function renderHops(hops: readonly TraceHop[], prAddr: (a: string) => string): string {
  let out = '';
  for (const hop of hops) {
    out += `\n${String(hop.ttl).padStart(2)} `;
    hop.probes.forEach((p, np) => {
      if (p.from === undefined) { out += ' *'; return; }
      // The address is printed for the first probe, then whenever it differs from the last
      // probe of this hop that answered (or none before it did).
      const prev = hop.probes.slice(0, np).reverse().find((q) => q.from !== undefined);
      if (np === 0 || !prev || prev.from !== p.from) out += ` ${prAddr(p.from)}`;
      if (p.rttMs !== undefined) out += `  ${printfFixed(p.rttMs, 3)} ms`;
      out += annotation(p.error);
    });
  }
  return `${out}\n`;
}

interface Target { a: TracerouteArgs; family: IpFamily; dst: string; host: string; packetLen: number }

/** CLIF's argument handling (host, then packetlen) and main()'s checks. */
function prepare(ctx: CommandContext, argv: readonly string[]): Target | CommandResult {
  const sourceLookup: SourceLookup = (name, family) => {
    const g = getaddr(ctx, name, family);
    return g.ok ? (g.addr.includes(':') ? 'IPv6' : 'IPv4') : g.line;
  };
  const { parsed, help } = parseTracerouteArgs(argv, sourceLookup);
  if (help) return { stdout: '', stderr: help === 'help' ? tracerouteHelp(argv[0]) : TRACEROUTE_VERSION, exitCode: 0 };
  if (!parsed.ok) return { stdout: '', stderr: parsed.stderr, exitCode: parsed.exitCode };
  const a = parsed.a;
  if (a.args.length === 0) return { stdout: '', stderr: 'Specify "host" missing argument.\n', exitCode: 2 };
  if (a.args.length > 2) return { stdout: '', stderr: `Extra arg \`${a.args[2].text}' (position 3, argc ${a.args[2].index})\n`, exitCode: 2 };
  const [host, len] = a.args;
  const g = getaddr(ctx, host.text, a.family);
  if (!g.ok) return { stdout: '', stderr: `${g.line}Cannot handle "host" cmdline arg \`${host.text}' on position 1 (argc ${host.index})\n`, exitCode: 2 };
  const family: IpFamily = a.family ?? (g.addr.includes(':') ? 'IPv6' : 'IPv4');
  let packetLen = -1;
  if (len) {
    const n = clifInt(len.text);
    if (n === undefined) return { stdout: '', stderr: `Cannot handle "packetlen" cmdline arg \`${len.text}' on position 2 (argc ${len.index})\n`, exitCode: 2 };
    packetLen = n;
  }
  const bad = checkTracerouteArgs(a, family, packetLen);
  if (bad && !bad.ok) return { stdout: '', stderr: bad.stderr, exitCode: bad.exitCode };
  const headerLen = (family === 'IPv4' ? 20 : 40) + 8;
  const dataLen = packetLen < 0 ? DEF_DATA_LEN - 8 : packetLen >= headerLen ? packetLen - headerLen : 0;
  return { a, family, dst: g.addr, host: host.text, packetLen: headerLen + dataLen };
}

/** traceroute 2.1.2: print_header(), the probes, print_end(); exit 0 once it ran. */
function traceroute21(ctx: CommandContext, argv: readonly string[]): CommandResult {
  const t = prepare(ctx, argv);
  if ('stderr' in t) return t;
  const header = `traceroute to ${t.host} (${t.dst}), ${t.a.maxHops} hops max, ${t.packetLen} byte packets`;
  const net = ctx.exec.net;
  if (!net) return { stdout: header, stderr: '\ntraceroute: the dataplane is not running\n', exitCode: 1 };
  // mod-udp.c connects each probe's socket: error("connect") prints a newline, then perror().
  const unreachable = { stdout: header, stderr: '\nconnect: Network is unreachable\n', exitCode: 1 };
  if (!net.route(t.dst).ok) return unreachable;
  const r = net.traceroute({
    family: t.family, dst: t.dst, firstTtl: t.a.firstTtl, maxHops: t.a.maxHops, queries: t.a.queries,
    waitMs: t.a.waitSecs * 1000, packetLen: t.packetLen, basePort: t.a.port || DEF_START_PORT,
  });
  if (!r.ok) return unreachable;
  const prAddr = (a: string) => (t.a.numeric ? a : `${reverseHost(ctx, a) ?? a} (${a})`);
  return { stdout: header + renderHops(r.hops, prAddr), stderr: '', exitCode: 0 };
}

export const traceroute: CommandHandler = (ctx, argv) =>
  (ctx.flavor === 'busybox' ? busyboxTraceroute(ctx, argv) : traceroute21(ctx, argv));

/** traceroute 2.1 takes IPv6 from a program name ending in 6; busybox runs traceroute6_main. */
export const traceroute6: CommandHandler = (ctx, argv) => traceroute(ctx, ['traceroute6', ...argv.slice(1)]);
