// Node InternalIPs from `nodeSubnet`, one per family, as kind nodes get them from docker's
// network (libnetwork ipam: network+1 is the gateway, then the lowest free address: .2, .3 ...),
// never inside an excluded range (the LoadBalancer pools). Imports wire/ip.ts, ipam, domain errors.
import { addrAdd, addrOffset, formatCidr, formatIp, parseCidr, parseIp, type Cidr } from '../../dataplane/wire/ip.js';
import { DomainError, RangeFullError } from '../domain/errors.js';
import { Bitmap } from './bitmap.js';
import { hostWindow, parseIpRange, rangeOffsets, type HostWindow, type IpRange } from './ip-range.js';

/** An IPv6 nodeSubnet (/64) tracks network+1 .. network+0xffff, as pod ranges do (host-local.ts). */
export const NODE_IPV6_CAP = 0xffff;

/** libnetwork ipamapi.ErrNoAvailableIPs, prefixed with the subnet it concerns. */
export function nodeSubnetFullMessage(subnet: string): string {
  return `failed to allocate a node IP from nodeSubnet ${subnet}: No available addresses on this pool`;
}

/** One family's node addresses; offset 0 is the gateway (network+1), held from the start. */
export class NodeIpRange {
  readonly subnet: Cidr;
  readonly window: HostWindow;
  private readonly used: Bitmap;
  private readonly blocked: Bitmap;

  /** Errors: INVALID_SPEC (bad or too small CIDR). */
  constructor(subnet: string, excluded: readonly IpRange[] = []) {
    const c = parseCidr(subnet);
    if (!c) throw new DomainError('INVALID_SPEC', `invalid CIDR address: ${subnet}`);
    this.subnet = c;
    this.window = hostWindow(c, NODE_IPV6_CAP);
    if (this.window.size < 2) throw new DomainError('INVALID_SPEC', `Network ${formatCidr(c)} too small to allocate from`);
    this.used = new Bitmap(this.window.size);
    this.blocked = new Bitmap(this.window.size);
    this.block(0);
    for (const r of excluded) {
      const span = rangeOffsets(r, this.window.start, this.window.size);
      if (span) for (let off = span[0]; off <= span[1]; off++) this.block(off);
    }
  }

  get gateway(): string { return formatIp(this.window.start); }

  /** Node addresses taken (gateway and excluded addresses not counted). */
  get count(): number { return this.used.count - this.blocked.count; }

  /** The lowest free address. Errors: RANGE_FULL. */
  allocate(): string {
    const off = this.used.nextFree(0);
    if (off < 0) throw new RangeFullError(nodeSubnetFullMessage(formatCidr(this.subnet)), formatCidr(this.subnet));
    this.used.set(off);
    return formatIp(addrAdd(this.window.start, off));
  }

  /** Marks an existing node's address; false when taken, excluded or outside the subnet's window. */
  occupy(ip: string): boolean {
    const off = this.offsetOf(ip);
    return off >= 0 && !this.blocked.has(off) && this.used.set(off);
  }

  /** Frees an address; a free, excluded or foreign address is a no-op (false). */
  release(ip: string): boolean {
    const off = this.offsetOf(ip);
    return off >= 0 && !this.blocked.has(off) && this.used.clear(off);
  }

  /** Offset from the gateway, or -1 when `ip` is outside the window. */
  offsetOf(ip: string): number {
    const a = parseIp(ip);
    if (a === undefined) return -1;
    const off = addrOffset(this.window.start, a);
    return off >= 0 && off < this.window.size ? off : -1;
  }

  private block(off: number): void {
    this.blocked.set(off);
    this.used.set(off);
  }
}

export interface NodeIpConfig {
  /** `nodeSubnet`, primary family first. */
  nodeSubnets: readonly string[];
  /** Ranges no node may get (`loadBalancerPools`): `A-B` or CIDR. */
  excluded?: readonly string[];
}

export class NodeIpAllocator {
  /** One range per nodeSubnet, in config order (the order of a node's InternalIPs). */
  readonly ranges: readonly NodeIpRange[];

  /** Errors: INVALID_SPEC (bad subnet or excluded range). */
  constructor(cfg: NodeIpConfig) {
    const excluded = (cfg.excluded ?? []).map((t) => {
      const r = parseIpRange(t);
      if (!r) throw new DomainError('INVALID_SPEC', `invalid IP range: ${t}`);
      return r;
    });
    this.ranges = cfg.nodeSubnets.map((s) => new NodeIpRange(s, excluded));
  }

  /** One address per nodeSubnet, all or none. Errors: RANGE_FULL. */
  allocate(): string[] {
    const ips: string[] = [];
    for (const r of this.ranges) {
      try {
        ips.push(r.allocate());
      } catch (e) {
        ips.forEach((ip, i) => this.ranges[i].release(ip));
        throw e;
      }
    }
    return ips;
  }

  /** Marks existing nodes' addresses; returns those it could not take (duplicates, foreign, excluded). */
  occupy(ips: readonly string[]): string[] {
    return ips.filter((ip) => !this.ranges.some((r) => r.occupy(ip)));
  }

  /** Frees a deleted node's addresses; unknown ones are ignored. */
  release(ips: readonly string[]): void {
    for (const ip of ips) for (const r of this.ranges) r.release(ip);
  }
}
