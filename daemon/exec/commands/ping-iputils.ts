// iputils 20221126 ping (Debian 12): destination choice as main() and ping4_run/ping6_run make
// it, the header, reply and ICMP-error lines, when the run stops (main_loop, __schedule_exit,
// the -w alarm) and finish()'s statistics and exit code. Imports exec/ and ping-* siblings.
import { parseIp } from '../../../dataplane/wire/ip.js';
import type { IpFamily } from '../../domain/types.js';
import { blocking, type CommandContext, type CommandResult } from '../command.js';
import type { EchoOptions, EchoProbe, IcmpErrorKind, NetAccess } from '../net.js';
import { gaiStrerror, lookupHost, reverseHost, type HostLookup } from '../resolve.js';
import { iputilsUsage, parseIputilsArgs, type IputilsOptions } from './ping-args.js';
import { addRtt, elapsedMs, emptyRtt, iputilsLoss, iputilsRttLine, iputilsTime, ipgEwma, toMicros } from './ping-stats.js';
import { echoIdent, followEcho, MAX_PROBES, playEcho, STREAM_CUT, tooLong, type EchoSession } from './ping-timeline.js';

/** Where ping sends and how it names addresses (ping4_run / ping6_run). */
export interface IputilsTarget {
  family: IpFamily;
  dst: string;
  /** rts->hostname: the literal as typed, or the canonical name (IPv4) / the name as typed (IPv6). */
  hostname: string;
  /** No reverse lookups: -n, or a literal destination. */
  numeric: boolean;
  /** The header's `from SRC DEV: ` part, printed with -I. */
  from?: string;
}

// ping.c pr_icmph and ping6_common.c print_icmp, for the errors the dataplane reports.
const V4_TEXT: Record<IcmpErrorKind, string> = {
  'net-unreachable': 'Destination Net Unreachable', 'host-unreachable': 'Destination Host Unreachable',
  'port-unreachable': 'Destination Port Unreachable', 'admin-prohibited': 'Packet filtered', 'ttl-exceeded': 'Time to live exceeded',
};
const V6_TEXT: Record<IcmpErrorKind, string> = {
  'net-unreachable': 'Destination unreachable: No route', 'host-unreachable': 'Destination unreachable: Address unreachable',
  'port-unreachable': 'Destination unreachable: Port unreachable', 'admin-prohibited': 'Destination unreachable: Administratively prohibited',
  'ttl-exceeded': 'Time exceeded: Hop limit',
};

/** The state main_loop() and gather_statistics() keep, and finish()'s report. */
export class IputilsSession implements EchoSession {
  transmitted = 0; received = 0; errors = 0; pipesize = -1;
  readonly drainsQueue = true;
  private readonly rtt = emptyRtt();
  private lastSendMs = 0;
  private lingerUntil = Infinity;
  private ewma8 = 0;

  constructor(private readonly o: IputilsOptions, private readonly t: IputilsTarget, private readonly prAddr: (a: string) => string) {}

  header(): string {
    const s = this.o.payload;
    const from = this.t.from ?? '';
    return this.t.family === 'IPv4'
      ? `PING ${this.t.hostname} (${this.t.dst}) ${from}${s}(${s + 28}) bytes of data.\n`
      : `PING ${this.t.hostname}(${this.prAddr(this.t.dst)}) ${from}${s} data bytes\n`;
  }

  exitAt(): number { return Math.min(this.o.deadline ? this.o.deadline * 1000 : Infinity, this.lingerUntil); }

  done(): boolean {
    return (this.o.count !== undefined && this.received + this.errors >= this.o.count) || (this.o.deadline > 0 && this.errors > 0);
  }

  send(p: EchoProbe): void {
    this.transmitted++;
    this.lastSendMs = p.sentAtMs;
    // __schedule_exit: after the last of -c probes (no -w), wait 2*tmax (at least the interval)
    // if anything came back, else the linger time (-W); -W 0 disarms the timer.
    if (this.o.count !== undefined && !this.o.deadline && this.transmitted >= this.o.count && this.lingerUntil === Infinity) {
      const waitUs = this.received ? Math.max(2 * this.rtt.max, this.o.intervalMs * 1000) : this.o.lingerMs * 1000;
      if (waitUs > 0) this.lingerUntil = p.sentAtMs + waitUs / 1000;
    }
  }

