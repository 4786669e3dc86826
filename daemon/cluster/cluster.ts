// The composition root of the control plane: one store, one clock, one RNG, the address
// managers rebuilt from the stored objects at open, the per-kind APIs and the controllers.
import type { ClusterConfig } from '../config/config.js';
import type { Deployment, Pod, StatefulSet } from '../domain/types.js';
import type { Clock } from '../sim/clock.js';
import type { Rng } from '../sim/rng.js';
import type { Store } from '../store/store.js';
import { configNodes, coreDnsDeployment } from './bootstrap.js';
import { Controllers } from './controllers.js';
import type { ClusterCore } from './core.js';
import { EventRecorder } from './events.js';
import { ClusterIpam } from './ipam.js';
import { Kubelet } from './kubelet.js';
import { NamespaceApi, namespaceObject, SYSTEM_NAMESPACES } from './namespaces-api.js';
import { NodeApi } from './nodes-api.js';
import { PodApi } from './pods-api.js';
import { WorkloadApi } from './workloads-api.js';
import { ServiceIpam } from './service-ipam.js';
import { ServiceApi } from './services-api.js';
import { EndpointSliceApi } from './endpointslices-api.js';
import { bootstrapServices } from './bootstrap-services.js';
import { ClusterNetwork } from './network.js';

export interface ClusterOptions { config: ClusterConfig; store: Store; clock: Clock; rng: Rng; log?: (line: string) => void }

const BOOTSTRAPPED = 'cluster/bootstrapped';

export class Cluster implements ClusterCore {
  readonly config: ClusterConfig;
  readonly store: Store;
  readonly clock: Clock;
  readonly rng: Rng;
  readonly events: EventRecorder;
  readonly ipam: ClusterIpam;
  readonly kubelet: Kubelet;
  readonly serviceIpam: ServiceIpam;
  readonly network: ClusterNetwork;
  readonly services: ServiceApi;
  readonly endpointSlices: EndpointSliceApi;
  readonly nodes: NodeApi;
  readonly pods: PodApi;
  readonly namespaces: NamespaceApi;
  readonly deployments: WorkloadApi<Deployment>;
  readonly statefulsets: WorkloadApi<StatefulSet>;
  private readonly controllers: Controllers;
  private readonly log: (line: string) => void;

  private constructor(o: ClusterOptions) {
    this.config = o.config; this.store = o.store; this.clock = o.clock; this.rng = o.rng;
    this.log = o.log ?? (() => undefined);
    this.events = new EventRecorder(o.clock, o.rng);
    this.ipam = new ClusterIpam(o.config);
    this.kubelet = new Kubelet(o.config, o.clock);
    this.serviceIpam = new ServiceIpam(o.config, o.rng);
    this.network = new ClusterNetwork(o.config, o.store, o.clock, o.rng.seed);
    this.network.podListeners = (pod) => {
      const node = pod.spec.nodeName ? o.store.get('Node', undefined, pod.spec.nodeName) : undefined;
      return node ? this.kubelet.listeners(pod, node) : [];
    };
    this.services = new ServiceApi(this);
    this.endpointSlices = new EndpointSliceApi(this);
    this.nodes = new NodeApi(this);
    this.pods = new PodApi(this);
    this.namespaces = new NamespaceApi(this);
    this.deployments = new WorkloadApi<Deployment>(this, 'Deployment');
    this.statefulsets = new WorkloadApi<StatefulSet>(this, 'StatefulSet');
    this.controllers = new Controllers(this, this.pods);
  }

  /**
   * Opens the cluster over `store`: rebuilds the allocators from the stored objects and
   * reports what did not match (reliability promise 2), creates the bootstrap objects of a
   * new cluster, and runs the controllers once. Resolves when the cluster can serve.
   */
  static async open(o: ClusterOptions): Promise<Cluster> {
    const c = new Cluster(o);
    for (const problem of c.rebuild()) c.log(`repair: ${problem}`);
    await c.bootstrap();
    await c.reconcile();
    return c;
  }

  reconcile(): Promise<void> { return this.controllers.reconcile(); }

  noteCapacityChange(): void {
    this.controllers.noteCapacityChange();
    this.controllers.endpoints.markAll();
  }

  noteEndpointsChange(namespace: string, service?: string): void { this.controllers.endpoints.mark(namespace, service); }

  releasePod(pod: Pod): void {
    this.noteEndpointsChange(pod.metadata.namespace!);
    if (!pod.spec.nodeName) return;
    this.controllers.noteCapacityChange();
    if (!pod.spec.hostNetwork) this.ipam.releasePodIps(pod.spec.nodeName, (pod.status.podIPs ?? []).map((p) => p.ip), `${pod.metadata.namespace}/${pod.metadata.name}`);
    if (pod.status.podIPs?.length) this.kubelet.notePod(pod.spec.nodeName, -1);
  }

  private rebuild(): string[] {
    const nodes = this.store.list('Node');
    const pods = this.store.list('Pod');
    const problems = this.ipam.rebuild(nodes, pods, (key) => this.store.getMeta(key));
    for (const p of pods) if (p.spec.nodeName && p.status.podIPs?.length) this.kubelet.notePod(p.spec.nodeName, +1);
    return [...problems, ...this.serviceIpam.rebuild(this.store.list('Service'))];
  }

  private async bootstrap(): Promise<void> {
    for (const name of SYSTEM_NAMESPACES) {
      if (this.store.get('Namespace', undefined, name)) continue;
      await this.namespaces.create(namespaceObject({ metadata: { name, uid: '', resourceVersion: '', creationTimestamp: '' } }));
    }
    if (this.store.getMeta(BOOTSTRAPPED)) return;
    for (const { node, role } of configNodes(this.config)) {
      if (!this.store.get('Node', undefined, node.metadata.name)) await this.nodes.create(node, role);
    }
    if (!this.store.get('Deployment', 'kube-system', 'coredns')) await this.deployments.create(coreDnsDeployment());
    await bootstrapServices(this);
    await this.store.commit([{ op: 'meta', key: BOOTSTRAPPED, value: true }]);
  }
}
