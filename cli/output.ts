// `-o` handling shared by get, create, apply and run: kubectl's printer choice, the List
// wrapper for several objects, and its error for an unknown format. Imports cli/print only.
import { asList, printObjects } from './print/objects.js';
import { printJsonPath } from './print/jsonpath.js';
import { printGoTemplate } from './print/go-template.js';
import { printTable, type PrintTableOptions } from './print/tables.js';
import type { CliKind } from './resources.js';
import { UsageError } from './args.js';

export type OutputFormat =
  | { kind: 'table'; wide: boolean }
  | { kind: 'json' } | { kind: 'yaml' } | { kind: 'name' }
  | { kind: 'jsonpath'; template: string }
  | { kind: 'go-template'; template: string };

const ALLOWED = 'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

/** kubectl's `-o` values; `--template` alone means go-template. Errors: UsageError in kubectl's words. */
export function parseOutput(o: string | undefined, template: string | undefined): OutputFormat {
  if (o === undefined || o === '') return template ? { kind: 'go-template', template } : { kind: 'table', wide: false };
  const eq = o.indexOf('=');
  const name = eq < 0 ? o : o.slice(0, eq);
  const arg = eq < 0 ? template : o.slice(eq + 1);
  switch (name) {
    case 'wide': return { kind: 'table', wide: true };
    case 'json': return { kind: 'json' };
    case 'yaml': return { kind: 'yaml' };
    case 'name': return { kind: 'name' };
    case 'jsonpath':
      if (!arg) throw new UsageError('template format specified but no template given');
      return { kind: 'jsonpath', template: arg };
    case 'go-template': case 'template':
      if (!arg) throw new UsageError('template format specified but no template given');
      return { kind: 'go-template', template: arg };
    default:
      // get.go returns the printer error from Run, not as a usage error: no "See ... -h" line.
      throw new Error(`unable to match a printer suitable for the output format "${o}", allowed formats are: ${ALLOWED}`);
  }
}

export type KubeObj = { kind?: string; apiVersion?: string; metadata?: { name?: string; namespace?: string } } & Record<string, unknown>;

/**
 * Renders objects in `format`. `single` prints one object bare (get NAME), else a List.
 * Returns the text, or throws an Error whose message is kubectl's (template errors).
 */
export function renderObjects(k: CliKind, items: readonly KubeObj[], format: OutputFormat, single: boolean,
  table: Omit<PrintTableOptions, 'wide'>): string {
  const doc = single && items.length === 1 ? items[0] : asList(items);
  switch (format.kind) {
    case 'table': return printTable(k.plural, items, { ...table, wide: format.wide });
    case 'json': case 'yaml': case 'name': return printObjects(format.kind, items, single);
    case 'jsonpath': return templateText(printJsonPath(format.template, doc));
    case 'go-template': return templateText(printGoTemplate(format.template, doc));
  }
}

function templateText(r: { text?: string; output?: string; error?: string }): string {
  if (r.error) throw new Error(r.error);
  return r.text ?? r.output ?? '';
}
