// busybox 1.36 ping/ping6 (networking/ping.c, FEATURE_FANCY_PING): getopt32 options and their
// libbb number errors, `seq=` from 0, ICMP errors ignored (the probe counts as lost), the -c/-W
// alarm and -w deadline, print_stats_and_exit(). Imports exec/ and ping-* siblings.
import type { IpFamily } from '../../domain/types.js';
import { blocking, type CommandContext, type CommandResult } from '../command.js';
import type { EchoOptions, EchoProbe } from '../net.js';
import { lookupHost, preferIpv4 } from '../resolve.js';
import { addRtt, busyboxRttLine, emptyRtt, ms3, toMicros } from './ping-stats.js';
import { echoIdent, followEcho, MAX_PROBES, playEcho, shiftProbe, STREAM_CUT, tooLong, type EchoSession } from './ping-timeline.js';

export interface BusyboxPingOptions {
  family?: IpFamily;
  count?: number;
  /** -w seconds (0 = none). */
  deadline: number;
  /** -W seconds to wait after the last -c probe when nothing came back (10). */
  timeout: number;
  intervalMs: number;
  payload: number;
  ttl?: number;
  quiet: boolean;
  /** -I: an interface name, else a source address (printed in the header). */
  iface?: string;
  host?: string;
}

const USAGE = `Usage: ping [OPTIONS] HOST

Send ICMP ECHO_REQUESTs to HOST

\t-4,-6\t\tForce IP or IPv6 name resolution
\t-c CNT\t\tSend only CNT pings
\t-s SIZE\t\tSend SIZE data bytes in packets (default 56)
\t-i SECS\t\tInterval
\t-A\t\tPing as soon as reply is received
\t-t TTL\t\tSet TTL
\t-I IFACE/IP\tSource interface or IP address
\t-W SEC\t\tSeconds to wait for the first response (default 10)
\t\t\t(after all -c CNT packets are sent)
\t-w SEC\t\tSeconds until ping exits (default:infinite)
\t\t\t(can exit earlier with -c CNT)
\t-q\t\tQuiet, only display output at start/finish
\t-p HEXBYTE\tPayload pattern
`;

const version = (ctx: CommandContext) => (ctx.exec.image.family === 'busybox' ? ctx.exec.image.version : '1.36.1');
// ping6's usage has neither -4,-6 nor -t (ping.c ping6_full_usage).
const usageText = (prog: string) => (prog === 'ping6' ? USAGE.replace('ping', 'ping6').replace(/\t-4,-6[^\n]*\n|\t-t TTL[^\n]*\n/g, '') : USAGE);
const usage = (ctx: CommandContext, prog: string, msg = ''): CommandResult =>
  ({ stdout: '', stderr: `${msg}BusyBox v${version(ctx)} multi-call binary.\n\n${usageText(prog)}`, exitCode: 1 });
const die = (prog: string, msg: string): CommandResult => ({ stdout: '', stderr: `${prog}: ${msg}\n`, exitCode: 1 });

/** libbb xatou_range(): decimal digits only, else `invalid number`, then the range check. */
function xatou(prog: string, s: string, max: number): number | CommandResult {
  if (!/^\d+$/.test(s)) return die(prog, `invalid number '${s}'`);
  const v = Number(s);
  return v > max ? die(prog, `number ${s} is not in 0..${max} range`) : v;
}

const SUFFIX: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/**
 * libbb parse_duration_str(): with a '.', strtod() must take all of [0-9.]* (else usage) and
 * the rest is checked as the suffix of a "1" (so `0.x` fails as `invalid number '1x'`);
 * without one, xatoul_sfx() over the whole argument.
 */
