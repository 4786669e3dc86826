// netsim logs POD [-c CONTAINER]: the container's output (GetPodLogs). With several containers
// and no -c, kubectl's note `Defaulted container "a" out of: a, b` goes to stderr.
import { flagString, UsageError } from '../args.js';
import { findKind } from '../resources.js';
import type { Command } from './command.js';
import { getOne } from './fetch.js';

export const logsCommand: Command = {
  name: 'logs', summary: 'Print the logs for a container in a pod',
  usage: 'netsim logs POD [-c CONTAINER]',
  flags: [{ name: 'container', short: 'c', type: 'string' }, { name: 'follow', short: 'f', type: 'bool' }, { name: 'tail', type: 'string' }],
  async run(ctx, args) {
    const target = args.positionals[0];
    if (!target) throw new UsageError('expected POD or TYPE/NAME as the argument');
    const name = target.startsWith('pod/') ? target.slice(4) : target.startsWith('pods/') ? target.slice(5) : target;
    const ns = flagString(args, 'namespace') ?? 'default';
    const container = flagString(args, 'container');
    if (!container) noteDefaultContainer(ctx.io.err, await getOne(ctx, findKind('pod')!, ns, name));
    const res = await ctx.client.unary<{ logs?: string }>('Pods', 'GetPodLogs', { namespace: ns, name, container: container ?? '' });
    let text = res.logs ?? '';
    const tail = flagString(args, 'tail');
    if (tail !== undefined && Number(tail) >= 0) text = text.split(/(?<=\n)/).slice(-Number(tail) || text.length).join('');
    ctx.io.out(text);
    return 0;
  },
};

/** kubectl's message when it picks a container for the user (podcmd.FindOrDefaultContainerByName). */
export function noteDefaultContainer(err: (s: string) => void, pod: { spec?: unknown; metadata?: unknown }): void {
  const spec = pod.spec as { containers?: { name: string }[] } | undefined;
  const names = (spec?.containers ?? []).map((c) => c.name);
  if (names.length <= 1) return;
  const ann = (pod.metadata as { annotations?: Record<string, string> } | undefined)?.annotations?.['kubectl.kubernetes.io/default-container'];
  err(`Defaulted container "${ann ?? names[0]}" out of: ${names.join(', ')}\n`);
}
