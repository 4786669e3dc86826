// The shape of a CLI verb and the flags every verb accepts (--home, --address, -n).
import type { FlagSpec, ParsedArgs } from '../args.js';
import type { CommandContext } from '../context.js';

export interface Command {
  name: string;
  /** One line for `netsim --help`. */
  summary: string;
  usage: string;
  flags: readonly FlagSpec[];
  run(ctx: CommandContext, args: ParsedArgs): Promise<number>;
}

export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  { name: 'home', type: 'string' },
  { name: 'address', type: 'string' },
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'help', short: 'h', type: 'bool' },
];

export const OUTPUT_FLAGS: readonly FlagSpec[] = [
  { name: 'output', short: 'o', type: 'string' },
  { name: 'template', type: 'string' },
];
