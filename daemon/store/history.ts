// The bounded ring of recent watch events that lets a watcher resume from a revision
// (the apiserver's watch cache, reduced to one ring). Imports store.ts types only.
import type { WatchEvent } from './store.js';

/**
 * Events in revision order, at most `capacity` of them. The oldest commits fall out first, and a
 * commit whose events are only partly kept is no longer replayable.
 *
 *   evicted ...|  kept: revisions oldestRevision .. last  |
 */
export class WatchHistory {
  private readonly ring: (WatchEvent | undefined)[];
  private head = 0;          // index of the oldest kept event
  private size = 0;
  private oldest: number;

  /** `baseRevision`: the store's revision when the ring started empty (its events are gone). */
  constructor(readonly capacity: number, baseRevision: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('history size must be a positive integer');
    this.ring = new Array(capacity);
    this.oldest = baseRevision + 1;
  }

  /** The lowest revision all of whose events are still kept (later ones too). */
  get oldestRevision(): number { return this.oldest; }

  /** Appends events of increasing revision, evicting the oldest when full. */
  push(e: WatchEvent): void {
    if (this.size === this.capacity) {
      const gone = this.ring[this.head]!;
      this.ring[this.head] = undefined;
      this.head = (this.head + 1) % this.capacity;
      this.size--;
      this.oldest = Math.max(this.oldest, gone.revision + 1);
    }
    this.ring[(this.head + this.size) % this.capacity] = e;
    this.size++;
  }

  /** True when every event after `fromRevision` is still kept. */
  canReplayFrom(fromRevision: number): boolean {
    return fromRevision >= this.oldest - 1;
  }

  /** The kept events with revision > fromRevision, oldest first. */
  since(fromRevision: number): WatchEvent[] {
    let lo = 0, hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.at(mid).revision <= fromRevision) lo = mid + 1; else hi = mid;
    }
    const out: WatchEvent[] = [];
    for (let i = lo; i < this.size; i++) out.push(this.at(i));
    return out;
  }

  private at(i: number): WatchEvent {
    return this.ring[(this.head + i) % this.capacity]!;
  }
}
