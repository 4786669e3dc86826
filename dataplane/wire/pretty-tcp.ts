// tcpdump 4.99 `tcp_print` (print-tcp.c) without -v: flags, relative sequence numbers, window,
// options and length, then the HTTP first line on ports 80/8080. Imports only wire/.
// Sequence numbers are relative per conversation, as tcp_seq_hash4/6 make them, unless -S.
import { TRUNCATED, type PrintContext } from './pretty-context.js';
import { printHttp } from './pretty-http.js';

const FIN = 0x01, SYN = 0x02, RST = 0x04, ACK = 0x10, URG = 0x20;
/** tcp_flag_values, in bit order: the bracketed text of `Flags [S.]`. */
const FLAG_CHARS: readonly (readonly [number, string])[] = [
  [FIN, 'F'], [SYN, 'S'], [RST, 'R'], [0x08, 'P'], [ACK, '.'], [URG, 'U'], [0x40, 'E'], [0x80, 'W'],
];
/** tcp_option_values; others print as `unknown-N`. */
const OPTION_NAMES: Readonly<Record<number, string>> = {
  0: 'eol', 1: 'nop', 2: 'mss', 3: 'wscale', 4: 'sackOK', 5: 'sack', 6: 'echo', 7: 'echoreply', 8: 'TS',
  11: 'cc', 12: 'ccnew', 13: '', 19: 'md5', 20: 'scps', 28: 'uto', 29: 'tcp-ao', 30: 'mptcp', 34: 'tfo', 254: 'exp',
};

/** The initial sequence numbers of one conversation, stored in its canonical direction. */
interface SeqEntry { seq: number; ack: number }

/** Where the IP header is and which family: the TCP printer reads its addresses from it. */
export interface IpInfo { at: number; v6: boolean }

/** What relate() gives tcp_print: the numbers to print, the direction, and the stored entry (for SACK). */
interface Related { seq: number; ack: number; rev: boolean; th: SeqEntry }

/**
 * tcp_seq_hash4/6 of one printer: keyed by the address pair and ports in a fixed collating order.
 * Like tcpdump's, it keeps every conversation it has seen for the life of the capture.
 */
export class TcpSeqState {
  private readonly flows = new Map<string, SeqEntry>();

  /** Relative seq/ack for an ACK-bearing segment (tcp_print), recording new conversations. */
  relate(ctx: PrintContext, ip: IpInfo, sport: number, dport: number, flags: number, seq: number, ack: number): Related {
    const alen = ip.v6 ? 16 : 4, src = ip.v6 ? ip.at + 8 : ip.at + 12, dst = src + alen;
    const rev = sport > dport || (sport === dport && compareBytes(ctx.b, src, dst, alen) > 0);
    const key = rev ? `${hexOf(ctx.b, dst, alen)}>${hexOf(ctx.b, src, alen)}:${dport}:${sport}`
      : `${hexOf(ctx.b, src, alen)}>${hexOf(ctx.b, dst, alen)}:${sport}:${dport}`;
    let th = this.flows.get(key);
    if (th === undefined || (flags & SYN) !== 0) {
      th = rev ? { ack: seq, seq: (ack - 1) >>> 0 } : { seq, ack: (ack - 1) >>> 0 };
      this.flows.set(key, th);
      return { seq, ack, rev, th };
    }
    return rev ? { seq: (seq - th.ack) >>> 0, ack: (ack - th.seq) >>> 0, rev, th }
      : { seq: (seq - th.seq) >>> 0, ack: (ack - th.ack) >>> 0, rev, th };
  }
}

function compareBytes(b: Uint8Array, x: number, y: number, n: number): number {
  for (let i = 0; i < n; i++) if (b[x + i] !== b[y + i]) return b[x + i] - b[y + i];
  return 0;
}

function hexOf(b: Uint8Array, at: number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += b[at + i].toString(16).padStart(2, '0');
  return s;
}

function flagText(flags: number): string {
  const s = FLAG_CHARS.filter(([bit]) => (flags & bit) !== 0).map(([, c]) => c).join('');
  return s === '' ? 'none' : s;
}

function addresses(ctx: PrintContext, ip: IpInfo): [string, string] {
  return ip.v6 ? [ctx.ip6(ip.at + 8), ctx.ip6(ip.at + 24)] : [ctx.ip4(ip.at + 12), ctx.ip4(ip.at + 16)];
}

interface Relative { rev: boolean; thseq: number; thack: number }

