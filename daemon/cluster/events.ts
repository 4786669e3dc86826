// Kubernetes Events, kept in memory like the apiserver keeps them briefly (1 h TTL there):
// bounded, newest last, deduplicated by object+reason+message with a count, as
// client-go's EventCorrelator does. Not in the durable store: events are best-effort.
import type { Event, ObjectReference } from '../domain/types.js';
import { rfc3339, type Clock } from '../sim/clock.js';
import type { Rng } from '../sim/rng.js';

export interface EventSink {
  record(ref: ObjectReference, type: 'Normal' | 'Warning', reason: string, message: string, source?: EventSource): void;
}

export interface EventSource { component: string; host?: string }

export type EventListener = (type: 'ADDED' | 'MODIFIED', event: Event) => void;

export class EventRecorder implements EventSink {
  // Insertion-ordered: oldest first; a repeat keeps its place (its count and time change).
  private readonly byKey = new Map<string, Event>();
  private readonly listeners = new Set<EventListener>();
  private version = 0;

  constructor(private readonly clock: Clock, private readonly rng: Rng, private readonly limit = 10_000) {}

  record(ref: ObjectReference, type: 'Normal' | 'Warning', reason: string, message: string, source: EventSource = { component: 'kubelet' }): void {
    const key = `${ref.kind}/${ref.namespace ?? ''}/${ref.name}/${reason}/${message}`;
    const now = rfc3339(this.clock.now());
    const existing = this.byKey.get(key);
    if (existing) {
      const updated: Event = { ...existing, count: existing.count + 1, lastTimestamp: now,
        metadata: { ...existing.metadata, resourceVersion: String(++this.version) } };
      this.byKey.set(key, updated);
      this.emit('MODIFIED', updated);
      return;
    }
    const event: Event = {
      apiVersion: 'v1', kind: 'Event',
      metadata: {
        name: `${ref.name}.${eventSuffix(this.clock.now(), this.rng)}`, namespace: ref.namespace ?? 'default',
        uid: this.rng.uuid(), resourceVersion: String(++this.version), creationTimestamp: now,
      },
      involvedObject: ref, reason, message, type, count: 1, firstTimestamp: now, lastTimestamp: now,
      source: { ...source },
    };
    this.byKey.set(key, event);
    if (this.byKey.size > this.limit) this.byKey.delete(this.byKey.keys().next().value!);
    this.emit('ADDED', event);
  }

  /** Events in `namespace` (undefined = all), oldest first. */
  list(namespace?: string): Event[] {
    return [...this.byKey.values()].filter((e) => namespace === undefined || e.metadata.namespace === namespace);
  }

  /** Events about one object, oldest first (for describe). */
  about(kind: string, namespace: string | undefined, name: string): Event[] {
    return [...this.byKey.values()].filter((e) => e.involvedObject.kind === kind && e.involvedObject.name === name
      && (e.involvedObject.namespace ?? undefined) === (namespace ?? undefined));
  }

  watch(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(type: 'ADDED' | 'MODIFIED', e: Event): void {
    for (const l of this.listeners) {
      try { l(type, e); } catch { /* a failing watcher must not break recording */ }
    }
  }
}

// client-go names events `<object>.<unix nanoseconds in hex>`.
function eventSuffix(nowMs: number, rng: Rng): string {
  const nanos = BigInt(nowMs) * 1_000_000n + BigInt(rng.intn(1_000_000));
  return nanos.toString(16);
}
