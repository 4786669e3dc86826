// How a ping run unfolds in time for both personalities: a session (iputils or busybox) replays
// the dataplane's probe outcomes in time order and decides when ping stops; the live form paces
// the same session to the wall clock. Imports command.ts and net.ts types only.
import { fnv1a } from '../../sim/fnv.js';
import type { CommandContext, FollowIo } from '../command.js';
import type { EchoOptions, EchoProbe, NetAccess } from '../net.js';

/** Most probes one run asks the dataplane for (a -w deadline at a tiny -i). */
export const MAX_PROBES = 10_000;

/**
 * A container whose own process is a ping without -c or -w: the synchronous exec model cuts the
 * stream after this many probes and the process keeps running (its logs show them).
 */
export const STREAM_CUT = 5;

/** An echo request no IP packet can carry (the kernel refuses to send it). */
export const tooLong = (family: 'IPv4' | 'IPv6', payload: number): boolean => payload > (family === 'IPv4' ? 65507 : 65527);

/** The echo identifier: stable per namespace and destination, so repeated runs are repeatable. */
export function echoIdent(ctx: CommandContext, dst: string): number {
  return fnv1a(`${ctx.exec.hostname}|${dst}`) & 0xffff;
}

/** One ping personality's state machine, fed in time order. */
export interface EchoSession {
  /** When ping exits on a timer (deadline, or the linger after the last probe); Infinity if none yet. */
  exitAt(): number;
  /** Whether ping has stopped on its own (enough answers, an error under -w, ...). */
  done(): boolean;
  /**
   * iputils drains every answer already queued before it checks whether to stop (main_loop's
   * inner recvmsg loop); busybox checks after each one.
   */
  readonly drainsQueue: boolean;
  /** A probe left at p.sentAtMs. */
  send(p: EchoProbe): void;
  /** Its answer arrived at p.atMs; returns what ping prints for it. */
  receive(p: EchoProbe): string;
  /** The statistics ping prints on exit, and its exit code. */
  finish(): { text: string; exitCode: number };
}

interface TimedEvent { t: number; kind: 0 | 1; p: EchoProbe }   // kind 0 = answer, 1 = send

/** Replays `probes` through `session` until it stops; returns the lines printed on the way. */
export function playEcho(session: EchoSession, probes: readonly EchoProbe[]): string {
  const events: TimedEvent[] = [];
  for (const p of probes) {
    events.push({ t: p.sentAtMs, kind: 1, p });
    if (p.outcome !== 'lost' && p.atMs !== undefined) events.push({ t: p.atMs, kind: 0, p });
  }
  // An answer that arrives at the instant of a send is read first (ping polls before sending).
  events.sort((a, b) => a.t - b.t || a.kind - b.kind || a.p.seq - b.p.seq);
  let out = '', queuedAt = NaN;
  for (const e of events) {
    const queued = session.drainsQueue && e.kind === 0 && e.t === queuedAt;
    if ((!queued && session.done()) || e.t >= session.exitAt()) break;
    if (e.kind === 1) { session.send(e.p); queuedAt = NaN; } else { out += session.receive(e.p); queuedAt = e.t; }
  }
  return out;
}

/** Probe `p` of a one-probe echo run, placed as the k-th probe of a longer run. */
export function shiftProbe(p: EchoProbe, seq: number, offsetMs: number): EchoProbe {
  return { ...p, seq, sentAtMs: p.sentAtMs + offsetMs, ...(p.atMs !== undefined ? { atMs: p.atMs + offsetMs } : {}) };
}

/**
 * ping without -c or -w inside `exec`: one probe per interval, paced to the wall clock, each
 * answer printed when its (virtual) arrival time comes, until the stream is cancelled (Ctrl-C),
 * when the statistics follow as ping prints them on SIGINT. Each probe is its own one-probe
 * echo run carrying its own sequence number, placed on the timeline from `firstSeq` here.
 */
export function followEcho(net: NetAccess, opts: EchoOptions, session: EchoSession, firstSeq: number) {
  return (io: FollowIo, signal: AbortSignal): Promise<number> => new Promise<number>((resolve) => {
    const start = performance.now();
    const pending: EchoProbe[] = [];
    let k = 0, stopped = false, timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      signal.removeEventListener('abort', stop);
      const { text, exitCode } = session.finish();
      io.stdout(text);
      resolve(exitCode);
    };
    const tick = () => {
      const now = performance.now() - start;
      pending.sort((a, b) => a.atMs! - b.atMs!);
      while (!stopped && pending.length && pending[0].atMs! <= now) {
        const line = session.receive(pending.shift()!);
        if (line) io.stdout(line);
      }
      if (stopped) return;
      if (k * opts.intervalMs <= now) {
        const r = tooLong(opts.family, opts.payloadSize) ? { ok: false as const } : net.echo({ ...opts, count: 1, firstSeq: (firstSeq + k) & 0xffff });
        const p = r.ok ? shiftProbe(r.probes[0], (firstSeq + k) & 0xffff, k * opts.intervalMs)
          : { seq: (firstSeq + k) & 0xffff, sentAtMs: k * opts.intervalMs, outcome: 'lost' as const };
        session.send(p);
        if (p.outcome !== 'lost' && p.atMs !== undefined) pending.push(p);
        k++;
      }
      const next = Math.min(k * opts.intervalMs, ...pending.map((p) => p.atMs!));
      timer = setTimeout(tick, Math.max(0, next - (performance.now() - start)));
    };
    if (signal.aborted) { stop(); return; }
    signal.addEventListener('abort', stop, { once: true });
    tick();
  });
}
