// tcpdump 4.99 `icmp_print` (print-icmp.c) without -v: the one-line text of an ICMPv4 message.
// Imports only wire/. `at` is where the message starts in ctx.b, `plen` its length from the IP header.
import type { PrintContext } from './pretty-context.js';

// Offsets in the message: type 0, code 1, checksum 2, id/pptr/gateway 4, seq 6, quoted IP header 8.
const ID = 4, SEQ = 6, QUOTED = 8;
const QUOTED_PROTO = QUOTED + 9, QUOTED_DST = QUOTED + 16;

/** icmp2str: the types printed by name alone. */
const TYPE_NAMES: Readonly<Record<number, string>> = {
  0: 'echo reply', 4: 'source quench', 8: 'echo request', 10: 'router solicitation',
  13: 'time stamp request', 14: 'time stamp reply', 15: 'information request',
  16: 'information reply', 17: 'address mask request',
};

/** Destination-unreachable codes whose text is `<prefix><dst><suffix>` (RFC 792, 1122, 1812). */
const UNREACH: Readonly<Record<number, readonly [string, string]>> = {
  0: ['net ', ' unreachable'], 1: ['host ', ' unreachable'],
  5: ['', ' unreachable - source route failed'], 6: ['net ', ' unreachable - unknown'],
  7: ['host ', ' unreachable - unknown'], 8: ['', ' unreachable - source host isolated'],
  9: ['net ', ' unreachable - admin prohibited'], 10: ['host ', ' unreachable - admin prohibited'],
  11: ['net ', ' unreachable - tos prohibited'], 12: ['host ', ' unreachable - tos prohibited'],
  13: ['host ', ' unreachable - admin prohibited filter'],
  14: ['host ', ' unreachable - host precedence violation'], 15: ['host ', ' unreachable - precedence cutoff'],
};

const REDIRECT = ['redirect %d to net %g', 'redirect %d to host %g', 'redirect-tos %d to net %g', 'redirect-tos %d to host %g'];

function unreachable(ctx: PrintContext, at: number, code: number): string {
  const text = UNREACH[code];
  if (text) return `${text[0]}${ctx.ip4(at + QUOTED_DST)}${text[1]}`;
  switch (code) {
    case 2: return `${ctx.ip4(at + QUOTED_DST)} protocol ${ctx.u8(at + QUOTED_PROTO)} unreachable`;
    case 3: return portUnreachable(ctx, at);
    case 4: {
      const mtu = ctx.u16(at + 6);
      return `${ctx.ip4(at + QUOTED_DST)} unreachable - need to frag${mtu ? ` (mtu ${mtu})` : ''}`;
    }
    default: return `${ctx.ip4(at + QUOTED_DST)} unreachable - #${code}`;
  }
}

/** `10.96.0.12 udp port 53 unreachable`: the port is read past the quoted header's own IHL. */
function portUnreachable(ctx: PrintContext, at: number): string {
  const proto = ctx.u8(at + QUOTED_PROTO);
  const dport = ctx.u16(at + QUOTED + (ctx.u8(at + QUOTED) & 0x0f) * 4 + 2);
  const dst = ctx.ip4(at + QUOTED_DST);
  if (proto === 6) return `${dst} tcp port ${dport} unreachable`;
  if (proto === 17) return `${dst} udp port ${dport} unreachable`;
  return `${dst} protocol ${proto} port ${dport} unreachable`;
}

function redirect(ctx: PrintContext, at: number, code: number): string {
  const dst = ctx.ip4(at + QUOTED_DST), gw = ctx.ip4(at + ID);
  const fmt = REDIRECT[code] ?? `redirect-#${code} %d to %g`;
  return fmt.replace('%d', dst).replace('%g', gw);
}

/** print-icmp.c: RFC 1256 lifetime as S, M:SS or H:MM:SS, then ` N:` and `{addr pref}` entries. */
function routerAdvert(ctx: PrintContext, at: number): string {
  const num = ctx.u8(at + 4), size = ctx.u8(at + 5), life = ctx.u16(at + 6);
  const two = (v: number): string => String(v).padStart(2, '0');
  const lifetime = life < 60 ? `${life}` : life < 3600 ? `${Math.floor(life / 60)}:${two(life % 60)}`
    : `${Math.floor(life / 3600)}:${two(Math.floor((life % 3600) / 60))}:${two(life % 60)}`;
  let s = `router advertisement lifetime ${lifetime} ${num}:`;
  if (size !== 2) return `${s} [size ${size}]`;
  for (let i = 0, p = at + 8; i < num; i++, p += 8) {
    ctx.need(p, 8);
    s += ` {${ctx.ip4(p)} ${ctx.u32(p + 4)}}`;
  }
  return s;
}

/** icmp_tstamp_print: milliseconds since midnight UTC as HH:MM:SS.mmm. */
function tstamp(v: number): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  const sec = Math.floor(v / 1000), min = Math.floor(sec / 60), hrs = Math.floor(min / 60);
  return `${two(hrs)}:${two(min % 60)}:${two(sec % 60)}.${String(v % 1000).padStart(3, '0')}`;
}

function describe(ctx: PrintContext, at: number, type: number, code: number): string {
  switch (type) {
    case 0: case 8:
      return `echo ${type === 8 ? 'request' : 'reply'}, id ${ctx.u16(at + ID)}, seq ${ctx.u16(at + SEQ)}`;
    case 3: return unreachable(ctx, at, code);
    case 5: return redirect(ctx, at, code);
    case 9: return routerAdvert(ctx, at);
    case 11:
      ctx.need(at + QUOTED_DST, 4);
      return code === 0 ? 'time exceeded in-transit' : code === 1 ? 'ip reassembly time exceeded' : `time exceeded-#${code}`;
    case 12: return code ? `parameter problem - code ${code}` : `parameter problem - octet ${ctx.u8(at + ID)}`;
    case 18: return `address mask is 0x${ctx.u32(at + QUOTED).toString(16).padStart(8, '0')}`;
    case 13: return `time stamp query id ${ctx.u16(at + ID)} seq ${ctx.u16(at + SEQ)}`;
    case 14:
      ctx.need(at + 16, 4);
      return `time stamp reply id ${ctx.u16(at + ID)} seq ${ctx.u16(at + SEQ)}: org ${tstamp(ctx.u32(at + 8))}`
        + `, recv ${tstamp(ctx.u32(at + 12))}, xmit ${tstamp(ctx.u32(at + 16))}`;
    default: return TYPE_NAMES[type] ?? `type-#${type}`;
  }
}

/** `ICMP echo request, id 187, seq 1, length 64`; a read past the end throws TRUNCATED. */
export function printIcmp(ctx: PrintContext, at: number, plen: number): void {
  ctx.proto = 'icmp';
  const type = ctx.u8(at), code = ctx.u8(at + 1);
  ctx.print(`ICMP ${describe(ctx, at, type, code)}, length ${plen}`);
}
