// The Service ClusterIP allocator of one Service CIDR, with kube-apiserver's bitmap semantics
// (spec R2.2-R2.5). Imports dataplane/wire/ip.ts, ipam/bitmap.ts, sim/rng.ts and domain errors.
//
//   10.96.0.0/16:  .0.0 network (never) | offset 0 = .0.1 ... | .255.255 broadcast (never, IPv4)
//                  [0, band)   = .0.1 - .1.0      static-preferred band (256 slots)
//                  [band, max) = .1.1 - .255.254  dynamic band (random start, scan, wrap)
import {
  addrAdd, formatCidr, formatIp, formatIpv4, formatIpv6, ipv6Word, parseCidr, parseIp, type Cidr, type IpAddr,
  type IpFamily,
} from '../../dataplane/wire/ip.js';
import { DomainError, RangeFullError } from '../domain/errors.js';
import type { Rng } from '../sim/rng.js';
import { Bitmap } from './bitmap.js';

/** ipallocator/bitmap.go New: IPv6 ranges keep a bitmap of at most 65536 slots. */
export const IPV6_SLOT_CAP = 65536;

/** interfaces.go ErrAllocated. */
export class IpAllocatedError extends DomainError {
  constructor() { super('IP_ALLOCATED', 'provided IP is already allocated'); }
}

/** interfaces.go ErrNotInRange; `ip` prints as Go's net.IP String (the raw text when unparsable). */
export class IpNotInRangeError extends DomainError {
  constructor(readonly ip: string, readonly validRange: string) {
    super('IP_NOT_IN_RANGE', `the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${validRange}`);
  }
}

/** interfaces.go ErrFull. */
export function rangeFull(cidr?: string): RangeFullError {
  return new RangeFullError('range is full', cidr);
}

/**
 * bitmap.go calculateRangeOffset: `min(max(16, size/16), 256)`, 0 when the CIDR holds 16
 * addresses or fewer. `size` is the whole CIDR (netutils.RangeSize), not the usable count.
 */
export function clusterIpBandSize(c: Cidr): number {
  const size = 2 ** ((c.family === 'IPv4' ? 32 : 128) - c.prefix);
  if (size <= 16) return 0;
  return Math.min(Math.max(16, Math.floor(size / 16)), 256);
}

/** Usable slots after network+1: IPv4 drops network and broadcast, IPv6 drops the network only. */
export function clusterIpSlots(c: Cidr): number {
  const size = 2 ** ((c.family === 'IPv4' ? 32 : 128) - c.prefix);
  if (c.family === 'IPv4') return Math.max(0, size - 2);
  return Math.max(0, Math.min(size, IPV6_SLOT_CAP) - 1);
}

/** Allocation counters per scope, as kube_apiserver_clusterip_allocator_* report them. */
export interface ClusterIpMetrics {
  cidr: string;
  allocated: number;
  available: number;
  /** Used / size of the static-preferred band and of the dynamic band. */
  bands: { static: { used: number; size: number }; dynamic: { used: number; size: number } };
  allocationTotal: { static: number; dynamic: number };
  allocationErrorsTotal: { static: number; dynamic: number };
}

/** Decimal text of 0..255: formatting an address from it is several times faster than formatIpv4. */
const OCTETS: readonly string[] = Array.from({ length: 256 }, (_, i) => String(i));
const OCTETS_DOT: readonly string[] = OCTETS.map((o) => `${o}.`);

/** One Service CIDR's ClusterIPs: bit i of the bitmap is address network+1+i. */
export class ClusterIpAllocator {
  readonly cidr: string;
  readonly family: IpFamily;
  /** Usable slots (bitmap.go `max`). */
  readonly size: number;
  /** Slots [0, band) form the static-preferred band (KEP-3070). */
  readonly band: number;
  private readonly v4Base: number;
  private readonly v6Base: Uint8Array | undefined;
  /** IPv4 ranges of /16 or longer (/24 or longer) print `v4Head` then the 2 (1) octets that vary. */
  private readonly v4Fixed: number;
  private readonly v4Head: string;
  /** Text of an IPv6 address of this range minus its last group (only that group varies). */
  private readonly v6Head: string;
  private readonly bits: Bitmap;
  private lowUsed = 0;
  private readonly totals = { static: 0, dynamic: 0 };
  private readonly errors = { static: 0, dynamic: 0 };

  /** Errors: INVALID_SPEC for text that is not a CIDR. */
  constructor(cidr: string, private readonly rng: Rng) {
    const c = parseCidr(cidr);
    if (!c) throw new DomainError('INVALID_SPEC', `invalid CIDR address: ${cidr}`);
    this.cidr = formatCidr(c);
    this.family = c.family;
    this.size = clusterIpSlots(c);
    this.band = clusterIpBandSize(c);
    this.bits = new Bitmap(this.size);
    const base = addrAdd(c.network, 1);
    this.v4Base = typeof base === 'number' ? base : 0;
    this.v6Base = typeof base === 'number' ? undefined : base;
    this.v6Head = this.v6Base ? v6HeadOf(this.v6Base) : '';
    this.v4Fixed = c.family === 'IPv4' && c.prefix >= 24 ? 3 : c.family === 'IPv4' && c.prefix >= 16 ? 2 : 0;
    this.v4Head = formatIpv4(this.v4Base).split('.').slice(0, this.v4Fixed).map((o) => `${o}.`).join('');
  }

