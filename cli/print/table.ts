// The kubectl table renderer (cli-runtime tableprinter.go decorateTable + printTable) over columns
// with a priority (1 = -o wide only) and rows of cells: NAMESPACE for -A, a kind prefix on the
// name column, --show-labels and -L columns. Imports only sibling print modules.
import type { Instant } from './age.js';
import type { KubeObject } from './kube-shapes.js';
import { formatLabels } from './label-selector.js';
import { TabWriter, TABLE_TABWRITER } from './tabwriter.js';

export interface Column {
  /** As printers.go spells it ("Nominated Node"); the header is its upper-case form. */
  name: string;
  /** 0 for normal columns, 1 for columns shown only with -o wide. */
  priority?: number;
  /** 'name' marks the column that gets the `kind/` prefix when several kinds are printed. */
  format?: 'name';
}

export type Cell = string | number;

export interface Row {
  cells: Cell[];
  object?: KubeObject;
}

export interface Table {
  columns: Column[];
  rows: Row[];
}

/** What a row function may depend on besides its object. */
export interface RowContext {
  now: Instant;
  /** -o wide: some cells differ (printService clips the load-balancer list otherwise). */
  wide?: boolean;
}

/**
 * One kind's printer, as a printers.go TableHandler: its column definitions and a function that
 * returns every cell of a row, wide ones included (the renderer hides priority-1 columns).
 */
export interface KindPrinter<T extends KubeObject = KubeObject> {
  /** Lower-case kind and group as `-o name` and multi-kind tables print it: `pod`, `deployment.apps`. */
  kindPrefix: string;
  columns: Column[];
  cells(obj: T, ctx: RowContext): Cell[];
}

export interface TableOptions {
  wide?: boolean;
  noHeaders?: boolean;
  /** -A: a NAMESPACE column first, filled from each row's object. */
  showNamespace?: boolean;
  /** Prefix for the name column, e.g. `pod` or `deployment.apps` (kubectl get with several kinds). */
  kindPrefix?: string;
  /** --show-labels: a trailing LABELS column. */
  showLabels?: boolean;
  /** -L key: one column per key, headed by the last path segment of the key. */
  labelColumns?: string[];
}

// tableprinter.go cellBreakChars: a cell is cut at the first of these and gets "...".
const CELL_BREAK = /[\f\n\r]/;

/** Renders a table exactly as `kubectl get` prints it, trailing newline included; '' when it has no rows and headers are on. */
export function renderTable(table: Table, opts: TableOptions = {}): string {
  if (!opts.noHeaders && table.rows.length === 0) return '';
  const w = new TabWriter(TABLE_TABWRITER);
  w.write(tableText(table, opts, !opts.noHeaders));
  return w.flush();
}

/** The table as tab-separated lines, before alignment: the optional header, then the rows. */
export function tableText(table: Table, opts: TableOptions, header: boolean): string {
  const decorated = decorate(table, opts);
  const visible = decorated.columns.map((c, i) => ({ c, i })).filter(({ c }) => opts.wide || !c.priority);
  let out = header ? visible.map(({ c }) => c.name.toUpperCase()).join('\t') + '\n' : '';
  for (const row of decorated.rows) out += visible.map(({ i }) => formatCell(row.cells[i])).join('\t') + '\n';
  return out;
}

function decorate(table: Table, opts: TableOptions): Table {
  const columns: Column[] = [];
  if (opts.showNamespace) columns.push({ name: 'Namespace' });
  columns.push(...table.columns);
  for (const key of opts.labelColumns ?? []) columns.push({ name: key.split('/').pop() ?? key });
  if (opts.showLabels) columns.push({ name: 'Labels' });
  const nameColumn = opts.kindPrefix ? table.columns.findIndex((c) => c.format === 'name') : -1;
  const rows = table.rows.map((row) => {
    const cells = [...row.cells];
    if (nameColumn >= 0) cells[nameColumn] = `${opts.kindPrefix}/${cells[nameColumn]}`;
    const labels = row.object?.metadata?.labels ?? {};
    if (opts.showNamespace) cells.unshift(row.object?.metadata?.namespace ?? '');
    for (const key of opts.labelColumns ?? []) cells.push(labels[key] ?? '');
    if (opts.showLabels) cells.push(formatLabels(labels));
    return { cells, object: row.object };
  });
  return { columns, rows };
}

/** tableprinter.go appendCellValue: cut at a line break with "...", ESC shown as `^[`. */
function formatCell(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  let s = String(cell);
  const cut = s.search(CELL_BREAK);
  if (cut >= 0) s = s.slice(0, cut).replaceAll('\x1b', '^[') + '...';
  else s = s.replaceAll('\x1b', '^[');
  return s;
}
