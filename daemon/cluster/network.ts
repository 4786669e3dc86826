// The cluster's network: keeps the dataplane's ForwardingProgram current with the store
// (compile on demand when the store moved on; generation = store revision), runs the tools'
// exchanges on the in-thread dataplane with the virtual clock and a seeded random source of
// its own, and hands out each namespace's NetAccess. Imports dataplane/index.ts, compile/, exec/net.ts.
import { LocalDataplane, type CaptureSink, type ProbeSpec, type ProgramListener, type TraceStep } from '../../dataplane/index.js';
import { compile } from '../compile/compile.js';
import type { ClusterConfig } from '../config/config.js';
import type { Node, Pod } from '../domain/types.js';
import type { EchoOptions, NetAccess, TracerouteOptions, ConnectOptions, ConnectResult, RouteCheck } from '../exec/net.js';
import type { Clock } from '../sim/clock.js';
import { Rng } from '../sim/rng.js';
import type { Store } from '../store/store.js';

/** Installed programs are announced here (the worker host subscribes). */
export type InstallListener = (program: ReturnType<typeof compile>) => void;

export class ClusterNetwork {
  readonly dataplane = new LocalDataplane();
  private compiledRevision = -1;
  private readonly rng: Rng;
  private readonly installListeners: InstallListener[] = [];

  constructor(private readonly config: ClusterConfig, private readonly store: Store, private readonly clock: Clock, seed: number) {
    this.rng = new Rng((seed ^ 0x6e65_7473) >>> 0);
  }

  onInstall(l: InstallListener): void { this.installListeners.push(l); }

  /** Compiles and installs the program when the store changed since the last install. */
  sync(): void {
    const rev = this.store.revision;
    if (rev === this.compiledRevision) return;
    const program = compile({
      generation: rev, cniMode: this.config.cniMode, proxyMode: this.config.kubeProxyMode,
      podSubnets: this.config.podSubnets, nodeSubnets: this.config.nodeSubnets,
      nodes: this.store.list('Node'), pods: this.store.list('Pod'),
      services: this.store.list('Service'), slices: this.store.list('EndpointSlice'),
      listeners: (pod) => this.podListeners(pod),
    });
    this.dataplane.install(program);
    this.compiledRevision = rev;
    for (const l of this.installListeners) l(program);
  }

  /** What a pod serves: provided by the kubelet (set by the cluster at composition). */
  podListeners: (pod: Pod) => ProgramListener[] = () => [];

  /** The namespace name of a pod's network (its node's for hostNetwork pods). */
  namespaceOfPod(pod: Pod): string {
    return pod.spec.hostNetwork ? `node/${pod.spec.nodeName}` : `pod/${pod.metadata.namespace}/${pod.metadata.name}`;
  }

  accessForPod(pod: Pod): NetAccess { return this.access(this.namespaceOfPod(pod)); }
  accessForNode(node: Node): NetAccess { return this.access(`node/${node.metadata.name}`); }

  /** One packet traced hop by hop from `namespace`. */
  trace(namespace: string, spec: ProbeSpec): { steps: TraceStep[]; delivered: boolean } | { error: 'network-unreachable' } | { error: 'no-namespace' } {
    this.sync();
    if (!this.dataplane.hasNamespace(namespace)) return { error: 'no-namespace' };
    return this.dataplane.trace(namespace, spec, this.runContext());
  }

  /** Attaches a capture to an interface of a namespace; returns the function that detaches it. */
  capture(namespace: string, iface: string, sink: CaptureSink): () => void {
    this.sync();
    const id = this.dataplane.attachCapture(namespace, iface, sink);
    return () => this.dataplane.detachCapture(id);
  }

  hasNamespace(namespace: string): boolean { this.sync(); return this.dataplane.hasNamespace(namespace); }
  interfacesOf(namespace: string): string[] { this.sync(); return this.dataplane.interfacesOf(namespace); }

  private runContext() { return { rand: () => this.rng.nextU32() / 0x1_0000_0000, startMs: this.clock.now() }; }

  private access(namespace: string): NetAccess {
    const net = this;
    const ready = (): boolean => { net.sync(); return net.dataplane.hasNamespace(namespace); };
    return {
      route(dst: string): RouteCheck {
        if (!ready()) return { ok: false, error: 'network-unreachable' };
        return net.dataplane.routeCheck(namespace, dst);
      },
      echo(opts: EchoOptions) {
        if (!ready()) return { ok: false, error: 'network-unreachable' };
        const run = net.dataplane.echo(namespace, { ...opts }, net.runContext(), opts.firstSeq ?? 1);
        if (run.ok) net.clock.advance(Math.max(0, ...run.probes.map((p) => p.atMs ?? p.sentAtMs)));
        return run;
      },
      traceroute(opts: TracerouteOptions) {
        if (!ready()) return { ok: false, error: 'network-unreachable' };
        return net.dataplane.traceroute(namespace, { ...opts, srcPort: 33000 + (net.rng.nextU32() % 20000) }, net.runContext());
      },
      connect(opts: ConnectOptions): ConnectResult {
        if (!ready()) return { outcome: 'network-unreachable' };
        const r = net.dataplane.connect(namespace, opts, net.runContext());
        net.clock.advance(r.outcome === 'ok' ? r.totalMs : 'elapsedMs' in r ? r.elapsedMs : 0);
        return r;
      },
      interfaces: () => net.interfacesOf(namespace),
      capture: (iface, sink) => net.capture(namespace, iface, (p) => sink({ data: p.data, atMs: p.atMs, direction: p.direction })),
    };
  }
}
