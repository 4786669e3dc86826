// netsim scale deployment/NAME|statefulset/NAME --replicas=N: read, set spec.replicas, update
// with the read resourceVersion (a concurrent change gets kubectl's Conflict error).
import { fromPlainObject } from '../../proto/to-plain.js';
import { flagString, UsageError } from '../args.js';
import { methodOf } from '../resources.js';
import type { Command } from './command.js';
import { getOne } from './fetch.js';
import { parseTargets } from './targets.js';

export const scaleCommand: Command = {
  name: 'scale', summary: 'Set a new size for a deployment or statefulset',
  usage: 'netsim scale deployment/NAME|statefulset/NAME --replicas=N',
  flags: [{ name: 'replicas', type: 'string' }, { name: 'current-replicas', type: 'string' }],
  async run(ctx, args) {
    const text = flagString(args, 'replicas');
    if (text === undefined) throw new UsageError('required flag(s) "replicas" not set');
    const replicas = Number(text);
    if (!/^\d+$/.test(text)) throw new UsageError(`invalid argument "${text}" for "--replicas" flag: strconv.ParseInt: parsing "${text}": invalid syntax`);
    const ns = flagString(args, 'namespace') ?? 'default';
    for (const t of parseTargets(args.positionals)) {
      if (t.kind.kind !== 'Deployment' && t.kind.kind !== 'StatefulSet') throw new UsageError(`cannot scale ${t.kind.plural}`);
      if (t.names.length === 0) throw new UsageError('resource(s) were provided, but no name was specified');
      for (const name of t.names) {
        const live = await getOne(ctx, t.kind, ns, name) as { spec: Record<string, unknown> };
        const cur = flagString(args, 'current-replicas');
        if (cur !== undefined && Number(cur) !== (live.spec.replicas ?? 1)) {
          ctx.io.err(`error: Expected replicas to be ${cur}, was ${String(live.spec.replicas)}\n`);
          return 1;
        }
        await ctx.client.unary(t.kind.service, methodOf(t.kind, 'Update'), { object: fromPlainObject(`netsim.v1.${t.kind.kind}`, { ...live, spec: { ...live.spec, replicas } }) });
        ctx.io.out(`${t.kind.kind.toLowerCase()}.${t.kind.group}/${name} scaled\n`);
      }
    }
    return 0;
  },
};
