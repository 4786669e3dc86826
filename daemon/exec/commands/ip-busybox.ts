// `ip addr|link|route` output as busybox 1.36 prints it (networking/libiproute/ipaddress.c
// print_linkinfo/print_addrinfo, iproute.c print_route): no group, no link-netnsid, an
// unknown peer index shows as ifN with M-DOWN, and ` src`/` metric` carry an extra space.
import type { IfAddress, NetInterface, Route } from '../../kubelet/netif.js';
import type { IpView } from './ip-iproute2.js';

export function linkLinesBusybox(i: NetInterface, view: IpView): string {
  // ll_index_to_flags() of an index absent from this namespace is 0, so M-DOWN is set.
  const flags = i.kind === 'loopback' ? 'LOOPBACK,UP,LOWER_UP' : `BROADCAST,MULTICAST,UP,LOWER_UP${i.peer ? ',M-DOWN' : ''}`;
  let s = `${i.index}: ${i.name}${i.peer ? `@if${i.peer.index}` : ''}: <${flags}> mtu ${i.mtu} qdisc ${i.qdisc} state ${i.operState} `;
  if (i.txQueueLen) s += `qlen ${i.txQueueLen}`;
  if (!view.family) {
    s += i.kind === 'loopback'
      ? `\n    link/loopback ${i.mac} brd 00:00:00:00:00:00`
      : `\n    link/ether ${i.mac} brd ff:ff:ff:ff:ff:ff`;
  }
  return `${s}\n`;
}

function addressLinesBusybox(a: IfAddress, dev: string): string {
  const v4 = a.family === 'IPv4';
  let s = `    ${v4 ? 'inet' : 'inet6'} ${a.address}/${a.prefixLength} `;
  if (a.broadcast) s += `brd ${a.broadcast} `;
  s += `scope ${a.scope} `;
  if (a.nodad) s += 'flags 02 ';       // busybox has no name for IFA_F_NODAD
  if (v4) s += dev;
  return `${s}\n       valid_lft forever preferred_lft forever\n`;
}

export function addrShowBusybox(ifaces: readonly NetInterface[], view: IpView): string {
  return ifaces.map((i) => {
    const addrs = i.addresses.filter((a) => !view.family || a.family === view.family);
    if (view.family && addrs.length === 0) return '';
    return linkLinesBusybox(i, view) + (view.link ? '' : addrs.map((a) => addressLinesBusybox(a, i.name)).join(''));
  }).join('');
}

export function routeLineBusybox(r: Route): string {
  const full = r.family === 'IPv4' ? 32 : 128;
  let s = r.type ? `${r.type} ` : '';
  s += r.prefixLength === 0 ? 'default ' : r.prefixLength === full ? `${r.dst} ` : `${r.dst}/${r.prefixLength} `;
  if (r.via) s += `via ${r.via} `;
  s += `dev ${r.dev} `;
  if (r.scope) s += `scope ${r.scope} `;
  if (r.src) s += ` src ${r.src} `;
  if (r.metric !== undefined) s += ` metric ${r.metric} `;
  return `${s}\n`;
}