function duration(prog: string, s: string): number | 'usage' | CommandResult {
  if (s.includes('.')) {
    const num = /^[0-9.]*/.exec(s)![0], rest = s.slice(num.length);
    if (!/^(\d+\.?\d*|\.\d+)$/.test(num)) return 'usage';
    return rest in SUFFIX ? Number(num) * SUFFIX[rest] : die(prog, `invalid number '1${rest}'`);
  }
  const m = /^(\d+)([smhd]?)$/.exec(s);
  return m ? Number(m[1]) * SUFFIX[m[2]] : die(prog, `invalid number '${s}'`);
}

/** getopt32("qvAc:+s:t:+w:+W:+I:np:i:46", "=1:q--v:v--q"). */
export function parseBusyboxPing(ctx: CommandContext, argv: readonly string[]): BusyboxPingOptions | CommandResult {
  const prog = argv[0];
  const o: BusyboxPingOptions = { deadline: 0, timeout: 10, intervalMs: 1000, payload: 56, quiet: false, ...(prog === 'ping6' ? { family: 'IPv6' as const } : {}) };
  const hosts: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { hosts.push(...argv.slice(i + 1)); break; }
    if (!a.startsWith('-') || a === '-') { hosts.push(a); continue; }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if ('cstwWIpi'.includes(c)) {
        const v = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
        if (v === undefined) return usage(ctx, prog, `${prog}: option requires an argument -- '${c}'\n`);
        const r = valued(ctx, prog, c, v, o);
        if (r) return r;
        break;
      }
      if (c === 'q') o.quiet = true;
      else if (c === '4' || c === '6') o.family = c === '4' ? 'IPv4' : 'IPv6';
      else if (c === 'A') return die(prog, 'option -A is not simulated by netsim');
      else if (c !== 'v' && c !== 'n') return usage(ctx, prog, `${prog}: invalid option -- '${c}'\n`);
    }
  }
  if (hosts.length !== 1) return usage(ctx, prog);
  return { ...o, host: hosts[0] };
}

function valued(ctx: CommandContext, prog: string, c: string, v: string, o: BusyboxPingOptions): CommandResult | undefined {
  if (c === 'i') {
    const d = duration(prog, v);
    if (d === 'usage') return usage(ctx, prog);
    if (typeof d !== 'number') return d;
    o.intervalMs = Math.min(d, 2147483647 / 1000000) * 1000;
    return undefined;
  }
  if (c === 'I') { o.iface = v; return undefined; }
  if (c === 'p') return undefined;                            // the payload pattern: nothing depends on it here
  const n = xatou(prog, v, c === 's' ? 65535 : 2147483647);
  if (typeof n !== 'number') return n;
  if (c === 'c') { if (n > 0) o.count = n; }                 // -c 0: no count
  else if (c === 's') o.payload = n; else if (c === 't') o.ttl = n;
  else if (c === 'w') o.deadline = n; else o.timeout = n;
  return undefined;
}

/** G.* of ping.c and print_stats_and_exit(). */
export class BusyboxSession implements EchoSession {
  transmitted = 0; received = 0;
  readonly drainsQueue = false;
  private readonly rtt = emptyRtt();
  private alarmAt = Infinity;

  constructor(private readonly o: BusyboxPingOptions, private readonly hostname: string) {}

  exitAt(): number {
    const allSent = this.o.count !== undefined && this.o.count > 0 && this.transmitted >= this.o.count;
    return allSent || !this.o.deadline ? this.alarmAt : Math.min(this.alarmAt, this.o.deadline * 1000);
  }

  done(): boolean { return !!this.o.count && this.received >= this.o.count; }

  send(p: EchoProbe): void {
    this.transmitted++;
    // sendping_tail: after the last -c probe, alarm(2 RTTs rounded to whole seconds, at least 1)
    // if anything came back, else alarm(-W); alarm(0) never fires.
    if (this.o.count && this.transmitted >= this.o.count) {
      const expire = this.received ? Math.max(1, Math.trunc(this.rtt.max / (512 * 1024))) : this.o.timeout;
      if (expire > 0) this.alarmAt = p.sentAtMs + expire * 1000;
    }
  }

