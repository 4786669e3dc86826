// Pod IPs on one node with CNI host-local semantics (containernetworking/plugins
// plugins/ipam/host-local: backend/allocator/range.go Canonicalize, allocator.go GetIter/Next/Get,
// main.go cmdAdd). Imports wire/ip.ts, ipam and domain errors.
//
//   podCIDR 10.244.1.0/24:  .0 network | .1 gateway (bridge) | .2 ... .254 pods | .255 broadcast
//                           rangeStart = .1, rangeEnd = .254, offsets 0 .. 253 from rangeStart
//   podCIDR fd00:10:244:1::/64: rangeStart ::1, rangeEnd ::ffff (the tracked window, see below)
import {
  addrAdd, addrOffset, compareIp, formatCidr, formatIp, parseCidr, parseIp, type Cidr, type IpAddr,
} from '../../dataplane/wire/ip.js';
import { DomainError, RangeFullError } from '../domain/errors.js';
import { Bitmap } from './bitmap.js';
import { hostWindow } from './ip-range.js';

/**
 * IPv6 podCIDRs (/64) are far larger than any node's pods: a range tracks at most network+1 ..
 * network+0xffff (65,535 addresses, 65,534 for pods), the cap Kubernetes puts on IPv6 Service
 * ranges (R2.2). It behaves as host-local with `rangeEnd` set there, and that end is what the
 * exhaustion message prints. A /112 or longer prefix is not capped.
 */
export const IPV6_RANGE_CAP = 0xffff;

/** host-local allocator.go Get: exhaustion of range set `rangeIndex` of a pod's ranges. */
export class HostLocalFullError extends RangeFullError {
  constructor(readonly rangeIndex: number, rangeSet: string, cidr: string) {
    super(`no IP addresses available in range set: ${rangeSet}`, cidr);
  }
}

/** One host-local range: a podCIDR with its gateway, a round-robin cursor and a bitmap. */
export class HostLocalRange {
  readonly subnet: Cidr;
  readonly gateway: IpAddr;
  readonly rangeStart: IpAddr;
  readonly rangeEnd: IpAddr;
  /** Addresses in [rangeStart, rangeEnd], the gateway included. */
  readonly size: number;
  private readonly used: Bitmap;
  private last = -1;

  /** Errors: INVALID_SPEC (`Network %s too small to allocate from`, host bits set, bad CIDR). */
  constructor(podCidr: string, readonly index = 0) {
    this.subnet = parseSubnet(podCidr);
    this.gateway = addrAdd(this.subnet.network, 1);
    const w = hostWindow(this.subnet, IPV6_RANGE_CAP);
    this.rangeStart = w.start;
    this.rangeEnd = w.end;
    this.size = w.size;
    this.used = new Bitmap(w.size);
    this.used.set(0);                                     // the gateway is never handed out
  }

  /** Range.String: `start-end`. */
  toString(): string {
    return `${formatIp(this.rangeStart)}-${formatIp(this.rangeEnd)}`;
  }

  /** Pod IPs taken (the gateway not counted). */
  get count(): number { return this.used.count - 1; }

  /** last_reserved_ip: the cursor the caller persists; an address outside the range resets it. */
  get lastReserved(): string | undefined {
    return this.last < 0 ? undefined : formatIp(addrAdd(this.rangeStart, this.last));
  }

  set lastReserved(ip: string | undefined) {
    const off = ip === undefined ? -1 : this.offsetOf(ip);
    this.last = off;
  }

  /** Round-robin from lastReserved + 1, wrapping (GetIter). Errors: HostLocalFullError. */
  allocate(): string {
    const off = this.used.nextFree(this.last < 0 ? 0 : (this.last + 1) % this.size);
    if (off < 0) throw new HostLocalFullError(this.index, this.toString(), formatCidr(this.subnet));
    this.used.set(off);
    this.last = off;
    return formatIp(addrAdd(this.rangeStart, off));
  }

  has(ip: string): boolean {
    const off = this.offsetOf(ip);
    return off > 0 && this.used.has(off);
  }

  /** Marks a pod's IP as taken (rebuild); false if it already was. Errors: IP_NOT_IN_RANGE. */
  occupy(ip: string): boolean {
    const off = this.offsetOf(ip);
    if (off < 0) throw new DomainError('IP_NOT_IN_RANGE', `${ip} not in range set ${this.toString()}`);
    return off > 0 && this.used.set(off);
  }

  /** Frees a pod's IP; freeing a free, foreign or malformed address is a no-op (false). */
  release(ip: string): boolean {
    const off = this.offsetOf(ip);
    return off > 0 && this.used.clear(off);
  }

  /** Offset from rangeStart, or -1 when `ip` is not an address of this range. */
  offsetOf(ip: string): number {
    const a = parseIp(ip);
    if (a === undefined) return -1;
    const off = addrOffset(this.rangeStart, a);
    return off >= 0 && off < this.size ? off : -1;
  }
}

function parseSubnet(text: string): Cidr {
  const c = parseCidr(text);
  if (!c) throw new DomainError('INVALID_SPEC', `invalid CIDR address: ${text}`);
  const bits = c.family === 'IPv4' ? 32 : 128;
  if (c.prefix > bits - 2) throw new DomainError('INVALID_SPEC', `Network ${formatCidr(c)} too small to allocate from`);
  const given = parseIp(text.slice(0, text.indexOf('/')));
  if (given === undefined || compareIp(given, c.network) !== 0) {
    throw new DomainError('INVALID_SPEC', `Network has host bits set. For a subnet mask of length ${c.prefix} the network address is ${formatIp(c.network)}`);
  }
  return c;
}

/**
 * A pod's IPs on one node: one host-local range per podCIDR (node order), one IP from each or
 * none, as host-local's cmdAdd releases what it took when a later range fails.
 */
export class PodIpAllocator {
  readonly ranges: readonly HostLocalRange[];

  /** Errors: INVALID_SPEC (see HostLocalRange). */
  constructor(podCIDRs: readonly string[]) {
    this.ranges = podCIDRs.map((c, i) => new HostLocalRange(c, i));
  }

  /** One IP per range, in podCIDR order. Errors: HostLocalFullError (its rangeIndex names the range). */
  allocate(): string[] {
    const ips: string[] = [];
    for (const r of this.ranges) {
      try {
        ips.push(r.allocate());
      } catch (e) {
        ips.forEach((ip, i) => this.ranges[i].release(ip));  // the cursors stay advanced, as on disk
        throw e;
      }
    }
    return ips;
  }

  /** Marks existing pod IPs as taken, each in the range holding it. Errors: IP_NOT_IN_RANGE. */
  occupy(ips: readonly string[]): void {
    for (const ip of ips) {
      const r = this.rangeOf(ip);
      if (!r) throw new DomainError('IP_NOT_IN_RANGE', `${ip} not in range set ${this.ranges.join(',')}`);
      r.occupy(ip);
    }
  }

  /** Frees pod IPs; unknown addresses are ignored. */
  release(ips: readonly string[]): void {
    for (const ip of ips) this.rangeOf(ip)?.release(ip);
  }

  /** The persisted cursors, one per range (undefined = start from rangeStart). */
  get cursors(): (string | undefined)[] {
    return this.ranges.map((r) => r.lastReserved);
  }

  set cursors(values: readonly (string | undefined)[]) {
    this.ranges.forEach((r, i) => { r.lastReserved = values[i]; });
  }

  private rangeOf(ip: string): HostLocalRange | undefined {
    return this.ranges.find((r) => r.offsetOf(ip) >= 0);
  }
}
