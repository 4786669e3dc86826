// `kubectl get namespaces`: printers.go printNamespace (NAME, STATUS = phase, AGE). Imports only
// sibling print modules.
import { translateTimestampSince } from './age.js';
import type { NamespaceShape } from './kube-shapes.js';
import type { KindPrinter } from './table.js';

export const namespacePrinter: KindPrinter<NamespaceShape> = {
  kindPrefix: 'namespace',
  columns: [{ name: 'Name', format: 'name' }, { name: 'Status' }, { name: 'Age' }],
  cells(ns, { now }) {
    return [ns.metadata?.name ?? '', ns.status?.phase ?? '', translateTimestampSince(ns.metadata?.creationTimestamp, now)];
  },
};
