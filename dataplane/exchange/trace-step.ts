// The rich description of one pipeline step, built only when a packet is traced (the Trace
// RPC, `netsim trace`): which namespace, which route matched, what was done and why.
import { ipHeaderLength, ipProtocol, isIpv6Packet } from '../wire/ip-packet.js';
import { HopOut } from '../pipeline/hop.js';
import { Action, dropReasonName } from '../pipeline/verdict.js';
import type { Fib } from '../tables/fib.js';
import { CtFlag } from '../tables/conntrack.js';
import type { PacketState } from '../pipeline/state.js';
import { formatIpv4, formatIpv6, ipv6FromWords } from '../wire/ip.js';

export interface TraceStep {
  /** `node/netsim-worker`, `pod/default/web-0`. */
  namespace: string;
  /** The interface it came in by ('' when originated here). */
  inInterface: string;
  action: 'FORWARD' | 'DELIVER' | 'REPLY' | 'DROP';
  /** The matching route as `ip route` would show it, or '' (no route / not looked up). */
  route: string;
  outInterface: string;
  /** FORWARD: the namespace it enters next. */
  next: string;
  /** DROP: the DropReason name (NO_ROUTE ...). */
  reason: string;
  /** DROP with an answer: what this hop sent back (e.g. `ICMP 3/1`). */
  generated: string;
  /** kube-proxy's work here: `DNAT 10.96.0.12:80 -> 10.244.2.7:8080 (default/web:http, new flow)`, reverse NAT ... */
  nat: string;
  atNs: number;
}

const ACTIONS = ['', 'FORWARD', 'DELIVER', 'REPLY', 'DROP'] as const;

function ifaceName(f: Fib, g: number): string {
  if (g < 0) return '';
  return f.program.namespaces[f.ifaceNs[g]].interfaces[f.ifaceIndex[g]].name;
}

function routeText(f: Fib, r: number): string {
  if (r < 0) return '';
  const ns = f.program.namespaces[f.routeNs[r]];
  const route = ns.routes[f.routeIndex[r]];
  const dev = ns.interfaces[route.iface]?.name ?? '?';
  const kind = route.kind === 'unicast' ? '' : ` (${route.kind})`;
  return `${route.dst}/${route.prefixLength}${route.via ? ` via ${route.via}` : ''} dev ${dev}${kind}`;
}

function generatedText(g: Uint8Array | undefined): string {
  if (!g) return '';
  const v6 = isIpv6Packet(g), at = ipHeaderLength(g), proto = ipProtocol(g);
  if (proto === 6) return 'TCP RST';
  return `${v6 ? 'ICMPv6' : 'ICMP'} ${g[at]}/${g[at + 1]}`;
}

const wordsText = (w: Int32Array, at: number, v6: boolean): string =>
  v6 ? formatIpv6(ipv6FromWords(w[at] >>> 0, w[at + 1] >>> 0, w[at + 2] >>> 0, w[at + 3] >>> 0)) : formatIpv4(w[at] >>> 0);
const endpoint = (a: string, port: number) => (a.includes(':') ? `[${a}]:${port}` : `${a}:${port}`);

/** What conntrack entry `e` did to the packet, in words. */
function natText(f: Fib, st: PacketState, e: number, isNew: boolean): string {
  if (e < 0) return '';
  const ct = st.ct, v6 = (ct.flags[e] & CtFlag.V6) !== 0, p = ct.peer[e];
  const svc = f.program.services[ct.service[e]]?.name ?? '?';
  if (ct.flags[e] & CtFlag.ORIG) {
    const vip = endpoint(wordsText(ct.rwSrc, 4 * p, v6), ct.rwPorts[p] >>> 16);
    const be = endpoint(wordsText(ct.rwDst, 4 * e, v6), ct.rwPorts[e] & 0xffff);
    const snat = ct.flags[e] & CtFlag.SNAT ? `, SNAT to ${wordsText(ct.rwSrc, 4 * e, v6)}` : '';
    return `DNAT ${vip} -> ${be}${snat} (${svc}, ${isNew ? 'new flow' : 'established flow'})`;
  }
  return `reverse NAT: from ${endpoint(wordsText(ct.rwSrc, 4 * e, v6), ct.rwPorts[e] >>> 16)} to ${endpoint(wordsText(ct.rwDst, 4 * e, v6), ct.rwPorts[e] & 0xffff)} (${svc})`;
}

export function describeStep(f: Fib, st: PacketState, ns: number, inIface: number, action: number, out: HopOut, atNs: number): TraceStep {
  return {
    namespace: f.program.namespaces[ns].name,
    inInterface: ifaceName(f, inIface),
    action: ACTIONS[action] as TraceStep['action'],
    route: routeText(f, out.route),
    outInterface: ifaceName(f, out.outIface),
    next: action === Action.FORWARD ? f.program.namespaces[out.ns].name : '',
    reason: action === Action.DROP ? dropReasonName(out.reason) : '',
    generated: generatedText(out.generated),
    nat: natText(f, st, out.natEntry, out.natNew),
    atNs,
  };
}