  receive(p: EchoProbe): string {
    if (p.outcome === 'error') return this.receiveError(p);
    this.received++;
    this.acknowledge(p.seq);
    const timing = this.o.payload >= 16;                     // datalen >= sizeof(struct timeval)
    const us = toMicros(p.rttMs ?? 0);
    if (timing) {
      addRtt(this.rtt, us);
      this.ewma8 = this.ewma8 ? this.ewma8 + us - Math.trunc(this.ewma8 / 8) : us * 8;
    }
    if (this.o.quiet) return '';
    const bytes = p.bytes ?? this.o.payload + 8;
    let line = `${bytes} bytes from ${this.prAddr(p.from ?? this.t.dst)}: icmp_seq=${p.seq} ttl=${p.ttl ?? 64}`;
    if (timing) line += ` time=${iputilsTime(us)} ms`;
    if (p.from !== undefined && p.from !== this.t.dst) line += ' (DIFFERENT ADDRESS!)';
    return `${line}\n`;
  }

  private receiveError(p: EchoProbe): string {
    this.errors++;
    if (this.t.family === 'IPv4') this.acknowledge(p.seq);   // ping6_receive_error_msg does not acknowledge
    if (this.o.quiet) return '';
    const text = (this.t.family === 'IPv4' ? V4_TEXT : V6_TEXT)[p.error ?? 'host-unreachable'];
    return `From ${this.prAddr(p.from ?? this.t.dst)} icmp_seq=${p.seq} ${text}\n`;
  }

  /** ping.h acknowledge(): the pipe is how many probes were out when an answer came back. */
  private acknowledge(seq: number): void {
    const diff = (this.transmitted - seq) & 0xffff;
    if (diff <= 0x7fff && diff + 1 > this.pipesize) this.pipesize = diff + 1;
  }

  finish(): { text: string; exitCode: number } {
    let text = `\n--- ${this.t.hostname} ping statistics ---\n${this.transmitted} packets transmitted, ${this.received} received`;
    if (this.errors) text += `, +${this.errors} errors`;
    if (this.transmitted) text += `, ${iputilsLoss(this.transmitted, this.received)}% packet loss, time ${elapsedMs(this.lastSendMs)}ms`;
    const parts: string[] = [];
    if (this.received && this.rtt.count) parts.push(iputilsRttLine(this.rtt));
    if (this.pipesize > 1) parts.push(`pipe ${this.pipesize}`);
    if (this.received && this.o.intervalMs === 0 && this.transmitted > 1) {
      parts.push(ipgEwma((this.lastSendMs * 1000) / (this.transmitted - 1), this.ewma8));
    }
    text += `\n${parts.join(', ')}\n`;
    const short = this.o.deadline > 0 && this.o.count !== undefined && this.received < this.o.count;
    return { text, exitCode: !this.received || short ? 1 : 0 };
  }
}

type Choice = { ok: true; target: IputilsTarget } | { ok: false; stderr: string };

/**
 * main()'s loop over getaddrinfo(AF_UNSPEC)'s answers: skip those of the wrong family
 * (EAI_ADDRFAMILY when none is left), and go on to the next when connect() finds no route.
 */
function chooseTarget(found: Extract<HostLookup, { ok: true }>, net: NetAccess, o: IputilsOptions, prog: string, name: string): Choice {
  const addrs = found.addresses;
  for (let i = 0; i < addrs.length; i++) {
    const family: IpFamily = addrs[i].includes(':') ? 'IPv6' : 'IPv4';
    const last = i === addrs.length - 1;
    if (o.family && o.family !== family) {
      if (last) return { ok: false, stderr: `${prog}: ${name}: ${gaiStrerror('EAI_ADDRFAMILY')}\n` };
      continue;
    }
    if (!net.route(addrs[i]).ok) {
      if (last) return { ok: false, stderr: `${prog}: connect: Network is unreachable\n` };
      continue;
    }
    // ping4_run: a literal is printed as typed and never looked up; a name shows its canonical
    // name. ping6_run: the destination as typed; numeric when it contains a colon.
    const literal = parseIp(name) !== undefined;
    const hostname = family === 'IPv6' || literal ? name : found.canonical;
    const numeric = o.numeric || (family === 'IPv4' ? literal : name.includes(':'));
    return { ok: true, target: { family, dst: addrs[i], hostname, numeric } };
  }
  return { ok: false, stderr: `${prog}: ${name}: ${gaiStrerror('EAI_NONAME')}\n` };
}

