// Which handler runs a program in an image: the image's own binaries (servers.ts), then its
// tool set (toolsets.ts), through the name → handler map that later tools (ping, curl, dig,
// tcpdump, ...) plug into with registerCommand(). Imports exec/commands/*, servers.ts, toolsets.ts.
import type { ImageProfile } from '../images/catalog.js';
import { fail, type CommandHandler, type Flavor } from './command.js';
import { cat } from './commands/cat.js';
import { curl } from './commands/curl.js';
import { echo } from './commands/echo.js';
import { env, printenv } from './commands/env.js';
import { hostname } from './commands/hostname.js';
import { ifconfig } from './commands/ifconfig.js';
import { ip } from './commands/ip.js';
import { ls } from './commands/ls.js';
import { nc } from './commands/nc.js';
import { ping, ping6 } from './commands/ping.js';
import { sleep } from './commands/sleep.js';
import { tail } from './commands/tail.js';
import { traceroute, traceroute6 } from './commands/traceroute.js';
import { tcpdump } from './commands/tcpdump.js';
import { wget } from './commands/wget.js';
import { falseCmd, trueCmd } from './commands/true-false.js';
import { busyboxHttpd, SERVERS } from './servers.js';
import { TOOLSETS } from './toolsets.js';

// Built lazily: servers.ts and this module import each other through run-argv.ts.
const builtinHandlers = (): Readonly<Record<string, CommandHandler>> => ({
  tcpdump,
  cat, echo, env, printenv, hostname, sleep, true: trueCmd, false: falseCmd, ls, tail, ip, ifconfig, nc, httpd: busyboxHttpd,
  curl, wget,
  ping, ping6, traceroute, traceroute6,
});
const registered = new Map<string, CommandHandler>();

/** Plugs in (or replaces) the handler of a tool; its availability stays TOOLSETS's. */
export function registerCommand(name: string, handler: CommandHandler): void {
  registered.set(name, handler);
}

// A tool an image has but netsim does not simulate yet (ping, curl, ... come later).
const notSimulated = (name: string): CommandHandler => () => fail(`${name}: not simulated by netsim yet\n`, 1);

export interface Resolved { handler: CommandHandler; flavor: Flavor }

/** The program `name` in this image, or undefined when the image does not have it. */
export function lookupCommand(image: ImageProfile, name: string): Resolved | undefined {
  if (image.binaries.includes(name) && SERVERS[name]) return { handler: SERVERS[name], flavor: image.tools === 'gnu' ? 'gnu' : 'busybox' };
  const flavor = TOOLSETS[image.tools][name];
  if (!flavor) return undefined;
  return { handler: registered.get(name) ?? builtinHandlers()[name] ?? notSimulated(name), flavor };
}