  receive(p: EchoProbe): string {
    if (p.outcome !== 'reply') return '';                       // unpack4/6 drop what is not an echo reply
    this.received++;
    const timed = this.o.payload >= 4;
    const us = toMicros(p.rttMs ?? 0);
    if (timed) addRtt(this.rtt, us);
    if (this.o.quiet) return '';
    return `${p.bytes ?? this.o.payload + 8} bytes from ${p.from}: seq=${p.seq} ttl=${p.ttl ?? 64}${timed ? ` time=${ms3(us)} ms` : ''}\n`;
  }

  finish(): { text: string; exitCode: number } {
    const tx = this.transmitted, rx = this.received;
    const loss = tx ? Math.trunc(((tx - rx) * 100) / tx) : 0;
    let text = `\n--- ${this.hostname} ping statistics ---\n${tx} packets transmitted, ${rx} packets received, ${loss}% packet loss\n`;
    if (this.rtt.count) text += `${busyboxRttLine(this.rtt)}\n`;
    const short = this.o.deadline > 0 && rx < (this.o.count ?? 0);
    return { text, exitCode: rx === 0 || short ? 1 : 0 };
  }
}

/** `ping` / `ping6` in a busybox or alpine image. */
export function busyboxPing(ctx: CommandContext, argv: readonly string[]): CommandResult {
  const prog = argv[0];
  const o = parseBusyboxPing(ctx, argv);
  if ('stderr' in o) return o;
  const host = o.host!;
  const found = lookupHost(ctx, host, o.family);
  const dst = found.ok ? preferIpv4(found.addresses) : undefined;
  if (dst === undefined) return die(prog, `bad address '${host}'`);
  const net = ctx.exec.net;
  if (!net) return die(prog, 'the dataplane is not running');
  // -I: an interface (if_nametoindex) binds quietly; anything else must be a source address.
  const source = o.iface !== undefined && !net.interfaces().includes(o.iface) ? o.iface : undefined;
  if (source !== undefined && lookupHost(ctx, source).ok === false) return die(prog, `bad address '${source}'`);
  const header = `PING ${host} (${dst})${source !== undefined ? ` from ${source}` : ''}: ${o.payload} data bytes\n`;
  if (!net.route(dst).ok) return { stdout: header, stderr: `${prog}: sendto: Network is unreachable\n`, exitCode: 1 };
  const family: IpFamily = dst.includes(':') ? 'IPv6' : 'IPv4';
  if (tooLong(family, o.payload)) return { stdout: header, stderr: `${prog}: sendto: Message too long\n`, exitCode: 1 };
  const echo: EchoOptions = { family, dst, count: 0, intervalMs: o.intervalMs, payloadSize: o.payload, ttl: o.ttl || 64, ident: echoIdent(ctx, dst), firstSeq: 0 };
  const session = new BusyboxSession(o, host);
  if (o.count === undefined && !o.deadline) {
    if (ctx.mode === 'exec') return { stdout: header, stderr: '', exitCode: 0, follow: followEcho(net, echo, session, 0) };
    const r = net.echo({ ...echo, count: STREAM_CUT });
    return blocking([], header + (r.ok ? playEcho(session, r.probes) : ''));
  }
  const budget = o.count ?? (o.intervalMs > 0 ? Math.ceil((o.deadline * 1000) / o.intervalMs) : MAX_PROBES);
  const r = net.echo({ ...echo, count: Math.max(1, Math.min(budget, MAX_PROBES)) });
  if (!r.ok) return { stdout: header, stderr: `${prog}: sendto: Network is unreachable\n`, exitCode: 1 };
  const lines = playEcho(session, r.probes);
  const { text, exitCode } = session.finish();
  return { stdout: header + lines + text, stderr: '', exitCode };
}

/** busybox numbers its probes from 0 (the dataplane's runs start at 1). */
