// Source address selection for packets a namespace originates (its own ICMP errors, the
// probes of a tool): the first address of the family on the interface the route back leaves
// by, else the namespace's first address (Linux inet_select_addr / ipv6_dev_get_saddr, simplified).
import { RouteKind, type Fib } from '../tables/fib.js';

/** The IPv4 source for a packet from `ns` to `dst`, or -1 when the namespace has no IPv4 address. */
export function sourceFor4(f: Fib, ns: number, dst: number): number {
  const r = f.nsLpm4[ns].lookup(dst);
  if (r >= 0 && f.routeKind[r] === RouteKind.LOCAL) return dst;
  const g = r >= 0 ? f.routeIface[r] : -1;
  if (g >= 0 && f.ifaceHasSrc4[g]) return f.ifaceSrc4[g];
  return f.nsHasPrimary4[ns] ? f.nsPrimary4[ns] : -1;
}

/** Writes the IPv6 source for a packet from `ns` to dst (16 bytes at b[off]) into out[at..at+16); false when there is none. */
export function sourceFor6(f: Fib, ns: number, b: Uint8Array, off: number, out: Uint8Array, at: number): boolean {
  const r = f.nsLpm6[ns].lookup(b, off);
  if (r >= 0 && f.routeKind[r] === RouteKind.LOCAL) { out.set(b.subarray(off, off + 16), at); return true; }
  const g = r >= 0 ? f.routeIface[r] : -1;
  if (g >= 0 && f.ifaceHasSrc6[g]) { out.set(f.ifaceSrc6.subarray(16 * g, 16 * g + 16), at); return true; }
  if (!f.nsHasPrimary6[ns]) return false;
  out.set(f.nsPrimary6.subarray(16 * ns, 16 * ns + 16), at);
  return true;
}
