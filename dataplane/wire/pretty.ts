// tcpdump 4.99 `-n` one-line printer for raw IP packets (print-ip.c, print-ip6.c, print-ip-demux.c,
// print-udp.c; ICMP, ICMPv6, TCP and HTTP in pretty-*.ts). Imports only wire/.
// Output is byte-for-byte tcpdump's text after the timestamp, for the protocols the simulation carries.
import { PrintContext, TRUNCATED } from './pretty-context.js';
import { printIcmp } from './pretty-icmp.js';
import { printIcmp6 } from './pretty-icmp6.js';
import { printTcp, TcpSeqState, type IpInfo } from './pretty-tcp.js';

export interface PrettyOptions {
  /** tcpdump -S: absolute TCP sequence numbers. */
  absoluteSeq?: boolean;
}

const IPPROTO = { ICMP: 1, IPV4: 4, TCP: 6, UDP: 17, IPV6: 41, ICMPV6: 58, NONE: 59, ND: 77 } as const;
/** ip_print/ip6_print leave the addresses to these printers (they print ports with them). */
const PRINTS_OWN_ADDRESSES: ReadonlySet<number> = new Set([IPPROTO.TCP, IPPROTO.UDP]);
/** Flags/fragment-offset word: More Fragments, and the offset mask. */
const IP_MF = 0x2000, IP_OFFMASK = 0x1fff;
/** netdissect.h: pretty_print_packet refuses longer packets (print.c "Invalid header"). */
const MAXIMUM_SNAPLEN = 262144;

/**
 * One per capture session: it keeps tcpdump's per-conversation initial sequence numbers, so the
 * SYN and SYN-ACK print absolute numbers and later segments relative ones.
 */
export class PacketPrinter {
  private readonly seq: TcpSeqState | undefined;

  constructor(opts: PrettyOptions = {}) {
    this.seq = opts.absoluteSeq ? undefined : new TcpSeqState();
  }

  /**
   * The text after the timestamp, e.g. `IP 10.244.1.5 > 10.244.2.7: ICMP echo request, id 187,
   * seq 1, length 64`, for a raw IPv4 or IPv6 packet (the version nibble decides, as DLT_RAW).
   * Malformed packets print tcpdump's own forms (`truncated-ip - 4 bytes missing!`, ` [|tcp]`);
   * an empty one prints `[Invalid header: caplen==0, len==0]`, a line tcpdump writes without a
   * timestamp. Never throws.
   */
  format(pkt: Uint8Array): string {
    const n = pkt.length;
    if (n === 0) return '[Invalid header: caplen==0, len==0]';
    if (n > MAXIMUM_SNAPLEN) return `[Invalid header: caplen(${n}) > ${MAXIMUM_SNAPLEN}, len(${n}) > ${MAXIMUM_SNAPLEN}]`;
    const ctx = new PrintContext(pkt, pkt.length);
    try {
      new Printer(ctx, this.seq).ipN(0, pkt.length);
    } catch (e) {
      if (e !== TRUNCATED) ctx.print(' [|internal error]');
      else ctx.trunc();
    }
    return ctx.out;
  }
}

/**
 * `03:18:40.415453`: tcpdump's default timestamp from nanoseconds since the epoch, truncated to
 * microseconds (exact for a bigint; a number is exact below 2^53). In UTC: tcpdump prints local
 * time, and the simulated pods' clocks run in UTC.
 */
export function tcpdumpTime(ns: bigint | number): string {
  const day = 86_400_000_000n;
  const us = ((BigInt(typeof ns === 'number' ? Math.floor(ns) : ns) / 1000n) % day + day) % day;
  const two = (v: bigint): string => v.toString().padStart(2, '0');
  const secs = us / 1_000_000n;
  return `${two(secs / 3600n)}:${two((secs / 60n) % 60n)}:${two(secs % 60n)}.${(us % 1_000_000n).toString().padStart(6, '0')}`;
}

class Printer {
  constructor(private readonly ctx: PrintContext, private readonly seq: TcpSeqState | undefined) {}

  /** ipN_print (print-ip.c): dispatch on the version nibble. */
  ipN(at: number, length: number): void {
    const ctx = this.ctx;
    ctx.proto = 'ipn';
    if (length < 1) return ctx.print(`truncated-ip ${length}`);
    const v = ctx.u8(at) >> 4;
    if (v === 4) this.ip(at, length);
    else if (v === 6) this.ip6(at, length);
    else ctx.print(`unknown ip ${v}`);
  }

