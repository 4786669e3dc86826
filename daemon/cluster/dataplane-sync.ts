// Keeps the dataplane converged with the store, as kube-proxy's sync loop does: every durable
// write schedules a sync; syncs coalesce the writes between them (BoundedFrequencyRunner), and
// the gap between two syncs is at least `minIntervalMs` and twice the last sync's duration, so
// compiling never takes more than a third of the daemon's time however large the cluster.
import type { Store } from '../store/store.js';
import type { ClusterNetwork } from './network.js';

export class DataplaneSync {
  private timer: NodeJS.Timeout | undefined;
  private last = 0;
  private lastCost = 0;
  private stopWatch: (() => void) | undefined;

  constructor(private readonly network: ClusterNetwork, private readonly store: Store, private readonly minIntervalMs = 10) {}

  start(): void {
    this.stopWatch = this.store.watch('*', 0, () => this.schedule());
    this.network.sync();
    this.last = Date.now();
  }

  stop(): void {
    this.stopWatch?.();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.timer) return;
    const wait = Math.max(0, this.last + Math.max(this.minIntervalMs, 2 * this.lastCost) - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const t0 = Date.now();
      this.network.sync();
      this.last = Date.now();
      this.lastCost = this.last - t0;
    }, wait);
  }
}
