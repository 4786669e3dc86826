// LoadBalancer ingress addresses from the configured pools, as MetalLB's allocator hands them
// out (spec R3.5): per family, pools in config order, lowest free address first. Imports
// dataplane/wire/ip.ts, ipam/ip-range.ts, ipam/bitmap.ts and domain errors.
//
//   "172.18.255.200-172.18.255.250"  -> slots 0..50, every address usable
//   "fc00:f853:ccd:e793:ffff::/112"  -> slots 0..65535 (a CIDR pool includes its first and last
//                                       address: MetalLB skips .0/.255 only with avoidBuggyIPs)
import { addrAdd, addrOffset, formatIp, parseIp, type IpAddr, type IpFamily } from '../../dataplane/wire/ip.js';
import { DomainError } from '../domain/errors.js';
import { Bitmap } from './bitmap.js';
import { formatIpRange, parseIpRange, type IpRange } from './ip-range.js';

/** A pool larger than this (an IPv6 /64) tracks only its first LB_POOL_SLOT_CAP addresses. */
export const LB_POOL_SLOT_CAP = 1 << 20;

interface Pool { readonly range: IpRange; readonly text: string; readonly size: number; readonly bits: Bitmap }

export class LoadBalancerPools {
  private readonly pools: Pool[];

  /** Errors: INVALID_SPEC for a pool that is neither `A-B` (same family, A <= B) nor a CIDR. */
  constructor(pools: readonly string[]) {
    this.pools = pools.map((text) => {
      const range = parseIpRange(text);
      if (!range) throw new DomainError('INVALID_SPEC', `invalid LoadBalancer pool: ${text}`);
      const last = addrOffset(range.start, range.end);
      const size = last < 0 || last >= LB_POOL_SLOT_CAP ? LB_POOL_SLOT_CAP : last + 1;
      return { range, text: formatIpRange(range), size, bits: new Bitmap(size) };
    });
  }

  /** Families that have at least one pool, in config order. */
  get families(): IpFamily[] {
    return [...new Set(this.pools.map((p) => p.range.family))];
  }

  /** The lowest free address of `family`'s pools; undefined when none is configured or all are used (`<pending>`). */
  allocate(family: IpFamily): string | undefined {
    for (const p of this.pools) {
      if (p.range.family !== family) continue;
      const off = p.bits.nextFree(0);
      if (off < 0) continue;
      p.bits.set(off);
      return formatIp(addrAdd(p.range.start, off));
    }
    return undefined;
  }

  /** Takes a specific address (rebuild, or a requested loadBalancerIP); false when taken or in no pool. */
  occupy(ip: string): boolean {
    const hit = this.locate(ip);
    return hit !== undefined && hit.pool.bits.set(hit.off);
  }

  /** Frees `ip`; a free or foreign address is a no-op. */
  release(ip: string): void {
    const hit = this.locate(ip);
    if (hit) hit.pool.bits.clear(hit.off);
  }

  has(ip: string): boolean {
    const hit = this.locate(ip);
    return hit !== undefined && hit.pool.bits.has(hit.off);
  }

  /** True when `ip` lies in a pool (within its tracked slots). */
  contains(ip: string): boolean {
    return this.locate(ip) !== undefined;
  }

  /** Used and total slots per family. */
  usage(family: IpFamily): { used: number; size: number } {
    let used = 0, size = 0;
    for (const p of this.pools) if (p.range.family === family) { used += p.bits.count; size += p.size; }
    return { used, size };
  }

  private locate(ip: string): { pool: Pool; off: number } | undefined {
    const a: IpAddr | undefined = parseIp(ip);
    if (a === undefined) return undefined;
    for (const pool of this.pools) {
      const off = addrOffset(pool.range.start, a);
      if (off >= 0 && off < pool.size) return { pool, off };
    }
    return undefined;
  }
}
