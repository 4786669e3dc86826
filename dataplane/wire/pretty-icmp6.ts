// tcpdump 4.99 `icmp6_print` (print-icmp6.c) without -v: the one-line text of an ICMPv6 message.
// Imports only wire/. Router renumbering, node information (who-are-you) and RPL messages print
// their type name only, where tcpdump decodes them further.
import type { PrintContext } from './pretty-context.js';

// Offsets in the message: type 0, code 1, checksum 2, data 4; the quoted packet starts at 8.
const DATA = 4, QUOTED = 8;
const QUOTED_SRC = QUOTED + 8, QUOTED_DST = QUOTED + 24;

/** icmp6_type_values (139/140 are listed first as who-are-you, so tok2str finds those names). */
const TYPE_NAMES: Readonly<Record<number, string>> = {
  1: 'destination unreachable', 2: 'packet too big', 3: 'time exceeded in-transit', 4: 'parameter problem',
  128: 'echo request', 129: 'echo reply', 130: 'multicast listener query', 131: 'multicast listener report',
  132: 'multicast listener done', 133: 'router solicitation', 134: 'router advertisement',
  135: 'neighbor solicitation', 136: 'neighbor advertisement', 137: 'redirect', 138: 'router renumbering',
  139: 'who-are-you request', 140: 'who-are-you reply', 141: 'inverse neighbor solicitation',
  142: 'inverse neighbor advertisement', 143: 'multicast listener report v2', 144: 'ha discovery request',
  145: 'ha discovery reply', 146: 'mobile router solicitation', 147: 'mobile router advertisement',
  155: 'RPL', 200: 'mtrace response', 201: 'mtrace message',
};

/** icmp6_dst_unreach_code_values (the leading space of code 1 is tcpdump's). */
const UNREACH_NAMES: Readonly<Record<number, string>> = {
  0: 'unreachable route', 1: ' unreachable prohibited', 2: 'beyond scope', 3: 'unreachable address', 4: 'unreachable port',
};

const PARAMPROB = ['erroneous', 'next header', 'option', 'incomplete header chain'];

/** Types the switch of icmp6_print handles; any other prints its length and a hex dump. */
const HANDLED = new Set([1, 2, 3, 4, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 155]);

/** get_upperlayer: where the quoted TCP/UDP header starts past extension headers, if visible. */
function upperLayer(ctx: PrintContext, ip6: number): { at: number; proto: number } | undefined {
  if (!ctx.has(ip6 + 6, 1)) return undefined;
  let nh = ctx.u8(ip6 + 6), p = ip6, hlen = 40;
  while (p < ctx.end) {
    p += hlen;
    if (nh === 6 || nh === 17) return ctx.has(p + 2, 2) ? { at: p, proto: nh } : undefined;
    if (nh === 0 || nh === 60 || nh === 43) {
      if (!ctx.has(p + 1, 1)) return undefined;
      nh = ctx.u8(p); hlen = (ctx.u8(p + 1) + 1) << 3;
    } else if (nh === 44) {
      if (!ctx.has(p + 2, 2) || (ctx.u16(p + 2) & 0xfff8) !== 0) return undefined;
      nh = ctx.u8(p); hlen = 8;
    } else if (nh === 51) {
      if (!ctx.has(p + 1, 1)) return undefined;
      nh = ctx.u8(p); hlen = (ctx.u8(p + 1) + 2) << 2;
    } else return undefined;
  }
  return undefined;
}

/** Returns false when tcpdump returns early (hex dump printed, or truncated via `goto trunc`). */
function unreachable(ctx: PrintContext, at: number, code: number, length: number): boolean {
  ctx.print(`, ${UNREACH_NAMES[code] ?? `unknown unreach code (${code})`}`);
  switch (code) {
    case 0: case 1: case 3: ctx.print(` ${ctx.ip6(at + QUOTED_DST)}`); return true;
    case 2: ctx.print(` ${ctx.ip6(at + QUOTED_DST)}, source address ${ctx.ip6(at + QUOTED_SRC)}`); return true;
    case 4: {
      const l4 = upperLayer(ctx, at + QUOTED);
      if (l4 === undefined) { ctx.trunc(); return false; }
      const dport = ctx.u16(l4.at + 2), dst = ctx.ip6(at + QUOTED_DST);
      ctx.print(l4.proto === 6 ? `, ${dst} tcp port ${dport}` : `, ${dst} udp port ${dport}`);
      return true;
    }
    default: unknownData(ctx, at, length); return false;
  }
}

