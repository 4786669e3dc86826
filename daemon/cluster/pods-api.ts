// Pods: create (defaulting, validation, scheduling, pod IPs from the node's host-local range,
// containers started by the simulated kubelet), update, delete (IPs released), logs and exec.
import { AlreadyExistsError, BadRequestError, InvalidError } from '../domain/errors.js';
import { defaultPod } from '../domain/defaults.js';
import { fromLabelSelector, matchesSelector } from '../domain/labels.js';
import type { Node, Pod } from '../domain/types.js';
import { podWarnings, validatePod, validatePodUpdate } from '../domain/validate-pod.js';
import { HostLocalFullError } from '../ipam/host-local.js';
import { rfc3339 } from '../sim/clock.js';
import type { ExecResult } from '../exec/context.js';
import type { ClusterCore, WriteOptions } from './core.js';
import { refOf } from './kinds.js';
import { createMeta, updateMeta } from './object-meta.js';
import { pendingStatus } from './pod-status.js';
import { getObject } from './reads.js';
import { schedulePod } from './scheduler.js';
import { requireNamespace } from './namespaces-api.js';

export interface PodCreateResult { pod: Pod; warnings: string[] }

export class PodApi {
  constructor(private readonly c: ClusterCore) {}

  /** Creates a pod. Errors: NotFound (namespace), InvalidError, AlreadyExistsError. */
  async create(input: Pod, opts: WriteOptions = {}): Promise<PodCreateResult> {
    const { c } = this;
    const ns = input.metadata?.namespace || 'default';
    requireNamespace(c.store, ns);
    const pod = defaultPod({ ...input, apiVersion: 'v1', kind: 'Pod', metadata: createMeta(input.metadata, ns, c.clock, c.rng), status: {} });
    const errs = validatePod(pod);
    if (errs.length) throw new InvalidError(refOf('Pod', pod.metadata.name, ns), errs);
    if (c.store.get('Pod', ns, pod.metadata.name)) throw new AlreadyExistsError(refOf('Pod', pod.metadata.name, ns));
    const warnings = podWarnings(pod);
    if (opts.dryRun) return { pod, warnings };
    const placed = await this.place(pod, '');
    if (opts.reconcile !== false && this.selectedByService(placed)) await c.reconcile();
    return { pod: placed, warnings };
  }

  /**
   * Schedules `pod`, gives it addresses and starts its containers, then commits it (a create
   * when `expectVersion` is '', else an update of a Pending pod). Addresses taken are released
   * if the commit is refused.
   */
  async place(pod: Pod, expectVersion: string): Promise<Pod> {
    const { c } = this;
    const now = rfc3339(c.clock.now());
    const ref = { kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid };
    let node: Node | undefined;
    if (pod.spec.nodeName) node = c.store.get('Node', undefined, pod.spec.nodeName);
    else {
      const placement = schedulePod(pod, c.store.list('Node'), (n) => c.kubelet.podCount(n));
      if ('unschedulable' in placement) {
        c.events.record(ref, 'Warning', 'FailedScheduling', placement.unschedulable, { component: 'default-scheduler' });
        return this.commitPlaced({ ...pod, status: pendingStatus(pod, now, placement) }, expectVersion, []);
      }
      node = placement.node;
    }
    if (!node) return this.commitPlaced({ ...pod, status: { phase: 'Pending', qosClass: 'BestEffort' } }, expectVersion, []);
    const bound: Pod = { ...pod, spec: { ...pod.spec, nodeName: node.metadata.name } };
    if (!pod.spec.nodeName) {
      c.events.record(ref, 'Normal', 'Scheduled', `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node.metadata.name}`, { component: 'default-scheduler' });
    }
    let ips: string[];
    try {
      ips = bound.spec.hostNetwork ? c.kubelet.nodeIPs(node) : c.ipam.allocatePodIps(node, `${pod.metadata.namespace}/${pod.metadata.name}`);
    } catch (e) {
      const msg = `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox: plugin type="ptp" failed (add): failed to allocate for range ${e instanceof HostLocalFullError ? e.rangeIndex : 0}: ${(e as Error).message}`;
      c.events.record(ref, 'Warning', 'FailedCreatePodSandBox', msg, { component: 'kubelet', host: node.metadata.name });
      return this.commitPlaced({ ...bound, status: pendingStatus(bound, now, { sandboxError: msg, hostIPs: c.kubelet.nodeIPs(node) }) }, expectVersion, []);
    }
    const started = c.kubelet.start(bound, node, ips);
    const stored = await this.commitPlaced({ ...bound, status: started.status }, expectVersion, bound.spec.hostNetwork ? [] : ips);
    for (const e of started.events) c.events.record(ref, e.type, e.reason, e.message, { component: 'kubelet', host: node.metadata.name });
    return stored;
  }

