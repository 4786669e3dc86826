// What the per-kind APIs of the cluster share: configuration, store, clock, RNG, events,
// address management, the simulated kubelet, and the controllers' trigger.
import type { ClusterConfig } from '../config/config.js';
import type { Pod } from '../domain/types.js';
import type { Clock } from '../sim/clock.js';
import type { Rng } from '../sim/rng.js';
import type { Store } from '../store/store.js';
import type { EventRecorder } from './events.js';
import type { ClusterIpam } from './ipam.js';
import type { Kubelet } from './kubelet.js';
import type { ClusterNetwork } from './network.js';
import type { ServiceIpam } from './service-ipam.js';

export interface ClusterCore {
  readonly config: ClusterConfig;
  readonly store: Store;
  readonly clock: Clock;
  readonly rng: Rng;
  readonly events: EventRecorder;
  readonly ipam: ClusterIpam;
  readonly kubelet: Kubelet;
  readonly serviceIpam: ServiceIpam;
  /** The dataplane as the control plane drives it (programs, the tools' exchanges, captures). */
  readonly network: ClusterNetwork;
  /** Runs the controllers (workloads, pending pods) until they converge. */
  reconcile(): Promise<void>;
  /** Pods of `namespace` changed (or, with `service`, that Service did): its EndpointSlices need a look. */
  noteEndpointsChange(namespace: string, service?: string): void;
  /** A node appeared, changed or went, or addresses were freed: Pending pods may fit now. */
  noteCapacityChange(): void;
  /** Frees what a pod held (its IPs, its place on the node) once its delete is committed in memory. */
  releasePod(pod: Pod): void;
}

export interface WriteOptions {
  dryRun?: boolean;
  /**
   * False when the caller is a controller inside a reconcile pass: awaiting another pass from
   * there would wait for itself. The pass it runs in picks the change up.
   */
  reconcile?: boolean;
}
