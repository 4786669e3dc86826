// netsim create deployment NAME --image=IMG [--replicas=N] and create namespace NAME, built as
// kubectl's generators build them (labels app=NAME, container named after the image).
import { fromPlainObject } from '../../proto/to-plain.js';
import { flagList, flagString, UsageError } from '../args.js';
import { parseOutput, renderObjects } from '../output.js';
import { findKind } from '../resources.js';
import { OUTPUT_FLAGS, type Command } from './command.js';
import { plain } from './fetch.js';

export const createCommand: Command = {
  name: 'create', summary: 'Create a resource (deployment, namespace)',
  usage: 'netsim create deployment NAME --image=IMG [--replicas=N] [--port=N] | create namespace NAME',
  flags: [...OUTPUT_FLAGS, { name: 'image', type: 'list' }, { name: 'replicas', short: 'r', type: 'string' },
    { name: 'port', type: 'string' }, { name: 'dry-run', type: 'string' }],
  async run(ctx, args) {
    const [what, name, ...rest] = args.positionals;
    if (!what) throw new UsageError('Required resource not specified.');
    if (!name) throw new UsageError(`exactly one NAME is required, got 0`);
    if (rest.length) throw new UsageError(`exactly one NAME is required, got ${rest.length + 1}`);
    const ns = flagString(args, 'namespace') ?? 'default';
    const format = flagString(args, 'output') ? parseOutput(flagString(args, 'output'), flagString(args, 'template')) : undefined;
    let kindWord: string;
    let res: unknown;
    if (what === 'deployment' || what === 'deploy') {
      const images = flagList(args, 'image');
      if (images.length === 0) throw new UsageError('required flag(s) "image" not set');
      kindWord = 'deployment';
      res = await ctx.client.unary('Deployments', 'CreateDeployment', { object: fromPlainObject('netsim.v1.Deployment', deploymentFor(name, ns, images, args.rest, flagString(args, 'replicas'), flagString(args, 'port'))) });
    } else if (what === 'namespace' || what === 'ns') {
      kindWord = 'namespace';
      res = await ctx.client.unary('Namespaces', 'CreateNamespace', { object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name } } });
    } else {
      throw new UsageError(`unknown command "${what}" for "netsim create" (supported: deployment, namespace)`);
    }
    const k = findKind(kindWord)!;
    if (format) ctx.io.out(renderObjects(k, [plain(k, res)], format, true, { now: ctx.now() }));
    else ctx.io.out(`${k.kind.toLowerCase()}${k.group ? `.${k.group}` : ''}/${name} created\n`);
    return 0;
  },
};

// kubectl create deployment (DeploymentOpts.createDeployment): labels app=NAME, one container
// per image named after the image's last path element without tag or digest.
function deploymentFor(name: string, namespace: string, images: string[], command: string[], replicasText?: string, portText?: string) {
  const replicas = replicasText === undefined ? 1 : Number(replicasText);
  if (!Number.isInteger(replicas) || replicas < 0) throw new UsageError(`invalid argument "${replicasText}" for "-r, --replicas" flag: strconv.ParseInt: parsing "${replicasText}": invalid syntax`);
  const labels = { app: name };
  const containers = images.map((image, i) => ({
    name: containerName(image), image,
    ...(i === 0 && command.length ? { command } : {}),
    ...(i === 0 && portText ? { ports: [{ containerPort: Number(portText) }] } : {}),
  }));
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name, namespace, labels },
    spec: { replicas, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers } } },
  };
}

/** kubectl buildPodSpec: the image's base name, `/`-separated last part, without `:tag` or `@digest`. */
export function containerName(image: string): string {
  const base = image.split('/').pop() ?? image;
  return base.replace(/@.*$/, '').replace(/:.*$/, '').replace(/[^a-z0-9-]/g, '-');
}