/** How many probes ping could send: -c alone, else as many intervals as fit before -w's alarm. */
function probeBudget(o: IputilsOptions): number {
  if (!o.deadline) return o.count!;
  const fit = o.intervalMs > 0 ? Math.ceil((o.deadline * 1000) / o.intervalMs) : MAX_PROBES;
  return Math.max(1, Math.min(fit, MAX_PROBES));
}

const unsent = (count: number, intervalMs: number): EchoProbe[] =>
  Array.from({ length: count }, (_, i) => ({ seq: i + 1, sentAtMs: i * intervalMs, outcome: 'lost' as const }));

/** `ping` / `ping6` in a Debian-family image. */
export function iputilsPing(ctx: CommandContext, argv: readonly string[]): CommandResult {
  const prog = argv[0];
  const parsed = parseIputilsArgs(argv);
  if (!parsed.ok) return { stdout: '', stderr: parsed.stderr, exitCode: parsed.exitCode };
  const o = parsed.o;
  const name = o.targets[o.targets.length - 1];
  if (name === undefined) return { stdout: '', stderr: `${o.warnings}${prog}: usage error: Destination address required\n`, exitCode: 1 };
  const found = lookupHost(ctx, name);
  if (!found.ok) return { stdout: '', stderr: `${o.warnings}${prog}: ${name}: ${gaiStrerror(found.error)}\n`, exitCode: 2 };
  const net = ctx.exec.net;
  if (!net) return { stdout: '', stderr: `${o.warnings}${prog}: the dataplane is not running\n`, exitCode: 2 };
  const choice = chooseTarget(found, net, o, prog, name);
  if (!choice.ok) return { stdout: '', stderr: o.warnings + choice.stderr, exitCode: 2 };
  const t = choice.target;
  if (o.device !== undefined && !net.interfaces().includes(o.device)) {
    const msg = t.family === 'IPv4' ? `SO_BINDTODEVICE ${o.device}: No such device` : `unknown iface: ${o.device}`;
    return { stdout: '', stderr: `${o.warnings}${prog}: ${msg}\n`, exitCode: 2 };
  }
  if (o.device !== undefined || o.source !== undefined) {
    const r = net.route(t.dst);
    t.from = `from ${o.source ?? (r.ok ? r.src : '')} ${o.device ?? ''}: `;
  }
  if (t.family === 'IPv6' && o.targets.length > 1) return { stdout: '', stderr: o.warnings + iputilsUsage(), exitCode: 2 };
  if (t.family === 'IPv4' && o.ttl === 0) return { stdout: '', stderr: `${o.warnings}${prog}: cannot set unicast time-to-live: Invalid argument\n`, exitCode: 2 };
  const prAddr = (a: string) => (t.numeric ? a : `${reverseHost(ctx, a) ?? a} (${a})`);
  const session = new IputilsSession(o, t, prAddr);
  const echo: EchoOptions = { family: t.family, dst: t.dst, count: 0, intervalMs: o.intervalMs, payloadSize: o.payload, ttl: o.ttl ?? 64, ident: echoIdent(ctx, t.dst) };
  const header = session.header();
  if (o.count === undefined && !o.deadline) return runsForever(ctx, net, echo, session, header, o.warnings);
  const r = tooLong(t.family, o.payload) ? { ok: true as const, probes: unsent(probeBudget(o), o.intervalMs) } : net.echo({ ...echo, count: probeBudget(o) });
  if (!r.ok) return { stdout: '', stderr: `${o.warnings}${prog}: connect: Network is unreachable\n`, exitCode: 2 };
  const lines = playEcho(session, r.probes);
  const { text, exitCode } = session.finish();
  return { stdout: header + lines + text, stderr: o.warnings, exitCode };
}

/** No -c and no -w: a live stream inside exec; a container's own ping shows its first probes and runs on. */
function runsForever(ctx: CommandContext, net: NetAccess, echo: EchoOptions, session: IputilsSession, header: string, warnings: string): CommandResult {
  if (ctx.mode === 'exec') return { stdout: header, stderr: warnings, exitCode: 0, follow: followEcho(net, echo, session, 1) };
  const r = net.echo({ ...echo, count: STREAM_CUT });
  const lines = r.ok ? playEcho(session, r.probes) : '';
  return { ...blocking([], header + lines), stderr: warnings };
}
