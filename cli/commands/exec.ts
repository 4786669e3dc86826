// netsim exec POD|node/NAME [-c CONTAINER] -- COMMAND [ARGS...]: runs a simulated command
// through Pods.Exec or Nodes.Exec, passes its output through, and exits with its code, adding
// kubectl's `command terminated with exit code N` on failure.
import { flagString, UsageError } from '../args.js';
import { findKind } from '../resources.js';
import type { Command } from './command.js';
import { getOne } from './fetch.js';
import { noteDefaultContainer } from './logs.js';

export const execCommand: Command = {
  name: 'exec', summary: 'Execute a command in a container or on a node',
  usage: 'netsim exec POD|node/NAME [-c CONTAINER] -- COMMAND [ARGS...]',
  flags: [{ name: 'container', short: 'c', type: 'string' }, { name: 'stdin', short: 'i', type: 'bool' }, { name: 'tty', short: 't', type: 'bool' }],
  async run(ctx, args) {
    const [target, ...inline] = args.positionals;
    if (!target) throw new UsageError('pod, type/name or --filename must be specified');
    const argv = args.sawDashDash ? args.rest : inline;
    if (argv.length === 0) throw new UsageError('you must specify at least one command for the container');
    const ns = flagString(args, 'namespace') ?? 'default';
    const node = target.match(/^(?:node|nodes|no)\/(.+)$/)?.[1];
    const podName = target.replace(/^(?:pod|pods|po)\//, '');
    let service = 'Nodes';
    let req: Record<string, unknown> = { name: node, command: argv };
    if (!node) {
      const container = flagString(args, 'container');
      const pod = await getOne(ctx, findKind('pod')!, ns, podName);
      const phase = (pod.status as { phase?: string } | undefined)?.phase;
      // exec.go checks this on the client, before any request to run the command.
      if (phase === 'Succeeded' || phase === 'Failed') throw new Error(`cannot exec into a container in a completed pod; current phase is ${phase}`);
      if (!container) noteDefaultContainer(ctx.io.err, pod);
      service = 'Pods';
      req = { namespace: ns, name: podName, container: container ?? '', command: argv };
    }
    let exitCode = 0;
    await ctx.client.stream<{ stdout?: Buffer; stderr?: Buffer; exit_code?: number; chunk?: string }>(service, 'Exec', req, (m) => {
      if (m.stdout) ctx.io.out(Buffer.from(m.stdout).toString('utf8'));
      if (m.stderr) ctx.io.err(Buffer.from(m.stderr).toString('utf8'));
      if (m.exit_code !== undefined && m.exit_code !== null) exitCode = m.exit_code;
    });
    if (exitCode !== 0) ctx.io.err(`command terminated with exit code ${exitCode}\n`);
    return exitCode;
  },
};
