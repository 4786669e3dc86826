// netsim apply -f FILE|DIR|-: the daemon runs kubectl's client-side apply (Manifests.Apply);
// this prints one line per object, `pod/x created|configured|unchanged`, and kubectl's errors.
import { flagList, flagString } from '../args.js';
import { renderCliError, renderStatus } from '../errors.js';
import { fromStatusMessage } from '../../proto/status-details.js';
import type { Status__Output } from '../../proto/gen/google/rpc/Status.js';
import { findKind } from '../resources.js';
import type { Command } from './command.js';
import { readManifestSources, readStdin } from './manifest-files.js';

interface ApplyResult { kind?: string; api_version?: string; namespace?: string; name?: string; action?: string; error?: Status__Output | null }

export const applyCommand: Command = {
  name: 'apply', summary: 'Apply a configuration to a resource by file name or stdin',
  usage: 'netsim apply -f FILE|DIR|- [--dry-run=server]',
  flags: [{ name: 'filename', short: 'f', type: 'list' }, { name: 'dry-run', type: 'string' }, { name: 'output', short: 'o', type: 'string' },
    { name: 'validate', type: 'string' }, { name: 'recursive', short: 'R', type: 'bool' }],
  async run(ctx, args) {
    const sources = readManifestSources(flagList(args, 'filename'), readStdin);
    const dryRun = flagString(args, 'dry-run');
    const suffix = dryRun && dryRun !== 'none' ? ` (${dryRun === 'client' ? 'dry run' : 'server dry run'})` : '';
    let failed = false;
    for (const src of sources) {
      let res: { results?: ApplyResult[] };
      try {
        res = await ctx.client.unary('Manifests', 'Apply', { body: src.body, source: src.name, namespace: flagString(args, 'namespace') ?? '', dry_run: Boolean(suffix) });
      } catch (e) {
        // INVALID_ARGUMENT on the whole call: the body did not parse; anything else is the daemon's.
        const err = e as { code?: number; details?: string };
        ctx.io.err(err.code === 3 ? `error: error parsing ${src.name}: ${err.details ?? String(e)}\n` : `${renderCliError(e, { address: ctx.target.address })}\n`);
        failed = true;
        continue;
      }
      for (const r of res.results ?? []) {
        if (r.error) {
          failed = true;
          const d = fromStatusMessage(r.error);
          if (!r.kind && d.message.startsWith('error converting YAML')) { ctx.io.err(`error: error parsing ${src.name}: ${d.message}\n`); continue; }
          ctx.io.err(`${renderStatus(d, { source: src.name, verb: 'creating', name: r.name, namespace: r.namespace })}\n`);
          continue;
        }
        const k = findKind(r.kind ?? '');
        const prefix = k ? `${k.kind.toLowerCase()}${k.group ? `.${k.group}` : ''}` : (r.kind ?? '').toLowerCase();
        ctx.io.out(`${prefix}/${r.name} ${r.action}${suffix}\n`);
      }
    }
    return failed ? 1 : 0;
  },
};
