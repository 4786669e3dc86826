// LocalDataplane: the in-thread dataplane the control plane runs exchanges on (a ping, a
// traceroute, a traced packet). It installs ForwardingPrograms atomically (build the tables,
// then swap one reference), resolves namespace names, and feeds captures from the walk's taps.
import { ipPacketLength } from '../wire/ip-packet.js';
import { buildFib, type Fib } from '../tables/fib.js';
import { PacketState } from '../pipeline/state.js';
import { purgeStale } from './stale-flows.js';
import type { ForwardingProgram } from '../tables/program.js';
import { runEcho, type EchoRun, type EchoSpec } from '../exchange/echo.js';
import { runTraceroute, type TracerouteRun, type TracerouteSpec } from '../exchange/traceroute.js';
import { runConnect, type ConnectRun, type ConnectSpec } from '../exchange/connect.js';
import { pickSource } from '../exchange/route-check.js';
import { familyOf, formatIp, parseIp, type IpFamily } from '../wire/ip.js';
import { probePacket, type ProbeSpec } from '../exchange/probe-packet.js';
import type { TraceStep } from '../exchange/trace-step.js';
import { walk, type Tap, type WalkEnv } from '../exchange/walk.js';

/** A captured packet: a copy of its bytes, when (virtual epoch ms) and where it crossed. */
export interface CapturedPacket { data: Uint8Array; atMs: number; namespace: string; iface: string; direction: 'in' | 'out'; /** The verdict of the hop that sent it (pcapng comment). */ note?: string }
export type CaptureSink = (p: CapturedPacket) => void;

interface Capture { namespace: string; iface: string; sink: CaptureSink }

export interface RunContext {
  /** Seeded random source for latencies. */
  rand: () => number;
  /** Virtual epoch ms at which the exchange starts. */
  startMs: number;
}

export class LocalDataplane {
  private fib: Fib | undefined;
  private names = new Map<string, number>();
  private readonly captures = new Map<number, Capture>();
  private nextCapture = 1;
  private startMs = 0;
  private rand: () => number = Math.random;
  /** Conntrack and choices of the main thread's exchanges; `pick` draws from the run's seeded source. */
  readonly state = new PacketState((n) => Math.floor(this.rand() * n));

  get generation(): number { return this.fib?.generation ?? 0; }
  get program(): ForwardingProgram | undefined { return this.fib?.program; }

  /** Builds the tables of `p` and swaps them in. Throws (programmer error) on an invalid program. */
  install(p: ForwardingProgram): void {
    const fib = buildFib(p);
    this.names = new Map(p.namespaces.map((ns, i) => [ns.name, i]));
    const old = this.fib;
    this.fib = fib;
    this.state.resize(p.services.length);
    if (old) purgeStale(this.state, old, fib);
    this.applyTaps();
  }

  hasNamespace(name: string): boolean { return this.names.has(name); }

  /** Interface names of a namespace, in index order. */
  interfacesOf(name: string): string[] {
    const n = this.names.get(name);
    return n === undefined || !this.fib ? [] : this.fib.program.namespaces[n].interfaces.map((i) => i.name);
  }

  attachCapture(namespace: string, iface: string, sink: CaptureSink): number {
    const id = this.nextCapture++;
    this.captures.set(id, { namespace, iface, sink });
    this.applyTaps();
    return id;
  }

  detachCapture(id: number): void {
    this.captures.delete(id);
    this.applyTaps();
  }

  echo(namespace: string, spec: EchoSpec, ctx: RunContext, firstSeq = 1): EchoRun {
    return runEcho(this.env(ctx), this.nsOf(namespace), spec, firstSeq);
  }

  traceroute(namespace: string, spec: TracerouteSpec, ctx: RunContext): TracerouteRun {
    return runTraceroute(this.env(ctx), this.nsOf(namespace), spec);
  }

  /** Whether `namespace` has a route to `dst` and the source it would use (connect()'s ENETUNREACH check). */
  routeCheck(namespace: string, dst: string): { ok: true; family: IpFamily; src: string } | { ok: false; error: 'network-unreachable' } {
    const a = parseIp(dst), family = familyOf(dst);
    const src = a === undefined ? undefined : pickSource(this.fib!, this.nsOf(namespace), a);
    return src === undefined || !family ? { ok: false, error: 'network-unreachable' } : { ok: true, family, src: formatIp(src) };
  }

  connect(namespace: string, spec: Omit<ConnectSpec, 'startMs'>, ctx: RunContext): ConnectRun {
    return runConnect(this.env(ctx), this.nsOf(namespace), { ...spec, startMs: ctx.startMs });
  }

  /** One packet from `namespace`, walked with every step recorded (the Trace RPC). */
  trace(namespace: string, spec: ProbeSpec, ctx: RunContext): { steps: TraceStep[]; delivered: boolean } | { error: 'network-unreachable' } {
    const ns = this.nsOf(namespace);
    const pkt = probePacket(this.fib!, ns, spec);
    if (!pkt) return { error: 'network-unreachable' };
    const steps: TraceStep[] = [];
    const a = walk({ ...this.env(ctx), trace: steps }, ns, pkt, 0);
    return { steps, delivered: a.delivered };
  }

  private nsOf(name: string): number {
    const n = this.names.get(name);
    if (n === undefined || !this.fib) throw new Error(`no network namespace ${name}`);
    return n;
  }

  private env(ctx: RunContext): WalkEnv {
    this.startMs = ctx.startMs;
    this.rand = ctx.rand;
    this.state.nowS = ctx.startMs / 1000;
    return { fib: this.fib!, state: this.state, rand: ctx.rand, ...(this.captures.size ? { tap: this.tap } : {}) };
  }

  private readonly tap: Tap = (gid, dir, pkt, atNs, note) => {
    const f = this.fib!;
    const ns = f.program.namespaces[f.ifaceNs[gid]], iface = ns.interfaces[f.ifaceIndex[gid]].name;
    const data = pkt.slice(0, Math.min(ipPacketLength(pkt), pkt.length));
    for (const c of this.captures.values()) {
      if (c.namespace === ns.name && c.iface === iface) c.sink({ data, atMs: this.startMs + atNs / 1e6, namespace: ns.name, iface, direction: dir, ...(note ? { note } : {}) });
    }
  };

  private applyTaps(): void {
    const f = this.fib;
    if (!f) return;
    f.tapMask.fill(0);
    for (const c of this.captures.values()) {
      const n = this.names.get(c.namespace);
      if (n === undefined) continue;
      const i = f.program.namespaces[n].interfaces.findIndex((x) => x.name === c.iface);
      if (i >= 0) f.tapMask[f.nsIfaceBase[n] + i] = 1;
    }
  }
}
