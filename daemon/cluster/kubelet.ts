// The simulated kubelet of every node: the files it writes for a pod (/etc/hosts,
// /etc/resolv.conf, /etc/hostname), the environment of each container, the start of a pod's
// containers (what each process does, port conflicts between containers of one pod), logs
// and exec. Pure but for the clock; pod counts per node for the scheduler live here too.
import type { ClusterConfig } from '../config/config.js';
import type { Container, Node, Pod } from '../domain/types.js';
import { runContainer, bindFailureLog } from '../exec/container.js';
import { runExec, type ExecContext, type ExecResult } from '../exec/context.js';
import type { NetAccess } from '../exec/net.js';
import { appOf } from '../exec/app-of.js';
import { appKey, type ProgramListener } from '../../dataplane/index.js';
import { resolveImage, NODE_PROFILE, type ImageProfile } from '../images/catalog.js';
import { formatBashSet, formatBusyboxSet, resolveContainerEnv } from '../kubelet/env.js';
import { containerHostname, renderHosts, renderNodeHosts } from '../kubelet/hosts.js';
import { nodeInterfaces, podInterfaces, type NetNamespace } from '../kubelet/netif.js';
import { kindNodeResolvConf, renderNodeResolvConf, renderResolvConf } from '../kubelet/resolv.js';
import { parseCidr, addrAdd, formatIp } from '../../dataplane/wire/ip.js';
import { rfc3339, type Clock } from '../sim/clock.js';
import { internalIPs } from './ipam.js';
import { containerIdentity } from './container-ids.js';
import { runningStatus, type ContainerOutcome } from './pod-status.js';
import type { PodStatus } from '../domain/types.js';

export interface KubeletEvent { type: 'Normal' | 'Warning'; reason: string; message: string }
export interface StartResult { status: PodStatus; events: KubeletEvent[] }

export class Kubelet {
  private readonly podsPerNode = new Map<string, number>();
  private readonly listenerCache = new Map<string, ProgramListener[]>();
  /** kubelet --cluster-dns: the tenth address of the primary Service range (kubeadm). */
  readonly clusterDNS: string[];

  constructor(private readonly config: ClusterConfig, private readonly clock: Clock) {
    const primary = parseCidr(config.serviceSubnets[0]);
    this.clusterDNS = primary ? [formatIp(addrAdd(primary.network, 10))] : [];
  }

  podCount(node: string): number { return this.podsPerNode.get(node) ?? 0; }
  notePod(node: string, delta: number): void { this.podsPerNode.set(node, Math.max(0, this.podCount(node) + delta)); }
  nodeIPs(node: Node): string[] { return internalIPs(node); }

  /** Starts the containers of a pod bound to `node` with `podIPs`: its status and the kubelet's events. */
  start(pod: Pod, node: Node, podIPs: string[]): StartResult {
    const now = rfc3339(this.clock.now());
    const withIPs: Pod = { ...pod, status: { podIP: podIPs[0], podIPs: podIPs.map((ip) => ({ ip })), hostIP: internalIPs(node)[0], hostIPs: internalIPs(node).map((ip) => ({ ip })) } };
    const events: KubeletEvent[] = [];
    const bound = new Set<string>();
    const outcomes = pod.spec.containers.map((c): ContainerOutcome => {
      const run = runContainer(this.context(withIPs, node, c), c);
      events.push({ type: 'Normal', reason: 'Pulled', message: `Container image "${c.image}" already present on machine` },
        { type: 'Normal', reason: 'Created', message: `Created container ${c.name}` },
        { type: 'Normal', reason: 'Started', message: `Started container ${c.name}` });
      if (run.kind === 'exits') return { kind: 'exits', exitCode: run.exitCode };
      const clash = run.listens.find((l) => bound.has(`${l.protocol}/${l.port}`));
      if (clash) {
        events.push({ type: 'Warning', reason: 'BackOff', message: `Back-off restarting failed container ${c.name} in pod ${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})` });
        return { kind: 'bind-failed' };
      }
      for (const l of run.listens) bound.add(`${l.protocol}/${l.port}`);
      return { kind: 'runs' };
    });
    const images = pod.spec.containers.map((c) => containerIdentity(pod, c));
    return { status: runningStatus(pod, { hostIPs: internalIPs(node), podIPs, outcomes, images, now }), events };
  }

