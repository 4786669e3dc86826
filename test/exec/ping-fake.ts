// A scripted NetAccess for the ping and traceroute tests: echo runs built from per-probe
// scripts (replies, ICMP errors, silence) with the dataplane's timing rules, traceroute hops as
// given, and a CommandContext around it. Test-only.
import type { CommandContext, CommandResult, Flavor, RunMode } from '../../daemon/exec/command.js';
import type { EchoOptions, EchoProbe, EchoResult, IcmpErrorKind, NetAccess, TraceHop, TracerouteOptions } from '../../daemon/exec/net.js';
import { pod, podContext } from './fixtures.js';

/** What happens to the i-th probe of a run. */
export type ProbeScript =
  | { reply: { rttMs: number; ttl?: number; from?: string } }
  | { error: IcmpErrorKind; from: string; afterMs: number }
  | { lost: true };

export interface FakeNet extends NetAccess { echoCalls: EchoOptions[]; traceCalls: TracerouteOptions[] }

export interface FakeScript {
  /** The i-th probe's fate (cycled); replies with 0.1 ms and ttl 62 when absent. */
  probes?: ProbeScript[];
  /** Addresses without a route in this namespace. */
  noRoute?: string[];
  /** Extra milliseconds each interval drifts by (timer slack). */
  slackMs?: number;
  hops?: TraceHop[];
  reached?: boolean;
}

/** A reply at `rttMs`. */
export const reply = (rttMs: number, ttl = 62, from?: string): ProbeScript => ({ reply: { rttMs, ttl, ...(from ? { from } : {}) } });

export function fakeNet(script: FakeScript = {}, src = { v4: '10.244.1.7', v6: 'fd00:10:244:1::7' }): FakeNet {
  const echoCalls: EchoOptions[] = [];
  const traceCalls: TracerouteOptions[] = [];
  const routed = (dst: string) => !(script.noRoute ?? []).includes(dst);
  const probe = (o: EchoOptions, i: number): EchoProbe => {
    const sentAtMs = i * (o.intervalMs + (script.slackMs ?? 1));
    const s = script.probes?.length ? script.probes[i % script.probes.length] : reply(0.1);
    const base = { seq: ((o.firstSeq ?? 1) + i) & 0xffff, sentAtMs };
    if ('lost' in s) return { ...base, outcome: 'lost' };
    if ('error' in s) return { ...base, outcome: 'error', atMs: sentAtMs + s.afterMs, from: s.from, error: s.error };
    return { ...base, outcome: 'reply', atMs: sentAtMs + s.reply.rttMs, rttMs: s.reply.rttMs, ttl: s.reply.ttl ?? 62, bytes: o.payloadSize + 8, from: s.reply.from ?? o.dst };
  };
  return {
    echoCalls, traceCalls,
    route: (dst) => (routed(dst) ? { ok: true, family: dst.includes(':') ? 'IPv6' : 'IPv4', src: dst.includes(':') ? src.v6 : src.v4 } : { ok: false, error: 'network-unreachable' }),
    echo: (o): EchoResult => {
      echoCalls.push(o);
      if (!routed(o.dst)) return { ok: false, error: 'network-unreachable' };
      return { ok: true, src: o.dst.includes(':') ? src.v6 : src.v4, probes: Array.from({ length: o.count }, (_, i) => probe(o, i)) };
    },
    traceroute: (o) => {
      traceCalls.push(o);
      if (!routed(o.dst)) return { ok: false, error: 'network-unreachable' };
      return { ok: true, src: src.v4, hops: script.hops ?? [], reached: script.reached ?? true };
    },
    connect: () => ({ outcome: 'network-unreachable' }),
    interfaces: () => ['lo', 'eth0'],
    capture: () => () => undefined,
  };
}

export interface ContextOptions { flavor?: Flavor; mode?: RunMode; hosts?: string; net?: NetAccess | null }

/** A CommandContext in a pod `client` (10.244.1.7, fd00:10:244:1::7) with `hosts` appended to /etc/hosts. */
export function pingContext(image: string, o: ContextOptions = {}): CommandContext {
  const exec = podContext(pod('client', image, ['10.244.1.7', 'fd00:10:244:1::7']), o.net === null ? {} : { net: o.net ?? fakeNet() });
  const files = new Map(exec.files);
  files.set('/etc/hosts', `${files.get('/etc/hosts')}${o.hosts ?? ''}`);
  const withFiles = { ...exec, files };
  return {
    exec: withFiles, flavor: o.flavor ?? 'gnu', mode: o.mode ?? 'exec', stdin: '', env: exec.env,
    readFile: (p) => files.get(p), listFiles: () => [...files.keys()],
  };
}

/** stdout, stderr and the exit code as one golden text. */
export function transcript(argv: readonly string[], r: CommandResult): string {
  const tail = r.blocks ? ' (still running)' : r.follow ? ' (following)' : '';
  return `$ ${argv.join(' ')}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}\n--- exit ${r.exitCode}${tail}\n`;
}