/** print_unknown_data (util-print.c): a hex dump of what is visible of `length` bytes. */
function unknownData(ctx: PrintContext, at: number, length: number): void {
  if (at > ctx.end) return ctx.print('\n\tDissector error: print_unknown_data called with pointer past end of packet');
  ctx.hex('\n\t', at, Math.min(length, ctx.end - at));
}

function mld(ctx: PrintContext, at: number): void {
  if (at + 24 > ctx.end) return;
  ctx.print(`max resp delay: ${ctx.u16(at + DATA)} addr: ${ctx.ip6(at + 8)}`);
}

function mldQuery(ctx: PrintContext, at: number, length: number): void {
  if (length === 24) return mld(ctx, at);
  if (length < 28) return ctx.print(` unknown-version (len ${length}) `);
  ctx.print(' v2');
  ctx.print(` [gaddr ${ctx.ip6(at + 8)}`);
  const nsrcs = ctx.u16(at + 26);
  if (nsrcs > 0) ctx.print(length < 28 + nsrcs * 16 ? ' [invalid number of sources]' : `, ${nsrcs} source(s)`);
  ctx.print(']');
}

/** The text after the type name; false when tcpdump returns before `, length N`. */
function details(ctx: PrintContext, at: number, type: number, code: number, length: number): boolean {
  switch (type) {
    case 1: return unreachable(ctx, at, code, length);
    case 2: ctx.print(`, mtu ${ctx.u32(at + DATA)}`); break;
    case 3:
      ctx.print(code === 0 ? ` for ${ctx.ip6(at + QUOTED_DST)}` : code === 1 ? ' (reassembly)' : `, unknown code (${code})`);
      break;
    case 4:
      ctx.need(at + QUOTED_DST, 16);
      ctx.print(code < PARAMPROB.length ? `, ${PARAMPROB[code]} - octet ${ctx.u32(at + DATA)}` : `, code-#${code}`);
      break;
    case 128: case 129: ctx.print(`, id ${ctx.u16(at + DATA)}, seq ${ctx.u16(at + DATA + 2)}`); break;
    case 130: mldQuery(ctx, at, length); break;
    case 131: case 132: mld(ctx, at); break;
    case 135: ctx.print(`, who has ${ctx.ip6(at + 8)}`); break;
    case 136: ctx.print(`, tgt is ${ctx.ip6(at + 8)}`); break;
    case 137: ctx.print(`, ${ctx.ip6(at + 24)}`); ctx.print(` to ${ctx.ip6(at + 8)}`); break;
    case 143:
      if (length < 8) ctx.print(` [invalid len ${length}]`);
      else ctx.print(`, ${ctx.u16(at + 6)} group record(s)`);
      break;
    case 144: case 146: ctx.print(`, id 0x${ctx.u16(at + DATA).toString(16).padStart(4, '0')}`); break;
    default: break;
  }
  return true;
}

/** `ICMP6, echo request, id 12000, seq 1, length 64`; a read past the end throws TRUNCATED. */
export function printIcmp6(ctx: PrintContext, at: number, length: number): void {
  ctx.proto = 'icmp6';
  if (length === 0) { ctx.print('ICMP6, length 0'); ctx.invalid(); return; }
  const type = ctx.u8(at);
  ctx.print(`ICMP6, ${TYPE_NAMES[type] ?? `unknown icmp6 type (${type})`}`);
  const code = ctx.u8(at + 1);
  if (!HANDLED.has(type)) {
    ctx.print(`, length ${length}`);
    unknownData(ctx, at, length);
    return;
  }
  if (details(ctx, at, type, code, length)) ctx.print(`, length ${length}`);
}