  /** The ports a running pod's containers serve and the application behind each (cached per pod version). */
  listeners(pod: Pod, node: Node): ProgramListener[] {
    const key = `${pod.metadata.uid}/${pod.metadata.resourceVersion}`;
    const hit = this.listenerCache.get(key);
    if (hit) return hit;
    const out: ProgramListener[] = [];
    pod.spec.containers.forEach((c, i) => {
      const st = pod.status.containerStatuses?.[i];
      if (!st?.state.running) return;
      const ctx = this.context(pod, node, c);
      const run = runContainer(ctx, c);
      if (run.kind !== 'runs') return;
      for (const l of run.listens) {
        if (l.protocol === 'SCTP' || out.some((x) => x.protocol === l.protocol && x.port === l.port)) continue;
        const app = appOf(ctx.image, { ...(run.program ? { program: run.program } : {}), argv: run.argv, env: ctx.env }, l);
        out.push({ protocol: l.protocol, port: l.port, app: app ? appKey(app) : '' });
      }
    });
    if (this.listenerCache.size > 50_000) this.listenerCache.clear();
    this.listenerCache.set(key, out);
    return out;
  }

  /** What `kubectl logs` shows for a container: its output, or the bind failure of a clashing server. */
  logs(pod: Pod, containerName: string, liveNode?: Node): string {
    const node = liveNode ?? this.nodeStub(pod);
    const c = pod.spec.containers.find((x) => x.name === containerName)!;
    const run = runContainer(this.context(pod, node, c), c);
    if (run.kind === 'exits') return run.stdout + run.stderr;
    const idx = pod.spec.containers.indexOf(c);
    const st = pod.status.containerStatuses?.[idx];
    if (st?.state.waiting?.reason === 'CrashLoopBackOff' && run.listens.length) return bindFailureLog(resolveImage(c.image), run.listens[0].port, pod.status.startTime);
    return run.logs;
  }

  exec(pod: Pod, containerName: string, argv: readonly string[], node?: Node, net?: NetAccess): ExecResult {
    const c = pod.spec.containers.find((x) => x.name === containerName)!;
    return runExec(this.context(pod, node ?? this.nodeStub(pod), c, net), argv);
  }

  /** A command in a node's root namespace (`netsim exec node/NAME -- ...`). */
  execOnNode(node: Node, pods: readonly Pod[], peers: readonly Node[], argv: readonly string[], net?: NetAccess): ExecResult {
    const env: [string, string][] = [['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], ['HOSTNAME', node.metadata.name], ['HOME', '/root']];
    const ctx: ExecContext = {
      node, image: NODE_PROFILE, hostname: node.metadata.name, env,
      files: new Map([
        ['/etc/hosts', renderNodeHosts(node)], ['/etc/resolv.conf', renderNodeResolvConf()], ['/etc/hostname', `${node.metadata.name}\n`],
      ]),
      interfaces: nodeInterfaces(node, { nodeSubnets: this.config.nodeSubnets, pods, peers }),
      formatSet: () => formatBashSet(env),
      now: rfc3339(this.clock.now()),
      ...(net ? { net } : {}),
    };
    return runExec(ctx, argv);
  }

  /** The files the kubelet and the runtime put in every container of `pod`. */
  files(pod: Pod, node: Node): Map<string, string> {
    const hosts = renderHosts(pod, { clusterDomain: this.config.dnsDomain, nodeHostsFile: renderNodeHosts(node) });
    const resolv = renderResolvConf(pod, { clusterDomain: this.config.dnsDomain, clusterDNS: this.clusterDNS, nodeResolvConf: kindNodeResolvConf() });
    return new Map([['/etc/hosts', hosts], ['/etc/resolv.conf', resolv.text], ['/etc/hostname', `${containerHostname(pod, this.config.dnsDomain)}\n`]]);
  }

  private context(pod: Pod, node: Node, c: Container, net?: NetAccess): ExecContext {
    const image: ImageProfile = resolveImage(c.image);
    const env = resolveContainerEnv(pod, c, [], [], this.config.dnsDomain);
    // Files and interfaces are built on first use: most container starts read neither.
    let files: Map<string, string> | undefined;
    let interfaces: NetNamespace | undefined;
    const kubelet = this;
    return {
      pod, node, containerName: c.name, image, env, hostname: containerHostname(pod, this.config.dnsDomain),
      get files() { return (files ??= kubelet.files(pod, node)); },
      get interfaces() { return (interfaces ??= podInterfaces(pod, node, { nodeSubnets: kubelet.config.nodeSubnets })); },
      formatSet: () => (image.shell === 'ash' ? formatBusyboxSet(env, { pwd: c.workingDir || '/' }) : formatBashSet(env, { pwd: c.workingDir || '/' })),
      now: rfc3339(this.clock.now()),
      ...(net ? { net } : {}),
    };
  }

  // A pod whose node was deleted is deleted with it; the stub serves the moment in between.
  private nodeStub(pod: Pod): Node {
    return { apiVersion: 'v1', kind: 'Node', metadata: { name: pod.spec.nodeName ?? '', uid: '', resourceVersion: '', creationTimestamp: '' },
      spec: {}, status: { addresses: (pod.status.hostIPs ?? []).map((h) => ({ type: 'InternalIP' as const, address: h.ip })) } };
  }
}
