// `ip addr|link|route` output as iproute2 6.1 prints it (ip/ipaddress.c print_linkinfo,
// print_addrinfo, print_ifa_flags; ip/iproute.c print_route). Pure; imports the netif model.
import type { IfAddress, NetInterface, Route } from '../../kubelet/netif.js';

export interface IpView { family?: 'IPv4' | 'IPv6'; link: boolean }

const linkFlags = (i: NetInterface) => (i.kind === 'loopback' ? 'LOOPBACK,UP,LOWER_UP' : 'BROADCAST,MULTICAST,UP,LOWER_UP');

/** `N: name@ifP: <FLAGS> mtu ... state X [mode DEFAULT ]group default [qlen N]` and the link/ line. */
export function linkLines(i: NetInterface, view: IpView): string {
  const name = i.peer ? `${i.name}@if${i.peer.index}` : i.name;
  let s = `${i.index}: ${name}: <${linkFlags(i)}> mtu ${i.mtu} qdisc ${i.qdisc} state ${i.operState} `;
  if (view.link) s += 'mode DEFAULT ';
  s += 'group default ';
  if (i.txQueueLen) s += `qlen ${i.txQueueLen}`;
  if (!view.family) {
    s += i.kind === 'loopback'
      ? `\n    link/loopback ${i.mac} brd 00:00:00:00:00:00`
      : `\n    link/ether ${i.mac} brd ff:ff:ff:ff:ff:ff`;
  }
  if (i.peer) s += i.peer.netnsName ? ` link-netns ${i.peer.netnsName}` : ` link-netnsid ${i.peer.netnsId}`;
  return `${s}\n`;
}

/** One address: `    inet A/L [brd B ]scope S [flags ][label]` then the lifetime line. */
export function addressLines(a: IfAddress, dev: string): string {
  const v4 = a.family === 'IPv4';
  let s = `    ${v4 ? 'inet' : 'inet6'} ${a.address}/${a.prefixLength} `;
  if (a.broadcast) s += `brd ${a.broadcast} `;
  s += `scope ${a.scope} `;
  if (a.nodad) s += 'nodad ';
  if (v4) s += dev;                     // IFA_LABEL exists for IPv4 addresses only
  return `${s}\n       valid_lft forever preferred_lft forever\n`;
}

export function addrShow(ifaces: readonly NetInterface[], view: IpView): string {
  return ifaces.map((i) => {
    const addrs = i.addresses.filter((a) => !view.family || a.family === view.family);
    if (view.family && addrs.length === 0) return '';
    return linkLines(i, view) + addrs.map((a) => addressLines(a, i.name)).join('');
  }).join('');
}

/** One route line; IPv4 lines end with a space, IPv6 ones with `pref medium`. */
export function routeLine(r: Route): string {
  const full = r.family === 'IPv4' ? 32 : 128;
  let s = r.prefixLength === 0 ? 'default ' : r.prefixLength === full ? `${r.dst} ` : `${r.dst}/${r.prefixLength} `;
  if (r.via) s += `via ${r.via} `;
  s += `dev ${r.dev} `;
  if (r.proto) s += `proto ${r.proto} `;
  if (r.scope) s += `scope ${r.scope} `;
  if (r.src) s += `src ${r.src} `;
  if (r.metric !== undefined) s += `metric ${r.metric} `;
  if (r.family === 'IPv6') s += 'pref medium';
  return `${s}\n`;
}
