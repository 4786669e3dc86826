// netsim describe KIND [NAME]: kubectl describe's layout for pods and nodes, a generic form
// for the other kinds; the events about the object come last.
import { flagString } from '../args.js';
import type { CommandContext } from '../context.js';
import { renderCliError } from '../errors.js';
import type { KubeObj } from '../output.js';
import { describeGeneric, describeNode, describePod, describeService } from '../print/describe.js';
import { findKind } from '../resources.js';
import type { Command } from './command.js';
import { getOne, listAll } from './fetch.js';
import { parseTargets } from './targets.js';

export const describeCommand: Command = {
  name: 'describe', summary: 'Show details of a specific resource or group of resources',
  usage: 'netsim describe KIND [NAME...] [-l SELECTOR]',
  flags: [{ name: 'selector', short: 'l', type: 'string' }, { name: 'all-namespaces', short: 'A', type: 'bool' }],
  async run(ctx, args) {
    const ns = flagString(args, 'namespace') ?? 'default';
    let failed = false;
    const blocks: string[] = [];
    for (const t of parseTargets(args.positionals)) {
      let objs: KubeObj[] = [];
      if (t.names.length === 0) objs = (await listAll(ctx, t.kind, { namespace: ns, labelSelector: flagString(args, 'selector') })).items;
      for (const name of t.names) {
        try {
          objs.push(await getOne(ctx, t.kind, ns, name));
        } catch (e) {
          ctx.io.err(`${renderCliError(e, { address: ctx.target.address })}\n`);
          failed = true;
        }
      }
      for (const o of objs) blocks.push(await describeOne(ctx, t.kind.kind, o));
    }
    ctx.io.out(blocks.join('\n\n\n'));
    return failed ? 1 : 0;
  },
};

async function describeOne(ctx: CommandContext, kind: string, o: KubeObj): Promise<string> {
  const meta = o.metadata ?? {};
  const fieldSelector = `involvedObject.kind=${kind},involvedObject.name=${meta.name}`;
  const events = (await listAll(ctx, findKind('events')!, { namespace: meta.namespace ?? '', fieldSelector })).items;
  const now = ctx.now();
  if (kind === 'Pod') return describePod(o, events, now);
  if (kind === 'Service') {
    const slices = (await listAll(ctx, findKind('endpointslices')!, { namespace: meta.namespace ?? '', labelSelector: `kubernetes.io/service-name=${meta.name}` })).items;
    return describeService(o as never, slices as never, events as never, now);
  }
  if (kind === 'Node') {
    const pods = (await listAll(ctx, findKind('pods')!, { namespace: '', fieldSelector: `spec.nodeName=${meta.name}` })).items;
    return describeNode(o, pods, events, now);
  }
  return describeGeneric(o, events, now);
}
