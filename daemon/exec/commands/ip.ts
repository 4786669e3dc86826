// ip [-4|-6|-br] address|link|route [show] [dev] IFACE over the namespace model, in iproute2's
// or busybox's format by flavor. Objects match by prefix as iproute2's do (`ip a`, `ip r`).
// Imports command.ts, the netif model and the two formatters.
import type { NetInterface } from '../../kubelet/netif.js';
import { fail, ok, type CommandContext, type CommandHandler, type CommandResult } from '../command.js';
import { addrShowBusybox, linkLinesBusybox, routeLineBusybox } from './ip-busybox.js';
import { addrShow, linkLines, routeLine, type IpView } from './ip-iproute2.js';

// iproute2 ip.c cmds[] order decides what a prefix means: `l` is link, `r` is route.
const OBJECTS = ['address', 'addrlabel', 'maddress', 'route', 'rule', 'neighbor', 'neighbour', 'ntable', 'link'];
const SUPPORTED = new Set(['address', 'link', 'route']);

interface IpArgs { family?: 'IPv4' | 'IPv6'; brief: boolean; object: string; dev?: string; action?: string }

// Changing anything needs CAP_NET_ADMIN, which pods do not have.
const WRITES = new Set(['add', 'del', 'delete', 'change', 'replace', 'set', 'flush', 'append', 'prepend']);

function parseArgs(argv: readonly string[]): IpArgs | string {
  let i = 1, family: IpArgs['family'], brief = false;
  for (; i < argv.length && argv[i].startsWith('-'); i++) {
    const o = argv[i];
    if (o === '-4') family = 'IPv4';
    else if (o === '-6') family = 'IPv6';
    else if (o === '-f' || o === '-family') { const f = argv[++i]; family = f === 'inet' ? 'IPv4' : f === 'inet6' ? 'IPv6' : family; }
    else if (o === '-br' || o === '-brief') brief = true;
    else if (!['-o', '-oneline', '-c', '-color', '-d', '-details', '-s', '-stats', '-n', '-N'].includes(o)) return `Option "${o}" is unknown, try "ip -help".\n`;
  }
  const word = argv[i++];
  if (word === undefined) return 'Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n';
  const object = OBJECTS.find((o) => o.startsWith(word));
  if (!object) return `Object "${word}" is unknown, try "ip help".\n`;
  let dev: string | undefined;
  const action = WRITES.has(argv[i]) || argv[i] === 'get' ? argv[i] : undefined;
  for (; i < argv.length && !action; i++) {
    const a = argv[i];
    if (['show', 'list', 'ls', 'lst', 'sh', 'l'].includes(a) && dev === undefined) continue;
    dev = a === 'dev' ? argv[++i] : a;
  }
  return { family, brief, object, dev, action };
}

function devFilter(ctx: CommandContext, a: IpArgs): NetInterface[] | CommandResult {
  const all = ctx.exec.interfaces.interfaces;
  if (a.dev === undefined) return all;
  const found = all.filter((i) => i.name === a.dev);
  if (found.length) return found;
  return ctx.flavor === 'busybox' ? fail(`ip: can't find device '${a.dev}'\n`, 1) : fail(`Device "${a.dev}" does not exist.\n`, 1);
}

function brief(ifaces: readonly NetInterface[], a: IpArgs): string {
  return ifaces.map((i) => {
    const head = `${(i.peer ? `${i.name}@if${i.peer.index}` : i.name).padEnd(16)} ${i.operState.padEnd(14)} `;
    if (a.object === 'link') return `${head}${i.mac} <${i.kind === 'loopback' ? 'LOOPBACK,UP,LOWER_UP' : 'BROADCAST,MULTICAST,UP,LOWER_UP'}> \n`;
    const addrs = i.addresses.filter((x) => !a.family || x.family === a.family);
    if (a.family && addrs.length === 0) return '';
    return `${head}${addrs.map((x) => `${x.address}/${x.prefixLength} `).join('')}\n`;
  }).join('');
}

function show(ctx: CommandContext, a: IpArgs): CommandResult {
  const busybox = ctx.flavor === 'busybox';
  if (a.object === 'route') {
    const family = a.family ?? 'IPv4';
    // iproute2 asks for the main table; busybox drops only `local` routes from an IPv6 dump.
    const routes = ctx.exec.interfaces.routes.filter((r) => r.family === family && (a.dev === undefined || r.dev === a.dev) && (busybox || r.table !== 'local'));
    return ok(routes.map(busybox ? routeLineBusybox : routeLine).join(''));
  }
  const ifaces = devFilter(ctx, a);
  if (!Array.isArray(ifaces)) return ifaces;
  if (a.brief && !busybox) return ok(brief(ifaces, a));
  const view: IpView = { family: a.object === 'link' ? undefined : a.family, link: a.object === 'link' };
  if (a.object === 'link') return ok(ifaces.map((i) => (busybox ? linkLinesBusybox : linkLines)(i, view)).join(''));
  return ok(busybox ? addrShowBusybox(ifaces, view) : addrShow(ifaces, view));
}

export const ip: CommandHandler = (ctx, argv) => {
  const a = parseArgs(argv);
  if (typeof a === 'string') return fail(ctx.flavor === 'busybox' ? busyboxError(a) : a, ctx.flavor === 'busybox' ? 1 : 255);
  if (a.action && WRITES.has(a.action)) return fail('RTNETLINK answers: Operation not permitted\n', 2);
  if (!SUPPORTED.has(a.object) || a.action) return fail(`ip ${a.object}${a.action ? ` ${a.action}` : ''}: not simulated by netsim\n`, 1);
  return show(ctx, a);
};

function busyboxError(iproute2Message: string): string {
  const m = /^Object "(.*)" is unknown/.exec(iproute2Message);
  return m ? `ip: unknown command '${m[1]}'\n` : 'BusyBox v1.36.1 multi-call binary.\n\nUsage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]\n';
}