/** `IP a.p > b.q: Flags [P.], seq 1:80, ack 1, win 64, options [...], length 79`. */
export function printTcp(ctx: PrintContext, at: number, length: number, ip: IpInfo, state: TcpSeqState | undefined): void {
  ctx.proto = 'tcp';
  if (!ctx.has(at + 2, 2)) {
    const [s, d] = addresses(ctx, ip);
    ctx.print(`${s} > ${d}:`); ctx.trunc(); return;
  }
  const sport = ctx.u16(at), dport = ctx.u16(at + 2);
  const [s, d] = addresses(ctx, ip);
  ctx.print(`${s}.${sport} > ${d}.${dport}: `);
  if (!ctx.has(at, 20)) { ctx.trunc(); return; }
  const hlen = (ctx.u8(at + 12) >> 4) * 4;
  if (hlen < 20) return ctx.print(` tcp ${(length - hlen) >>> 0} [bad hdr length ${hlen} - too short, < 20]`);
  if (printHeader(ctx, at, length, hlen, ip, state) && length > hlen) printPayload(ctx, at, hlen, length - hlen, sport, dport);
}

/** From `Flags [...]` to `, length N`; false where tcpdump stops early (bad lengths, bad options). */
function printHeader(ctx: PrintContext, at: number, length: number, hlen: number, ip: IpInfo, state: TcpSeqState | undefined): boolean {
  const sport = ctx.u16(at), dport = ctx.u16(at + 2), flags = ctx.u8(at + 13);
  let seq = ctx.u32(at + 4), ack = ctx.u32(at + 8);
  const win = ctx.u16(at + 14), urp = ctx.u16(at + 18);
  ctx.print(`Flags [${flagText(flags)}]`);
  const rel: Relative = { rev: false, thseq: 0, thack: 0 };
  if (state !== undefined && (flags & ACK) !== 0) {
    const r = state.relate(ctx, ip, sport, dport, flags, seq, ack);
    ({ seq, ack } = r);
    Object.assign(rel, { rev: r.rev, thseq: r.th.seq, thack: r.th.ack });
  }
  if (hlen > length) { ctx.print(` [bad hdr length ${hlen} - too long, > ${length}]`); return false; }
  const dlen = length - hlen;
  if (dlen > 0 || (flags & (SYN | FIN | RST)) !== 0) ctx.print(`, seq ${seq}${dlen > 0 ? `:${(seq + dlen) >>> 0}` : ''}`);
  if (flags & ACK) ctx.print(`, ack ${ack}`);
  ctx.print(`, win ${win}`);
  if (flags & URG) ctx.print(`, urg ${urp}`);
  if (hlen > 20 && !printOptions(ctx, at + 20, hlen - 20, rel)) return false;
  ctx.print(`, length ${dlen}`);
  return true;
}

/** The payload printers tcpdump picks by port; only HTTP (80, 8080) here. */
function printPayload(ctx: PrintContext, at: number, hlen: number, dlen: number, sport: number, dport: number): void {
  if (!ctx.has(at, hlen)) {
    ctx.print(` [remaining caplen(${Math.max(0, ctx.end - at)}) < header length(${hlen})]`);
    throw TRUNCATED;
  }
  if (sport === 80 || dport === 80 || sport === 8080 || dport === 8080) {
    ctx.print(': ');
    printHttp(ctx, at + hlen, dlen);
  }
}

/** The option loop of tcp_print; false when it stopped at `bad:` or `trunc:` (nothing more printed). */
function printOptions(ctx: PrintContext, start: number, total: number, rel: Relative): boolean {
  let cp = start, hlen = total, ch = '';
  ctx.print(', options [');
  while (hlen > 0) {
    ctx.print(ch);
    const opt = ctx.u8(cp++);
    let len = 1;
    if (opt > 1) {
      len = ctx.u8(cp++);
      if (len < 2 || len > hlen) return bad(ctx, ch);
      hlen--;
    }
    hlen--;
    ctx.print(OPTION_NAMES[opt] ?? `unknown-${opt}`);
    const datalen = optionData(ctx, opt, cp, len, hlen, rel);
    if (datalen === BAD) return bad(ctx, ch);
    if (datalen === TRUNC) { ctx.trunc(); ctx.print(ch === '' ? '' : '>'); return false; }
    cp += datalen; hlen -= datalen;
    if (datalen + (opt > 1 ? 2 : 1) !== len) ctx.print(`[len ${len}]`);
    ch = ',';
    if (opt === 0) break;
  }
  ctx.print(']');
  return true;
}

function bad(ctx: PrintContext, ch: string): boolean {
  ctx.print(ch === '' ? '[bad opt]' : '[bad opt]]');
  return false;
}

const BAD = -1, TRUNC = -2;

