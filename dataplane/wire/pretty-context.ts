// The printing state shared by the pretty-*.ts printers: the output so far, the protocol being
// printed and the visible end of the packet (tcpdump's ndo_snapend), with bounds-checked reads.
// Imports only wire/. A read past `end` throws TRUNCATED, which PacketPrinter turns into ` [|proto]`.
import { formatIpv4, formatIpv6 } from './ip.js';

/** Thrown by a read past the visible end, as tcpdump's GET_* macros longjmp (netdissect.h). */
export const TRUNCATED: unique symbol = Symbol('truncated');

export class PrintContext {
  out = '';
  /** ndo_protocol: names the printer in ` [|tcp]` and `HTTP`. */
  proto = 'raw';

  constructor(readonly b: Uint8Array, public end: number) {}

  print(s: string): void { this.out += s; }

  /** ND_TTEST_LEN: are bytes [at, at+n) visible? */
  has(at: number, n: number): boolean { return at >= 0 && n >= 0 && at + n <= this.end; }

  need(at: number, n: number): void { if (!this.has(at, n)) throw TRUNCATED; }

  u8(at: number): number { this.need(at, 1); return this.b[at]; }
  u16(at: number): number { this.need(at, 2); return (this.b[at] << 8) | this.b[at + 1]; }
  u32(at: number): number {
    this.need(at, 4);
    return ((this.b[at] << 24) | (this.b[at + 1] << 16) | (this.b[at + 2] << 8) | this.b[at + 3]) >>> 0;
  }

  ip4(at: number): string { return formatIpv4(this.u32(at)); }
  ip6(at: number): string { this.need(at, 16); return tcpdumpIpv6(this.b.subarray(at, at + 16)); }

  /** nd_push_snaplen: nothing past `at + len` is visible until the packet ends. */
  limit(at: number, len: number): void { this.end = Math.min(this.end, at + len); }

  /** nd_print_trunc. */
  trunc(): void { this.out += ` [|${this.proto}]`; }
  /** nd_print_invalid. */
  invalid(): void { this.out += ' (invalid)'; }

  /** hex_print (print-ascii.c): `ident0x0000: ` then space-separated 16-bit words, 16 bytes a line. */
  hex(ident: string, at: number, length: number): void {
    const visible = Math.max(0, Math.min(length, this.end - at));
    let i = 0;
    for (; i + 1 < visible; i += 2) {
      if (i % 16 === 0) this.out += `${ident}0x${i.toString(16).padStart(4, '0')}: `;
      this.out += ` ${hex2(this.b[at + i])}${hex2(this.b[at + i + 1])}`;
    }
    if (visible & 1) {
      if (i % 16 === 0) this.out += `${ident}0x${i.toString(16).padStart(4, '0')}: `;
      this.out += ` ${hex2(this.b[at + i])}`;
    }
    if (visible < length) throw TRUNCATED;
  }
}

const hex2 = (v: number): string => v.toString(16).padStart(2, '0');

/**
 * tcpdump addrtostr6 (addrtostr.c): RFC 5952 compression of the first longest zero run, except
 * that an IPv4-compatible address (six zero words, then a non-zero one) prints as `::a.b.c.d`.
 */
export function tcpdumpIpv6(a: Uint8Array): string {
  let zeros = true;
  for (let i = 0; i < 12; i++) if (a[i] !== 0) zeros = false;
  if (zeros && (a[12] !== 0 || a[13] !== 0)) return `::${a[12]}.${a[13]}.${a[14]}.${a[15]}`;
  return formatIpv6(a);
}
