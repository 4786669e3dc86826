// Inclusive address ranges: LoadBalancer pools as written (MetalLB: `A-B` or a CIDR), a subnet's
// host window, and the offsets a range covers inside a window. Imports only dataplane/wire/ip.ts.
import {
  addrAdd, addrFamily, addrOffset, cidrLast, cidrSize, compareIp, formatIp, parseCidr, parseIp,
  type Cidr, type IpAddr, type IpFamily,
} from '../../dataplane/wire/ip.js';

export interface IpRange { readonly family: IpFamily; readonly start: IpAddr; readonly end: IpAddr }

/** `172.18.255.200-172.18.255.250` (spaces around `-` allowed) or a CIDR; undefined if malformed. */
export function parseIpRange(text: string): IpRange | undefined {
  const dash = text.indexOf('-');
  if (dash < 0) {
    const c = parseCidr(text.trim());
    return c && { family: c.family, start: c.network, end: cidrLast(c) };
  }
  const start = parseIp(text.slice(0, dash).trim()), end = parseIp(text.slice(dash + 1).trim());
  if (start === undefined || end === undefined) return undefined;
  if (addrFamily(start) !== addrFamily(end) || compareIp(start, end) > 0) return undefined;
  return { family: addrFamily(start), start, end };
}

export function formatIpRange(r: IpRange): string {
  return `${formatIp(r.start)}-${formatIp(r.end)}`;
}

/**
 * The offsets [lo, hi] of `r` inside the window `base .. base+size-1`, or undefined when they
 * do not meet.
 */
export function rangeOffsets(r: IpRange, base: IpAddr, size: number): [number, number] | undefined {
  if (size <= 0 || r.family !== addrFamily(base)) return undefined;
  if (compareIp(r.end, base) < 0) return undefined;
  const lo = compareIp(r.start, base) <= 0 ? 0 : addrOffset(base, r.start);
  if (lo < 0 || lo >= size) return undefined;
  const endOff = addrOffset(base, r.end);
  const hi = endOff < 0 || endOff >= size ? size - 1 : endOff;
  return [lo, hi];
}

/** A subnet's host window, offsets 0 .. size-1 from `start` (= network+1, the gateway). */
export interface HostWindow { readonly start: IpAddr; readonly end: IpAddr; readonly size: number }

/**
 * network+1 .. broadcast-1 for IPv4 (host-local lastIP); network+1 .. the last address for IPv6,
 * capped at network+`v6Cap`. Needs prefix <= bits-2 (else size 0).
 */
export function hostWindow(c: Cidr, v6Cap: number): HostWindow {
  const start = addrAdd(c.network, 1);
  if (c.family === 'IPv4') {
    const size = Math.max(0, cidrSize(c) - 2);
    return { start, end: addrAdd(cidrLast(c), -1), size };
  }
  const size = Math.min(v6Cap, cidrSize(c) - 1);
  return { start, end: addrAdd(c.network, size), size };
}
