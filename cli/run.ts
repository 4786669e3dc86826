// The netsim CLI as a function: parse the verb and its flags, run it against the daemon,
// print kubectl's errors, return 0 or 1 (or the exec'd command's code).
import { parseArgs, UsageError } from './args.js';
import { GLOBAL_FLAGS, type Command } from './commands/command.js';
import { COMMANDS } from './commands/index.js';
import { UnknownKindError } from './commands/targets.js';
import { CommandContext, type Io } from './context.js';
import { isServiceError, renderCliError } from './errors.js';

const io: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `netsim controls the kube-netsim daemon, as kubectl controls a cluster.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}   ${c.summary}`).join('\n')}

Every command takes --home DIR (default $NETSIM_HOME, else ~/.netsim) and --address ADDR
(unix:///path/netsimd.sock or HOST:PORT; default $NETSIM_ADDRESS, else the home's socket).
Use "netsim <command> --help" for more information about a given command.
`;
}

export async function runCli(argv: readonly string[], out: Io = io): Promise<number> {
  const verb = findVerb(argv);
  if (!verb || argv[0] === '--help' || argv[0] === '-h') { out.out(help()); return verb ? 0 : argv.length ? 0 : 1; }
  const cmd = COMMANDS.find((c) => c.name === verb);
  if (!cmd) { out.err(`error: unknown command "${verb}" for "netsim"\nRun 'netsim --help' for usage.\n`); return 1; }
  const rest = [...argv];
  rest.splice(argv.indexOf(verb), 1);
  let ctx: CommandContext | undefined;
  try {
    const args = parseArgs(rest, [...GLOBAL_FLAGS, ...cmd.flags]);
    if (args.flags.get('help')) { out.out(`${cmd.summary}.\n\nUsage:\n  ${cmd.usage}\n`); return 0; }
    ctx = new CommandContext({ home: args.flags.get('home') as string | undefined, address: args.flags.get('address') as string | undefined }, out);
    return await cmd.run(ctx, args);
  } catch (e) {
    out.err(`${renderError(e, cmd, ctx)}\n`);
    return 1;
  } finally {
    ctx?.close();
  }
}

// The first word that is neither a flag nor the value of a global flag given before the verb
// (kubectl accepts `kubectl -n x get pods`).
function findVerb(argv: readonly string[]): string | undefined {
  const takesValue = new Set(['--home', '--address', '--namespace', '-n']);
  for (let i = 0; i < argv.length; i++) {
    if (takesValue.has(argv[i])) { i++; continue; }
    if (!argv[i].startsWith('-')) return argv[i];
  }
  return undefined;
}

function renderError(e: unknown, cmd: Command, ctx: CommandContext | undefined): string {
  if (e instanceof UsageError) return `error: ${e.message}\nSee 'netsim ${cmd.name} -h' for help and examples`;
  if (e instanceof UnknownKindError) return `error: ${e.message}`;
  if (isServiceError(e)) return renderCliError(e, { address: ctx?.target.address });
  return `error: ${(e as Error).message ?? String(e)}`;
}
