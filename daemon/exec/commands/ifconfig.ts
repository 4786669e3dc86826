// ifconfig [-a] [IFACE] in busybox 1.36's format (networking/interface.c ife_print) or
// net-tools 2.10's (lib/interface.c ife_print_long). Interfaces sorted by name, as both sort
// their list. Imports command.ts and the netif model.
import type { IfAddress, NetInterface } from '../../kubelet/netif.js';
import { fail, ok, type CommandHandler } from '../command.js';

const IFF = { UP: 0x1, BROADCAST: 0x2, LOOPBACK: 0x8, RUNNING: 0x40, MULTICAST: 0x1000 } as const;
const flagsOf = (i: NetInterface) => (i.kind === 'loopback' ? IFF.UP | IFF.LOOPBACK | IFF.RUNNING : IFF.UP | IFF.BROADCAST | IFF.RUNNING | IFF.MULTICAST);
const FLAG_ORDER: [string, number][] = [['UP', IFF.UP], ['BROADCAST', IFF.BROADCAST], ['LOOPBACK', IFF.LOOPBACK], ['RUNNING', IFF.RUNNING], ['MULTICAST', IFF.MULTICAST]];
const flagNames = (f: number) => FLAG_ORDER.filter(([, m]) => f & m).map(([n]) => n);

function netmask(len: number): string {
  const m = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
  return [24, 16, 8, 0].map((s) => (m >>> s) & 0xff).join('.');
}

const ipv4Of = (i: NetInterface): IfAddress | undefined => i.addresses.find((a) => a.family === 'IPv4');
const ipv6Of = (i: NetInterface) => i.addresses.filter((a) => a.family === 'IPv6');

// busybox print_bytes_scaled: up to four divisions by 1024, one decimal truncated.
function busyboxBytes(n: number): string {
  const units = ['', 'Ki', 'Mi', 'Gi', 'Ti'];
  let int = n, frac = 0, u = 0;
  for (let i = 0; i < 4; i++) {
    if (int >= 1024) { frac = Math.floor(((int % 1024) * 10) / 1024); int = Math.floor(int / 1024); u++; }
  }
  return `${n} (${int}.${frac} ${units[u]}B)`;
}

function busyboxIface(i: NetInterface): string {
  const loop = i.kind === 'loopback';
  let s = `${i.name.padEnd(9)} Link encap:${loop ? 'Local Loopback' : 'Ethernet'}  ${loop ? '' : `HWaddr ${i.mac.toUpperCase()}  `}\n`;
  const v4 = ipv4Of(i);
  const f = flagsOf(i);
  if (v4) s += `          inet addr:${v4.address} ${f & IFF.BROADCAST ? ` Bcast:${v4.broadcast ?? '0.0.0.0'} ` : ''} Mask:${netmask(v4.prefixLength)}\n`;
  const scopeName = { global: 'Global', link: 'Link', host: 'Host' } as const;
  for (const a of ipv6Of(i)) s += `          inet6 addr: ${a.address}/${a.prefixLength} Scope:${scopeName[a.scope]}\n`;
  s += `          ${flagNames(f).map((n) => `${n} `).join('')} MTU:${i.mtu}  Metric:1\n`;
  const st = i.stats;
  s += `          RX packets:${st.rxPackets} errors:0 dropped:0 overruns:0 frame:0\n`;
  s += `          TX packets:${st.txPackets} errors:0 dropped:0 overruns:0 carrier:0\n`;
  s += `          collisions:0 txqueuelen:${i.txQueueLen} \n`;
  s += `          RX bytes:${busyboxBytes(st.rxBytes)}  TX bytes:${busyboxBytes(st.txBytes)}\n\n`;
  return s;
}

// net-tools: tenths of the largest unit the count exceeds, truncated.
function netToolsBytes(n: number): string {
  const units: [number, string][] = [[2 ** 60, 'EiB'], [2 ** 50, 'PiB'], [2 ** 40, 'TiB'], [2 ** 30, 'GiB'], [2 ** 20, 'MiB'], [2 ** 10, 'KiB']];
  const hit = units.find(([size]) => n > size);
  const tenths = hit ? Math.floor((n * 10) / hit[0]) : n * 10;
  return `${n} (${Math.floor(tenths / 10)}.${tenths % 10} ${hit ? hit[1] : 'B'})`;
}

function netToolsIface(i: NetInterface): string {
  const f = flagsOf(i);
  let s = `${i.name}: flags=${f}<${flagNames(f).join(',')}>  mtu ${i.mtu}\n`;
  const v4 = ipv4Of(i);
  if (v4) s += `        inet ${v4.address}  netmask ${netmask(v4.prefixLength)}${f & IFF.BROADCAST ? `  broadcast ${v4.broadcast ?? '0.0.0.0'}` : ''}\n`;
  const scopeId = { global: '0x0<global>', link: '0x20<link>', host: '0x10<host>' } as const;
  for (const a of ipv6Of(i)) s += `        inet6 ${a.address}  prefixlen ${a.prefixLength}  scopeid ${scopeId[a.scope]}\n`;
  s += i.kind === 'loopback'
    ? `        loop  txqueuelen ${i.txQueueLen}  (Local Loopback)\n`
    : `        ether ${i.mac}  txqueuelen ${i.txQueueLen}  (Ethernet)\n`;
  const st = i.stats;
  s += `        RX packets ${st.rxPackets}  bytes ${netToolsBytes(st.rxBytes)}\n`;
  s += '        RX errors 0  dropped 0  overruns 0  frame 0\n';
  s += `        TX packets ${st.txPackets}  bytes ${netToolsBytes(st.txBytes)}\n`;
  s += '        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0\n\n';
  return s;
}

export const ifconfig: CommandHandler = (ctx, argv) => {
  const names = argv.slice(1).filter((a) => !a.startsWith('-'));
  const all = [...ctx.exec.interfaces.interfaces].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const format = ctx.flavor === 'busybox' ? busyboxIface : netToolsIface;
  if (names.length === 0) return ok(all.map(format).join(''));
  if (names.length > 1) return fail(ctx.flavor === 'busybox' ? 'ifconfig: SIOCSIFADDR: Operation not permitted\n' : 'SIOCSIFADDR: Operation not permitted\n', 1);
  const found = all.find((i) => i.name === names[0]);
  if (found) return ok(format(found));
  const msg = `${names[0]}: error fetching interface information: Device not found\n`;
  return fail(ctx.flavor === 'busybox' ? `ifconfig: ${msg}` : msg, 1);
};
