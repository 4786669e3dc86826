// netsim.v1.Events: list and watch the in-memory event record.
import type { Cluster } from '../cluster/cluster.js';
import { listObjects } from '../cluster/reads.js';
import { serverStream, unary } from './adapt.js';
import { toProto } from './convert.js';
import { watchUntilCancelled } from './resources.js';

interface ListRequest { namespace?: string; label_selector?: string; field_selector?: string; page_size?: number; page_token?: string }

export function eventsService(c: Cluster) {
  return {
    ListEvents: unary(async (req: ListRequest) => {
      const all = c.events.list(req.namespace || undefined);
      const r = listObjects(all, c.store.revision, { labelSelector: req.label_selector, fieldSelector: req.field_selector, pageSize: req.page_size, pageToken: req.page_token });
      // Events keep their recording order (kubectl sorts them itself when asked).
      return { items: r.items.map((e) => toProto(e)), next_page_token: r.nextPageToken, resource_version: r.resourceVersion };
    }),
    WatchEvents: serverStream(async (req: { namespace?: string; resource_version?: string }, send, signal) => {
      const ns = req.namespace || undefined;
      await watchUntilCancelled(signal, (push) => {
        if (!req.resource_version) for (const e of c.events.list(ns)) push({ type: 'ADDED', object: toProto(e) });
        return c.events.watch((type, e) => { if (!ns || e.metadata.namespace === ns) push({ type, object: toProto(e) }); });
      }, send);
    }),
  };
}
