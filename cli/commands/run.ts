// netsim run NAME --image=IMG [--restart=Never] [--command] [-- ARGS...]: one pod labelled
// run=NAME, as kubectl run builds it.
import { fromPlainObject } from '../../proto/to-plain.js';
import { flagBool, flagList, flagString, UsageError } from '../args.js';
import { parseOutput, renderObjects } from '../output.js';
import { findKind } from '../resources.js';
import { OUTPUT_FLAGS, type Command } from './command.js';
import { plain } from './fetch.js';

export const runCommand: Command = {
  name: 'run', summary: 'Run a particular image in a pod',
  usage: 'netsim run NAME --image=IMG [--restart=Always|OnFailure|Never] [--command] [--env=K=V] [--port=N] [-l k=v] [-- ARGS...]',
  flags: [...OUTPUT_FLAGS, { name: 'image', type: 'string' }, { name: 'restart', type: 'string' }, { name: 'command', type: 'bool' },
    { name: 'env', type: 'list' }, { name: 'port', type: 'string' }, { name: 'labels', short: 'l', type: 'string' },
    { name: 'dry-run', type: 'string' }],
  async run(ctx, args) {
    const [name, ...extra] = args.positionals;
    if (!name) throw new UsageError('NAME is required for run');
    const image = flagString(args, 'image');
    if (!image) throw new UsageError('required flag(s) "image" not set');
    const words = [...extra, ...args.rest];
    const restart = flagString(args, 'restart') ?? 'Always';
    if (!['Always', 'OnFailure', 'Never'].includes(restart)) throw new UsageError(`invalid restart policy: ${restart}`);
    const labels = flagString(args, 'labels') ? Object.fromEntries(flagString(args, 'labels')!.split(',').map((kv) => kv.split('='))) : { run: name };
    const env = flagList(args, 'env').map((kv) => ({ name: kv.slice(0, kv.indexOf('=')), value: kv.slice(kv.indexOf('=') + 1) }));
    const container: Record<string, unknown> = { name, image };
    if (words.length) container[flagBool(args, 'command') ? 'command' : 'args'] = words;
    if (env.length) container.env = env;
    if (flagString(args, 'port')) container.ports = [{ containerPort: Number(flagString(args, 'port')) }];
    const pod = {
      apiVersion: 'v1', kind: 'Pod',
      metadata: { name, namespace: flagString(args, 'namespace') ?? 'default', labels },
      spec: { containers: [container], restartPolicy: restart, dnsPolicy: 'ClusterFirst' },
    };
    const res = await ctx.client.unary('Pods', 'CreatePod', { object: fromPlainObject('netsim.v1.Pod', pod) });
    const k = findKind('pod')!;
    if (flagString(args, 'output')) ctx.io.out(renderObjects(k, [plain(k, res)], parseOutput(flagString(args, 'output'), flagString(args, 'template')), true, { now: ctx.now() }));
    else ctx.io.out(`pod/${name} created\n`);
    return 0;
  },
};
