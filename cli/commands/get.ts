// netsim get: tables, -o json|yaml|name|jsonpath|go-template, -l, -n/-A, --no-headers, -w.
import { flagBool, flagString, type ParsedArgs } from '../args.js';
import type { CommandContext } from '../context.js';
import { renderCliError } from '../errors.js';
import { parseOutput, renderObjects, type KubeObj, type OutputFormat } from '../output.js';
import { noResources, TableStream } from '../print/tables.js';
import { methodOf } from '../resources.js';
import { OUTPUT_FLAGS, type Command } from './command.js';
import { getOne, listAll, plain } from './fetch.js';
import { parseTargets, type Target } from './targets.js';

export const getCommand: Command = {
  name: 'get', summary: 'Display one or many resources',
  usage: 'netsim get KIND [NAME...] [-n NS | -A] [-l SELECTOR] [-w] [--no-headers] [-o wide|yaml|json|name|jsonpath=...|go-template=...]',
  flags: [...OUTPUT_FLAGS,
    { name: 'selector', short: 'l', type: 'string' }, { name: 'field-selector', type: 'string' },
    { name: 'all-namespaces', short: 'A', type: 'bool' }, { name: 'watch', short: 'w', type: 'bool' },
    { name: 'no-headers', type: 'bool' }, { name: 'show-labels', type: 'bool' }],
  async run(ctx, args) {
    const targets = parseTargets(args.positionals);
    const format = parseOutput(flagString(args, 'output'), flagString(args, 'template'));
    const allNs = flagBool(args, 'all-namespaces');
    const ns = allNs ? undefined : flagString(args, 'namespace') ?? 'default';
    let failed = false;
    let printed = false;
    const collected: KubeObj[] = [];
    if (flagBool(args, 'watch')) return watch(ctx, targets[0], ns, args, format, allNs);
    for (const t of targets) {
      const r = await fetchTarget(ctx, t, ns, args);
      for (const e of r.errors) { ctx.io.err(`${e}\n`); failed = true; }
      if (format.kind !== 'table') { collected.push(...r.items); continue; }
      if (!r.items.length) continue;
      ctx.io.out((printed ? '\n' : '') + renderTable(ctx, t, r.items, format, args, allNs));
      printed = true;
    }
    const single = targets.length === 1 && targets[0].names.length === 1;
    if (format.kind !== 'table' && (collected.length || !single)) {
      ctx.io.out(renderObjects(targets[0].kind, collected, format, single, { now: ctx.now() }));
    }
    const listing = targets.every((t) => t.names.length === 0);
    if (format.kind === 'table' && !printed && !failed && listing) {
      ctx.io.err(`${noResources(allNs || !targets[0].kind.namespaced ? undefined : ns)}\n`);
    }
    return failed ? 1 : 0;
  },
};

async function fetchTarget(ctx: CommandContext, t: Target, ns: string | undefined, args: ParsedArgs): Promise<{ items: KubeObj[]; errors: string[]; resourceVersion: string }> {
  if (t.names.length === 0) {
    const r = await listAll(ctx, t.kind, { namespace: ns, labelSelector: flagString(args, 'selector'), fieldSelector: flagString(args, 'field-selector') });
    return { ...r, errors: [] };
  }
  const items: KubeObj[] = [];
  const errors: string[] = [];
  for (const name of t.names) {
    try {
      items.push(await getOne(ctx, t.kind, ns ?? 'default', name));
    } catch (e) {
      errors.push(renderCliError(e, { address: ctx.target.address }));
    }
  }
  return { items, errors, resourceVersion: String(items.reduce((m, o) => Math.max(m, Number((o.metadata as { resourceVersion?: string })?.resourceVersion ?? 0)), 0)) };
}

function renderTable(ctx: CommandContext, t: Target, items: KubeObj[], format: OutputFormat & { kind: 'table' }, args: ParsedArgs, allNs: boolean): string {
  return renderObjects(t.kind, items, format, false, {
    now: ctx.now(), noHeaders: flagBool(args, 'no-headers'), showNamespace: allNs && t.kind.namespaced, showLabels: flagBool(args, 'show-labels'),
  });
}

// kubectl get -w: the listing, then one line (or document) per change, through one tabwriter
// that keeps the column widths, paced as the changes come, until Ctrl-C.
async function watch(ctx: CommandContext, t: Target, ns: string | undefined, args: ParsedArgs, format: OutputFormat, allNs: boolean): Promise<number> {
  const first = await fetchTarget(ctx, t, ns, args);
  for (const e of first.errors) ctx.io.err(`${e}\n`);
  const ac = new AbortController();
  process.once('SIGINT', () => ac.abort());
  const stream = format.kind === 'table'
    ? new TableStream(t.kind.plural, { now: ctx.now(), wide: format.wide, noHeaders: flagBool(args, 'no-headers'), showNamespace: allNs && t.kind.namespaced })
    : undefined;
  const show = (items: KubeObj[]) => {
    if (items.length) ctx.io.out(stream ? stream.print(items) : items.map((o) => renderObjects(t.kind, [o], format, true, { now: ctx.now() })).join(''));
  };
  show(first.items);
  const req: Record<string, unknown> = { label_selector: flagString(args, 'selector') ?? '', resource_version: first.resourceVersion || '0' };
  if (t.kind.namespaced) req.namespace = ns ?? '';
  await ctx.client.stream<{ type?: string; object?: unknown }>(t.kind.service, methodOf(t.kind, 'Watch'), req, (m) => {
    const o = plain(t.kind, m.object);
    if (!t.names.length || t.names.includes(String(o.metadata?.name))) show([o]);
  }, { signal: ac.signal });
  return 0;
}