  get used(): number { return this.bits.count; }
  get free(): number { return this.size - this.bits.count; }

  /** Static allocation (bitmap.go Allocate); returns the slot. Errors: IpNotInRangeError, IpAllocatedError. */
  allocate(ip: string): number {
    const off = this.offsetOf(ip);
    if (off < 0) {
      this.errors.static++;
      const a = parseIp(ip);
      throw new IpNotInRangeError(a === undefined ? ip : formatIp(a), this.cidr);
    }
    if (!this.bits.set(off)) {
      this.errors.static++;
      throw new IpAllocatedError();
    }
    if (off < this.band) this.lowUsed++;
    this.totals.static++;
    return off;
  }

  /** Dynamic allocation (bitmap.go AllocateNext). Errors: RangeFullError `range is full`. */
  allocateNext(): string {
    return this.addressAt(this.allocateNextOffset());
  }

  /**
   * allocator/bitmap.go randomScanStrategyWithOffset: a uniformly random start in the upper band,
   * scanning forward with wrap inside it; then the same in the lower band. Errors: RangeFullError.
   */
  allocateNextOffset(): number {
    const max = this.size, band = this.band, bits = this.bits;
    if (bits.count >= max) {
      this.errors.dynamic++;
      throw rangeFull(this.cidr);
    }
    const upper = max - band;
    const start = upper > 0 ? band + this.rng.intn(upper) : 0;
    let off: number;
    if (bits.count - this.lowUsed < upper) {
      off = bits.nextFree(start);
      if (off < band) off = bits.nextFree(band);      // wrapped past max: rescan [band, start)
    } else {
      off = bits.nextFree(this.rng.intn(band));        // upper band full: only lower slots are free
      this.lowUsed++;
    }
    bits.set(off);
    this.totals.dynamic++;
    return off;
  }

  /** Frees `ip`; a free, out-of-range or malformed address is a silent no-op (bitmap.go Release). */
  release(ip: string): void {
    this.releaseOffset(this.offsetOf(ip));
  }

  releaseOffset(off: number): void {
    if (off < 0 || off >= this.size || !this.bits.clear(off)) return;
    if (off < this.band) this.lowUsed--;
  }

  has(ip: string): boolean {
    const off = this.offsetOf(ip);
    return off >= 0 && this.bits.has(off);
  }

  /** True when `ip` is an allocatable address of this range (network, broadcast and past-cap excluded). */
  contains(ip: string): boolean {
    return this.offsetOf(ip) >= 0;
  }

  /** Slot of `ip`, or -1 when it is malformed or not allocatable here (bitmap.go contains). */
  offsetOf(ip: string): number {
    const a = parseIp(ip);
    return a === undefined ? -1 : this.offsetOfAddr(a);
  }

  offsetOfAddr(a: IpAddr): number {
    let off: number;
    if (typeof a === 'number') {
      if (this.v6Base) return -1;
      off = a - this.v4Base;
    } else {
      const b = this.v6Base;
      if (!b) return -1;
      for (let i = 0; i < 14; i++) if (a[i] !== b[i]) return -1;
      off = ((a[14] << 8) | a[15]) - ((b[14] << 8) | b[15]);
    }
    return off >= 0 && off < this.size ? off : -1;
  }

  /** The address of slot `off` in canonical text (RFC 5952 for IPv6). */
  addressAt(off: number): string {
    if (!this.v6Base) {
      const a = (this.v4Base + off) >>> 0;
      if (this.v4Fixed === 2) return this.v4Head + OCTETS_DOT[(a >>> 8) & 255] + OCTETS[a & 255];
      if (this.v4Fixed === 3) return this.v4Head + OCTETS[a & 255];
      return OCTETS_DOT[a >>> 24] + OCTETS_DOT[(a >>> 16) & 255] + OCTETS_DOT[(a >>> 8) & 255] + OCTETS[a & 255];
    }
    if (this.v6Head === '') return formatIp(addrAdd(this.v6Base, off));
    return this.v6Head + (((this.v6Base[14] << 8) | this.v6Base[15]) + off).toString(16);
  }

  /** Every allocated address, lowest first. */
  allocated(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.size; i++) if (this.bits.has(i)) out.push(this.addressAt(i));
    return out;
  }

  metrics(): ClusterIpMetrics {
    const used = this.bits.count;
    return {
      cidr: this.cidr, allocated: used, available: this.size - used,
      bands: {
        static: { used: this.lowUsed, size: this.band },
        dynamic: { used: used - this.lowUsed, size: this.size - this.band },
      },
      allocationTotal: { ...this.totals }, allocationErrorsTotal: { ...this.errors },
    };
  }
}

/**
 * Every slot of a range differs from network+1 only in the last 16-bit group (the range holds at
 * most 65535 slots after network+1, which has a non-zero last group), so an address's text is a
 * fixed head plus that group in hex. IPv4-mapped addresses print in dotted form: no head ('').
 */
function v6HeadOf(base: Uint8Array): string {
  const text = formatIpv6(base);
  if (text.indexOf('.') >= 0) return '';
  const last = (ipv6Word(base, 3) & 0xffff).toString(16);
  return text.slice(0, text.length - last.length);
}
