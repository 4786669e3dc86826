// The six standard methods of a resource service (Create, Get, List, Update, Delete, Watch),
// built once for every kind over its cluster API: parse -> domain -> convert. Thin by design.
import type * as grpc from '@grpc/grpc-js';
import type { Resource, ResourceKind } from '../domain/types.js';
import { getObject, listObjects, watchObjects } from '../cluster/reads.js';
import { KINDS } from '../cluster/kinds.js';
import type { Store } from '../store/store.js';
import { serverStream, unary } from './adapt.js';
import { fromProto, toProto } from './convert.js';

/** What a kind's cluster API offers to the generic handlers. */
export interface KindApi<T extends Resource> {
  create(obj: T): Promise<T>;
  update(obj: T): Promise<T>;
  delete(namespace: string | undefined, name: string, resourceVersion?: string): Promise<T>;
}

interface NamedRequest { namespace?: string; name?: string; resource_version?: string }
interface ListRequest { namespace?: string; label_selector?: string; field_selector?: string; page_size?: number; page_token?: string }
interface WatchRequest { namespace?: string; label_selector?: string; field_selector?: string; resource_version?: string; send_initial_events?: boolean }

/** `namespace` of a request as the kind wants it: "" means default for one object, all for lists. */
export function namespaceFor(kind: ResourceKind, ns: string | undefined, forList = false): string | undefined {
  if (!KINDS[kind].namespaced) return undefined;
  return ns || (forList ? undefined : 'default');
}

type Handlers = Record<string, grpc.UntypedHandleCall>;

export function resourceHandlers<T extends Resource>(kind: T['kind'], plural: string, store: Store, api: KindApi<T>): Handlers {
  return {
    [`Create${kind}`]: unary(async (req: { object?: unknown }) => toProto(await api.create(fromProto(kind, req.object ?? {}) as unknown as T))),
    [`Get${kind}`]: unary(async (req: NamedRequest) => toProto(getObject(store, kind, namespaceFor(kind, req.namespace), req.name ?? ''))),
    [`List${plural}`]: unary(async (req: ListRequest) => {
      const r = listObjects(store.list(kind, namespaceFor(kind, req.namespace, true)), store.revision, {
        labelSelector: req.label_selector, fieldSelector: req.field_selector, pageSize: req.page_size, pageToken: req.page_token,
      });
      return { items: r.items.map((o) => toProto(o)), next_page_token: r.nextPageToken, resource_version: r.resourceVersion };
    }),
    [`Update${kind}`]: unary(async (req: { object?: unknown }) => toProto(await api.update(fromProto(kind, req.object ?? {}) as unknown as T))),
    [`Delete${kind}`]: unary(async (req: NamedRequest) => toProto(await api.delete(namespaceFor(kind, req.namespace), req.name ?? '', req.resource_version))),
    [`Watch${plural}`]: serverStream(async (req: WatchRequest, send, signal) => {
      const ns = namespaceFor(kind, req.namespace, true);
      await watchUntilCancelled(signal, (push) => watchObjects(store, kind, {
        namespace: ns, labelSelector: req.label_selector, resourceVersion: req.resource_version, sendInitialEvents: req.send_initial_events,
      }, (e) => push({ type: e.type, object: toProto(e.object) })), send);
    }),
  };
}

/**
 * Runs a watch until the client cancels, forwarding events through `send` in order. Events
 * queue while a send waits for the client; a client that falls 10,000 events behind is dropped
 * (reliability promise 7: a slow watcher is dropped, not the daemon).
 */
export async function watchUntilCancelled<M>(signal: AbortSignal, start: (push: (m: M) => void) => () => void,
  send: (m: M) => Promise<void>): Promise<void> {
  const queue: M[] = [];
  let wake: (() => void) | undefined;
  let overflow = false;
  const stop = start((m) => {
    if (queue.length >= 10_000) { overflow = true; } else queue.push(m);
    wake?.();
  });
  try {
    while (!signal.aborted && !overflow) {
      while (queue.length && !signal.aborted) await send(queue.shift()!);
      if (!queue.length && !signal.aborted) await new Promise<void>((r) => { wake = r; signal.addEventListener('abort', () => r(), { once: true }); });
      wake = undefined;
    }
  } finally {
    stop();
  }
  if (overflow) throw new Error('watch client too slow: more than 10000 events behind');
}