/** One option's value (tcp_print's switch); returns its data length, BAD or TRUNC (LENCHECK). */
function optionData(ctx: PrintContext, opt: number, cp: number, len: number, hlen: number, rel: Relative): number {
  const check = (l: number): number => (l > hlen ? BAD : ctx.has(cp, l) ? 0 : TRUNC);
  const fixed = (n: number, text: () => string): number => {
    const c = check(n);
    if (c !== 0) return c;
    ctx.print(text());
    return n;
  };
  switch (opt) {
    case 2: return fixed(2, () => ` ${ctx.u16(cp)}`);
    case 3: return fixed(1, () => ` ${ctx.u8(cp)}`);
    case 5: return sack(ctx, cp, len - 2, hlen, rel);
    case 6: case 7: case 11: case 12: case 13: return fixed(4, () => ` ${ctx.u32(cp)}`);
    case 8: return fixed(8, () => ` val ${ctx.u32(cp)} ecr ${ctx.u32(cp + 4)}`);
    case 19: return fixed(16, () => ` shared secret not supplied with -M, can't check - ${hexBytes(ctx, cp, 16)}`);
    case 20: return fixed(2, () => ` cap ${hexBytes(ctx, cp, 1)} id ${ctx.u8(cp + 1)}`);
    case 28: return fixed(2, () => {
      const v = ctx.u16(cp);
      return ` 0x${v.toString(16)} ${v & 1 ? (v >> 1) * 60 : v >> 1}`;
    });
    case 0: case 1: case 4: return 0;
    default: return generic(ctx, opt, cp, len - 2, hlen);
  }
}

function sack(ctx: PrintContext, cp: number, datalen: number, hlen: number, rel: Relative): number {
  if (datalen % 8 !== 0) { ctx.print(' invalid sack'); return datalen; }
  ctx.print(` ${datalen / 8} `);
  const base = rel.rev ? rel.thseq : rel.thack;
  for (let i = 0; i < datalen; i += 8) {
    if (i + 4 > hlen) return BAD;
    if (!ctx.has(cp + i, 4)) return TRUNC;
    const s = ctx.u32(cp + i);
    if (i + 8 > hlen) return BAD;
    if (!ctx.has(cp + i + 4, 4)) return TRUNC;
    ctx.print(`{${(s - base) >>> 0}:${(ctx.u32(cp + i + 4) - base) >>> 0}}`);
  }
  return datalen;
}

/** TCP-AO, TFO, the experimental option and unknown kinds: their data in hex. */
function generic(ctx: PrintContext, opt: number, cp: number, datalen: number, hlen: number): number {
  if (opt === 29 && datalen < 2) { ctx.invalid(); return datalen; }
  if (opt === 29) {
    if (1 > hlen) return BAD;
    if (!ctx.has(cp, 1)) return TRUNC;
    ctx.print(` keyid ${ctx.u8(cp)}`);
    if (2 > hlen) return BAD;
    if (!ctx.has(cp, 2)) return TRUNC;
    ctx.print(` rnextkeyid ${ctx.u8(cp + 1)}`);
    return hexRun(ctx, cp, 2, datalen, hlen, ' mac 0x');
  }
  if (opt !== 34 && opt !== 254) return hexRun(ctx, cp, 0, datalen, hlen, ' 0x');
  if (datalen > hlen) return BAD;
  if (!ctx.has(cp, datalen)) return TRUNC;
  if (opt === 34) { fastOpen(ctx, cp, datalen, ' '); return datalen; }
  if (datalen < 2) return BAD;
  const magic = ctx.u16(cp);
  ctx.print('-');
  if (magic === 0xf989) fastOpen(ctx, cp + 2, datalen - 2, 'tfo');
  else ctx.print(magic.toString(16).padStart(4, '0'));
  return datalen;
}

function hexRun(ctx: PrintContext, cp: number, from: number, datalen: number, hlen: number, prefix: string): number {
  if (datalen > from) ctx.print(prefix);
  for (let i = from; i < datalen; i++) {
    if (i + 1 > hlen) return BAD;
    if (!ctx.has(cp + i, 1)) return TRUNC;
    ctx.print(hexBytes(ctx, cp + i, 1));
  }
  return datalen;
}

/** print_tcp_fastopen_option. */
function fastOpen(ctx: PrintContext, cp: number, datalen: number, prefix = ''): void {
  ctx.print(prefix);
  if (datalen === 0) ctx.print(' cookiereq');
  else if (datalen % 2 !== 0 || datalen < 4 || datalen > 16) ctx.invalid();
  else ctx.print(` cookie ${hexBytes(ctx, cp, datalen)}`);
}

function hexBytes(ctx: PrintContext, at: number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ctx.u8(at + i).toString(16).padStart(2, '0');
  return s;
}
