// netsim delete KIND NAME... | KIND/NAME... | -f FILE: `pod "x" deleted` per object, as
// kubectl before 1.33 prints it (formats.md 4.1).
import { parseAllDocuments } from 'yaml';
import { flagBool, flagList, flagString, UsageError } from '../args.js';
import type { CommandContext } from '../context.js';
import { renderCliError } from '../errors.js';
import { findKind, methodOf, type CliKind } from '../resources.js';
import type { Command } from './command.js';
import { readManifestSources, readStdin } from './manifest-files.js';
import { parseTargets, UnknownKindError } from './targets.js';

export const deleteCommand: Command = {
  name: 'delete', summary: 'Delete resources by kind and name or by file name',
  usage: 'netsim delete KIND NAME... | KIND/NAME... | -f FILE [--ignore-not-found]',
  flags: [{ name: 'filename', short: 'f', type: 'list' }, { name: 'ignore-not-found', type: 'bool' }, { name: 'now', type: 'bool' },
    { name: 'force', type: 'bool' }, { name: 'grace-period', type: 'string' }, { name: 'wait', type: 'bool' }],
  async run(ctx, args) {
    const ns = flagString(args, 'namespace') ?? 'default';
    const items: { k: CliKind; name: string; namespace: string }[] = [];
    if (flagList(args, 'filename').length) {
      for (const src of readManifestSources(flagList(args, 'filename'), readStdin)) {
        for (const doc of parseAllDocuments(src.body)) {
          const o = doc.toJS() as { kind?: string; metadata?: { name?: string; namespace?: string } } | null;
          if (!o?.kind) continue;
          const k = findKind(o.kind);
          if (!k) throw new UnknownKindError(o.kind);
          items.push({ k, name: o.metadata?.name ?? '', namespace: o.metadata?.namespace ?? ns });
        }
      }
    } else {
      for (const t of parseTargets(args.positionals)) {
        if (t.names.length === 0) throw new UsageError('resource(s) were provided, but no name was specified');
        for (const name of t.names) items.push({ k: t.kind, name, namespace: ns });
      }
    }
    return deleteAll(ctx, items, flagBool(args, 'ignore-not-found'));
  },
};

async function deleteAll(ctx: CommandContext, items: { k: CliKind; name: string; namespace: string }[], ignoreNotFound: boolean): Promise<number> {
  let failed = false;
  for (const { k, name, namespace } of items) {
    try {
      await ctx.client.unary(k.service, methodOf(k, 'Delete'), k.namespaced ? { namespace, name } : { name });
      ctx.io.out(`${k.kind.toLowerCase()}${k.group ? `.${k.group}` : ''} "${name}" deleted\n`);
    } catch (e) {
      if (ignoreNotFound && (e as { code?: number }).code === 5) continue;
      ctx.io.err(`${renderCliError(e, { address: ctx.target.address })}\n`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}