  /** ip_print. */
  private ip(at: number, length: number): void {
    const ctx = this.ctx;
    ctx.proto = 'ip';
    const v = ctx.u8(at) >> 4;
    if (v !== 4) {
      ctx.print(v === 6 ? 'IP6, wrong link-layer encapsulation' : `IP${v}`);
      return ctx.invalid();
    }
    ctx.print('IP ');
    ctx.need(at, 20);
    if (length < 20) return ctx.print(`truncated-ip ${length}`);
    const hlen = (ctx.u8(at) & 0x0f) * 4;
    if (hlen < 20) return ctx.print(`bad-hlen ${hlen}`);
    let len = ctx.u16(at + 2);
    if (length < len) ctx.print(`truncated-ip - ${len - length} bytes missing! `);
    if (len < hlen) return ctx.print(`bad-len ${len}`);
    ctx.limit(at, len);
    len -= hlen;
    const off = ctx.u16(at + 6), nh = ctx.u8(at + 9);
    const src = ctx.ip4(at + 12), dst = ctx.ip4(at + 16);
    if ((off & IP_OFFMASK) !== 0) return ctx.print(`${src} > ${dst}: ip-proto-${nh}`);
    if (!PRINTS_OWN_ADDRESSES.has(nh)) ctx.print(`${src} > ${dst}: `);
    if (!ctx.has(at, hlen)) {
      ctx.print(` [remaining caplen(${Math.max(0, ctx.end - at)}) < header length(${hlen})]`);
      throw TRUNCATED;
    }
    this.demux(at + hlen, len, nh, { at, v6: false }, (off & IP_MF) !== 0);
  }

  /** ip6_print, without extension headers: their numbers print as unknown protocols. */
  private ip6(at: number, length: number): void {
    const ctx = this.ctx;
    ctx.proto = 'ip6';
    ctx.need(at, 40);
    if (length < 40) return ctx.print(`truncated-ip6 ${length}`);
    ctx.print('IP6 ');
    const v = ctx.u8(at) >> 4;
    if (v !== 6) return ctx.print(`version error: ${v} != 6`);
    const plen = ctx.u16(at + 4), nh = ctx.u8(at + 6);
    const len = plen !== 0 ? plen + 40 : length + 40;
    if (plen !== 0 && length < len) ctx.print(`truncated-ip6 - ${len - length} bytes missing!`);
    ctx.limit(at, plen !== 0 ? len : 40);
    if (!PRINTS_OWN_ADDRESSES.has(nh)) ctx.print(`${ctx.ip6(at + 8)} > ${ctx.ip6(at + 24)}: `);
    this.demux(at + 40, plen, nh, { at, v6: true }, false);
  }

  /** ip_demux_print: the upper-layer printers this simulation needs, and the generic form. */
  private demux(at: number, length: number, nh: number, ip: IpInfo, fragmented: boolean): void {
    const ctx = this.ctx;
    switch (nh) {
      case IPPROTO.TCP: return printTcp(ctx, at, length, ip, this.seq);
      case IPPROTO.UDP: return this.udp(at, length, ip, fragmented);
      case IPPROTO.ICMP:
        if (!ip.v6) return printIcmp(ctx, at, length);
        ctx.print('[ICMP requires IPv4]'); return ctx.invalid();
      case IPPROTO.ICMPV6:
        if (ip.v6) return printIcmp6(ctx, at, length);
        ctx.print('[ICMPv6 requires IPv6]'); return ctx.invalid();
      case IPPROTO.IPV4: return this.ip(at, length);
      case IPPROTO.IPV6: return this.ip6(at, length);
      case IPPROTO.NONE: return ctx.print('no next header');
      case IPPROTO.ND: return ctx.print(` nd ${length}`);
      default: return ctx.print(` ip-proto-${nh} ${length}`);
    }
  }

  /** udp_print for ports without a payload printer: `UDP, length N`. */
  private udp(at: number, length: number, ip: IpInfo, fragmented: boolean): void {
    const ctx = this.ctx;
    ctx.proto = 'udp';
    const src = ip.v6 ? ctx.ip6(ip.at + 8) : ctx.ip4(ip.at + 12);
    const dst = ip.v6 ? ctx.ip6(ip.at + 24) : ctx.ip4(ip.at + 16);
    if (!ctx.has(at + 2, 2)) { ctx.print(`${src} > ${dst}: `); return ctx.trunc(); }
    const sport = ctx.u16(at), dport = ctx.u16(at + 2);
    const addrs = `${src}.${sport} > ${dst}.${dport}: `;
    if (length < 8) return ctx.print(`${addrs}truncated-udp ${length}`);
    if (!ctx.has(at + 4, 2)) { ctx.print(addrs); return ctx.trunc(); }
    let ulen = ctx.u16(at + 4);
    if (ulen < 8) return ctx.print(`${addrs}truncated-udplength ${ulen}`);
    ulen -= 8;
    const plen = Math.min(length - 8, ulen);
    ctx.print(addrs);
    if (at + 8 > ctx.end) return ctx.trunc();
    ctx.print(ulen > plen && !fragmented ? `UDP, bad length ${ulen} > ${plen}` : `UDP, length ${ulen}`);
  }
}
