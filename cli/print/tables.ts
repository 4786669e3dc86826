// `kubectl get` tables by kind: the table of kind printers (one entry per resource, found by any
// of its names) and printTable, which builds rows and renders them. Later kinds register here
// with registerTablePrinter. Imports only sibling print modules.
import type { Instant } from './age.js';
import type { KubeObject } from './kube-shapes.js';
import { eventPrinter } from './table-events.js';
import { namespacePrinter } from './table-namespaces.js';
import { nodePrinter } from './table-nodes.js';
import { endpointSlicePrinter, endpointsPrinter } from './table-endpointslices.js';
import { podPrinter } from './table-pods.js';
import { servicePrinter } from './table-services.js';
import { deploymentPrinter, statefulSetPrinter } from './table-workloads.js';
import { renderTable, tableText, type KindPrinter, type TableOptions } from './table.js';
import { TABLE_TABWRITER, TabWriter } from './tabwriter.js';

const printers = new Map<string, KindPrinter<never>>();

/** Registers a printer under every name a user may type for it (plural, singular, short, Kind). */
export function registerTablePrinter<T extends KubeObject>(names: readonly string[], printer: KindPrinter<T>): void {
  for (const n of names) printers.set(n.toLowerCase(), printer as KindPrinter<never>);
}

registerTablePrinter(['nodes', 'node', 'no'], nodePrinter);
registerTablePrinter(['pods', 'pod', 'po'], podPrinter);
registerTablePrinter(['deployments', 'deployment', 'deploy', 'deployments.apps'], deploymentPrinter);
registerTablePrinter(['statefulsets', 'statefulset', 'sts', 'statefulsets.apps'], statefulSetPrinter);
registerTablePrinter(['namespaces', 'namespace', 'ns'], namespacePrinter);
registerTablePrinter(['events', 'event', 'ev'], eventPrinter);
registerTablePrinter(['services', 'service', 'svc'], servicePrinter);
registerTablePrinter(['endpointslices', 'endpointslice', 'endpointslices.discovery.k8s.io', 'endpointslice.discovery.k8s.io'], endpointSlicePrinter);
registerTablePrinter(['endpoints', 'endpoint', 'ep'], endpointsPrinter);

/** The printer for a kind name (case-insensitive), or undefined. */
export function tablePrinterFor(kind: string): KindPrinter<KubeObject> | undefined {
  return printers.get(kind.toLowerCase()) as KindPrinter<KubeObject> | undefined;
}

export interface PrintTableOptions {
  wide?: boolean;
  noHeaders?: boolean;
  now: Instant;
  /** -A: NAMESPACE column first. */
  showNamespace?: boolean;
  /** Several kinds requested: names printed as `pod/web-0`, `deployment.apps/nginx`. */
  showKind?: boolean;
  showLabels?: boolean;
  labelColumns?: string[];
}

/**
 * The exact text `kubectl get KIND` prints to stdout for these items ('' for none: kubectl then
 * writes noResources() to stderr). Throws on a kind with no printer.
 */
export function printTable(kind: string, items: readonly KubeObject[], opts: PrintTableOptions): string {
  const { printer, tableOpts } = setup(kind, opts);
  return renderTable({ columns: printer.columns, rows: rowsOf(printer, items, opts) }, tableOpts);
}

/**
 * `kubectl get -w`: one table printed in batches (the listing, then each watch event) through
 * one tabwriter that remembers column widths, with the header before the first non-empty batch.
 */
export class TableStream {
  private readonly w = new TabWriter(TABLE_TABWRITER);
  private printedHeaders = false;
  private readonly printer: KindPrinter<KubeObject>;
  private readonly tableOpts: TableOptions;

  constructor(kind: string, private readonly opts: PrintTableOptions) {
    ({ printer: this.printer, tableOpts: this.tableOpts } = setup(kind, opts));
  }

  /** The text for the next batch of objects. */
  print(items: readonly KubeObject[]): string {
    const header = !this.printedHeaders && !this.opts.noHeaders && items.length > 0;
    if (items.length > 0) this.printedHeaders = true;
    this.w.write(tableText({ columns: this.printer.columns, rows: rowsOf(this.printer, items, this.opts) }, this.tableOpts, header));
    return this.w.flush();
  }
}

function setup(kind: string, opts: PrintTableOptions): { printer: KindPrinter<KubeObject>; tableOpts: TableOptions } {
  const printer = tablePrinterFor(kind);
  if (!printer) throw new Error(`no table printer for kind "${kind}"`);
  const tableOpts: TableOptions = {
    wide: opts.wide, noHeaders: opts.noHeaders, showNamespace: opts.showNamespace,
    kindPrefix: opts.showKind ? printer.kindPrefix : undefined,
    showLabels: opts.showLabels, labelColumns: opts.labelColumns,
  };
  return { printer, tableOpts };
}

function rowsOf(printer: KindPrinter<KubeObject>, items: readonly KubeObject[], opts: PrintTableOptions) {
  return items.map((object) => ({ cells: printer.cells(object, { now: opts.now, wide: opts.wide }), object }));
}

/**
 * The line kubectl get writes to stderr when nothing matched (without its newline):
 * `No resources found in NS namespace.` for a namespaced request, `No resources found` for -A
 * or cluster-scoped kinds.
 */
export function noResources(namespace: string | undefined): string {
  return namespace ? `No resources found in ${namespace} namespace.` : 'No resources found';
}
