// The NodePort allocator over --service-node-port-range with kube-apiserver's semantics
// (spec R3.1, R3.2; portallocator/allocator.go). Imports ipam/bitmap.ts, sim/rng.ts, config
// port-range.ts and domain errors.
//
//   30000-32767 (size 2768):  [0, 86) = 30000-30085 static-preferred | [86, 2768) = 30086-32767 dynamic
import { formatPortRange, type PortRange } from '../config/port-range.js';
import { DomainError } from '../domain/errors.js';
import type { Rng } from '../sim/rng.js';
import { Bitmap } from './bitmap.js';
import { rangeFull } from './cluster-ip.js';

/** portallocator ErrAllocated (a 422 Invalid in the Service, like a taken ClusterIP). */
export class PortAllocatedError extends DomainError {
  constructor() { super('IP_ALLOCATED', 'provided port is already allocated'); }
}

/** portallocator ErrNotInRange. */
export class PortNotInRangeError extends DomainError {
  constructor(readonly validPorts: string) {
    super('IP_NOT_IN_RANGE', `provided port is not in the valid range. The range of valid ports is ${validPorts}`);
  }
}

/** allocator.go calculateRangeOffset: `min(max(16, size/32), 128)`, 0 when size <= 16. */
export function nodePortBandSize(size: number): number {
  if (size <= 16) return 0;
  return Math.min(Math.max(16, Math.floor(size / 32)), 128);
}

/** Ports base .. base+size-1; bit i of the bitmap is port base+i. */
export class NodePortAllocator {
  readonly range: PortRange;
  /** Offsets [0, band) form the static-preferred band. */
  readonly band: number;
  private readonly bits: Bitmap;
  private lowUsed = 0;

  constructor(range: PortRange, private readonly rng: Rng) {
    this.range = { base: range.base, size: range.size };
    this.band = nodePortBandSize(range.size);
    this.bits = new Bitmap(range.size);
  }

  get used(): number { return this.bits.count; }
  get free(): number { return this.range.size - this.bits.count; }
  /** PortRange.String, as the not-in-range message prints it. */
  get rangeText(): string { return formatPortRange(this.range); }

  /** Static allocation. Errors: PortNotInRangeError, PortAllocatedError. */
  allocate(port: number): void {
    const off = this.offsetOf(port);
    if (off < 0) throw new PortNotInRangeError(this.rangeText);
    if (!this.bits.set(off)) throw new PortAllocatedError();
    if (off < this.band) this.lowUsed++;
  }

  /**
   * Random start in the upper band, scan with wrap inside it, then the lower band
   * (allocator/bitmap.go randomScanStrategyWithOffset). Errors: RangeFullError `range is full`.
   */
  allocateNext(): number {
    const max = this.range.size, band = this.band, bits = this.bits;
    if (bits.count >= max) throw rangeFull(this.rangeText);
    const upper = max - band;
    const start = upper > 0 ? band + this.rng.intn(upper) : 0;
    let off: number;
    if (bits.count - this.lowUsed < upper) {
      off = bits.nextFree(start);
      if (off < band) off = bits.nextFree(band);
    } else {
      off = bits.nextFree(this.rng.intn(band));
      this.lowUsed++;
    }
    bits.set(off);
    return this.range.base + off;
  }

  /** Frees `port`; a free or out-of-range port is a silent no-op (allocator.go Release). */
  release(port: number): void {
    const off = this.offsetOf(port);
    if (off < 0 || !this.bits.clear(off)) return;
    if (off < this.band) this.lowUsed--;
  }

  has(port: number): boolean {
    const off = this.offsetOf(port);
    return off >= 0 && this.bits.has(off);
  }

  contains(port: number): boolean {
    return this.offsetOf(port) >= 0;
  }

  private offsetOf(port: number): number {
    const off = port - this.range.base;
    return Number.isInteger(off) && off >= 0 && off < this.range.size ? off : -1;
  }
}
