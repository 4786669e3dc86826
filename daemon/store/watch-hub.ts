// Fans committed, durable events out to watchers: replay from the history ring, then live
// events in revision order. Listener failures stay with the listener. Imports store.ts types,
// history.ts and domain errors.
import { ExpiredError } from '../domain/errors.js';
import type { ResourceKind } from '../domain/types.js';
import { WatchHistory } from './history.js';
import type { WatchEvent } from './store.js';

interface Watcher { kind: ResourceKind | '*'; from: number; listener: (e: WatchEvent) => void; active: boolean }

export class WatchHub {
  private readonly history: WatchHistory;
  private watchers: Watcher[] = [];

  constructor(historySize: number, baseRevision: number) {
    this.history = new WatchHistory(historySize, baseRevision);
  }

  get oldestRevision(): number { return this.history.oldestRevision; }

  /**
   * Replays the kept events after `fromRevision` synchronously, then streams live ones.
   * `fromRevision` 0 = live events only. Errors: ExpiredError (`too old resource version: X (Y)`,
   * Y = oldest - 1, as the apiserver's watch cache words it).
   */
  watch(kind: ResourceKind | '*', fromRevision: number, listener: (e: WatchEvent) => void): () => void {
    if (fromRevision !== 0 && !this.history.canReplayFrom(fromRevision)) {
      throw new ExpiredError(String(fromRevision), String(this.history.oldestRevision - 1));
    }
    const w: Watcher = { kind, from: fromRevision, listener, active: true };
    if (fromRevision !== 0) for (const e of this.history.since(fromRevision)) deliver(w, e);
    this.watchers.push(w);
    return () => {
      if (!w.active) return;
      w.active = false;
      this.watchers = this.watchers.filter((x) => x !== w);
    };
  }

  /** Records one durable commit's events (op order) and delivers them. */
  publish(events: readonly WatchEvent[]): void {
    for (const e of events) this.history.push(e);
    const targets = this.watchers;
    for (const e of events) for (const w of targets) deliver(w, e);
  }

  clear(): void {
    for (const w of this.watchers) w.active = false;
    this.watchers = [];
  }
}

function deliver(w: Watcher, e: WatchEvent): void {
  if (!w.active || e.revision <= w.from || (w.kind !== '*' && w.kind !== e.object.kind)) return;
  try {
    w.listener(e);
  } catch {
    // A watcher's own failure (a closed stream, a bug) must not stop the store or other watchers.
  }
}