  private async commitPlaced(pod: Pod, expectVersion: string, ips: string[]): Promise<Pod> {
    const { c } = this;
    let pending;
    try {
      pending = c.store.commit([{ op: 'put', object: pod, expectVersion }, ...c.ipam.cursorOps(pod.spec.nodeName)]);
    } catch (e) {
      if (ips.length) c.ipam.releasePodIps(pod.spec.nodeName!, ips, `${pod.metadata.namespace}/${pod.metadata.name}`);
      throw e;
    }
    if (pod.spec.nodeName && pod.status.podIPs?.length) c.kubelet.notePod(pod.spec.nodeName, +1);
    c.noteEndpointsChange(pod.metadata.namespace!);
    return (await pending).objects[0] as Pod;
  }

  /** Updates the mutable parts of a pod. Errors: NotFound, Conflict, Invalid. */
  async update(input: Pod, opts: WriteOptions = {}): Promise<Pod> {
    const { c } = this;
    const ns = input.metadata?.namespace || 'default';
    const live = getObject(c.store, 'Pod', ns, input.metadata.name);
    const spec = defaultPod({ ...input, metadata: live.metadata }).spec;
    const next: Pod = { ...live, metadata: updateMeta(input.metadata, live.metadata, false), spec: { ...spec, nodeName: spec.nodeName ?? live.spec.nodeName } };
    const errs = validatePodUpdate(next, live);
    if (errs.length) throw new InvalidError(refOf('Pod', live.metadata.name, ns), errs);
    if (opts.dryRun) return next;
    const res = await c.store.commit([{ op: 'put', object: next, expectVersion: input.metadata.resourceVersion || live.metadata.resourceVersion }]);
    c.noteEndpointsChange(ns);
    if (this.selectedByService(next) || this.selectedByService(live)) await c.reconcile();
    return res.objects[0] as Pod;
  }

  /** Deletes a pod and frees its addresses; its controller, if any, replaces it. Errors: NotFound. */
  async delete(namespace: string, name: string, opts: WriteOptions & { resourceVersion?: string } = {}): Promise<Pod> {
    const { c } = this;
    const live = getObject(c.store, 'Pod', namespace, name);
    if (opts.dryRun) return live;
    const pending = c.store.commit([{ op: 'delete', key: { kind: 'Pod', namespace, name }, expectVersion: opts.resourceVersion || undefined }]);
    c.releasePod(live);
    await pending;
    if (live.metadata.ownerReferences?.length || this.selectedByService(live)) await c.reconcile();
    return live;
  }

  /** A container's output. Errors: NotFound, BadRequest (container name). */
  logs(namespace: string, name: string, container?: string): string {
    const pod = getObject(this.c.store, 'Pod', namespace, name);
    return this.c.kubelet.logs(pod, this.containerOf(pod, container), this.nodeOf(pod));
  }

  /** Runs a simulated command in a container. Errors: NotFound, BadRequest. */
  exec(namespace: string, name: string, container: string | undefined, argv: readonly string[]): ExecResult {
    const pod = getObject(this.c.store, 'Pod', namespace, name);
    const cname = this.containerOf(pod, container);
    if (pod.status.phase !== 'Running') {
      throw new BadRequestError(`cannot exec into a container in a completed pod; current phase is ${pod.status.phase}`);
    }
    return this.c.kubelet.exec(pod, cname, argv, this.nodeOf(pod), this.c.network.accessForPod(pod));
  }

  /** Whether a Service's selector picks this pod (its EndpointSlices then change). */
  private selectedByService(pod: Pod): boolean {
    return this.c.store.list('Service', pod.metadata.namespace).some((s) =>
      Object.keys(s.spec.selector ?? {}).length > 0 && matchesSelector(fromLabelSelector({ matchLabels: s.spec.selector }), pod.metadata.labels));
  }

  private nodeOf(pod: Pod): Node | undefined {
    return pod.spec.nodeName ? this.c.store.get('Node', undefined, pod.spec.nodeName) : undefined;
  }

  // The container a call without one means: kubectl's rule, the
  // kubectl.kubernetes.io/default-container annotation, else the first container.
  private containerOf(pod: Pod, container: string | undefined): string {
    const names = pod.spec.containers.map((c) => c.name);
    const name = container || pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'] || names[0];
    if (!names.includes(name)) throw new BadRequestError(`container ${name} is not valid for pod ${pod.metadata.name}`);
    return name;
  }
}
