// `kubectl get events`: printers.go printEvent (LAST SEEN, TYPE, REASON, OBJECT as
// `kind/name`, MESSAGE; wide SUBOBJECT, SOURCE, FIRST SEEN, COUNT, NAME). Imports only sibling
// print modules.
import { translateTimestampSince } from './age.js';
import { num, type EventShape } from './kube-shapes.js';
import type { KindPrinter } from './table.js';

/** printers.go formatEventSource: component (or reportingComponent), then `, host` when set. */
export function formatEventSource(e: EventShape): string {
  const component = e.source?.component || e.reportingComponent || '';
  const instance = e.source?.host || e.reportingInstance || '';
  return instance ? `${component}, ${instance}` : component;
}

/** The OBJECT cell: `node/netsim-worker`, or the bare kind when the object has no name. */
export function eventTarget(e: EventShape): string {
  const kind = (e.involvedObject?.kind ?? '').toLowerCase();
  return e.involvedObject?.name ? `${kind}/${e.involvedObject.name}` : kind;
}

export const eventPrinter: KindPrinter<EventShape> = {
  kindPrefix: 'event',
  columns: [
    { name: 'Last Seen' }, { name: 'Type' }, { name: 'Reason' }, { name: 'Object' },
    { name: 'Subobject', priority: 1 }, { name: 'Source', priority: 1 }, { name: 'Message' },
    { name: 'First Seen', priority: 1 }, { name: 'Count', priority: 1 }, { name: 'Name', priority: 1, format: 'name' },
  ],
  cells(e, { now }) {
    const first = e.firstTimestamp ? translateTimestampSince(e.firstTimestamp, now) : translateTimestampSince(e.eventTime, now);
    let last = e.lastTimestamp ? translateTimestampSince(e.lastTimestamp, now) : first;
    let count = num(e.count);
    if (e.series) {
      last = translateTimestampSince(e.series.lastObservedTime, now);
      count = num(e.series.count);
    } else if (count === 0) count = 1;
    return [
      last, e.type ?? '', e.reason ?? '', eventTarget(e), e.involvedObject?.fieldPath ?? '', formatEventSource(e),
      (e.message ?? '').trim(), first, count, e.metadata?.name ?? '',
    ];
  },
};
