// pcapng writer (draft-ietf-opsawg-pcapng): Section Header, Interface Description, Name Resolution
// and Enhanced Packet blocks as byte chunks, little-endian (the SHB byte-order magic says so).
// Imports only dataplane/wire (address parsing); no node:* modules, no I/O: callers write the chunks.
import { parseIp } from '../wire/ip.js';

// Every block:                          Every option:
// +---------------------------+         +----------------+----------------+
// | Block Type (32)           |         | Option Code 16 | Length 16      |
// | Block Total Length (32)   |         +----------------+----------------+
// | Body ... (padded to 32)   |         | Value ... (padded to 32 bits)   |
// | Block Total Length (32)   |         +---------------------------------+
// +---------------------------+         the list ends with opt_endofopt (0, 0)
const BLOCK_SHB = 0x0a0d0d0a, BLOCK_IDB = 0x00000001, BLOCK_NRB = 0x00000004, BLOCK_EPB = 0x00000006;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;
const OPT_ENDOFOPT = 0, OPT_COMMENT = 1;
const SHB_USERAPPL = 4;
const IF_NAME = 2, IF_DESCRIPTION = 3, IF_TSRESOL = 9;
const EPB_FLAGS = 2;
const NRB_RECORD_END = 0, NRB_RECORD_IPV4 = 1, NRB_RECORD_IPV6 = 2;
/** tcpdump's default snapshot length (netdissect.h MAXIMUM_SNAPLEN). */
const DEFAULT_SNAPLEN = 262144;
/** if_tsresol 9: timestamps count nanoseconds (10^-9 s). */
const TSRESOL_NS = 9;
/** epb_flags bits 0-1: 01 inbound, 10 outbound. */
const DIRECTION = { in: 1, out: 2 } as const;

export const LINKTYPE_ETHERNET = 1;
export const LINKTYPE_RAW = 101;

export interface PcapngInterface { name: string; description?: string; linkType: number; snapLen?: number }
export interface PcapngNameRecord { address: string; names: string[] }

interface Option { code: number; value: Uint8Array }

const utf8 = new TextEncoder();
const pad4 = (n: number): number => (n + 3) & ~3;

function u32le(v: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, v, true);
  return b;
}

/** Options encoded with their padding and the closing opt_endofopt; empty when there are none. */
function encodeOptions(opts: readonly Option[]): Uint8Array {
  if (opts.length === 0) return new Uint8Array(0);
  const out = new Uint8Array(opts.reduce((n, o) => n + 4 + pad4(o.value.length), 4));
  const dv = new DataView(out.buffer);
  let at = 0;
  for (const o of opts) {
    dv.setUint16(at, o.code, true); dv.setUint16(at + 2, o.value.length, true);
    out.set(o.value, at + 4);
    at += 4 + pad4(o.value.length);
  }
  dv.setUint32(at, OPT_ENDOFOPT, true);
  return out;
}

/** Wraps a body (whose length the caller pads to 4) in type and both total-length words. */
function block(type: number, ...parts: readonly Uint8Array[]): Uint8Array {
  const bodyLen = parts.reduce((n, p) => n + p.length, 0);
  const total = 12 + bodyLen;
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, type, true); dv.setUint32(4, total, true);
  let at = 8;
  for (const p of parts) { out.set(p, at); at += p.length; }
  dv.setUint32(total - 4, total, true);
  return out;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

function sectionHeader(userAppl: string): Uint8Array {
  const fixed = new Uint8Array(16);
  const dv = new DataView(fixed.buffer);
  dv.setUint32(0, BYTE_ORDER_MAGIC, true);
  dv.setUint16(4, 1, true); dv.setUint16(6, 0, true);         // version 1.0
  dv.setBigInt64(8, -1n, true);                                  // section length unknown
  return block(BLOCK_SHB, fixed, encodeOptions([{ code: SHB_USERAPPL, value: utf8.encode(userAppl) }]));
}

function interfaceDescription(i: PcapngInterface): Uint8Array {
  const fixed = new Uint8Array(8);
  const dv = new DataView(fixed.buffer);
  dv.setUint16(0, i.linkType, true);                             // then 16 reserved bits
  dv.setUint32(4, i.snapLen ?? DEFAULT_SNAPLEN, true);
  const opts: Option[] = [{ code: IF_NAME, value: utf8.encode(i.name) }];
  if (i.description !== undefined) opts.push({ code: IF_DESCRIPTION, value: utf8.encode(i.description) });
  opts.push({ code: IF_TSRESOL, value: Uint8Array.of(TSRESOL_NS) });
  return block(BLOCK_IDB, fixed, encodeOptions(opts));
}

/** One NRB record: the address bytes, then each name NUL-terminated, padded to 4. */
function nameRecord(r: PcapngNameRecord): Uint8Array {
  const a = parseIp(r.address);
  if (a === undefined) throw new RangeError(`pcapng: not an IP address: ${JSON.stringify(r.address)}`);
  const addr = typeof a === 'number' ? u32BE(a) : a;
  const names = r.names.map((n) => utf8.encode(`${n}\0`));
  const len = addr.length + names.reduce((n, x) => n + x.length, 0);
  const out = new Uint8Array(4 + pad4(len));
  const dv = new DataView(out.buffer);
  dv.setUint16(0, typeof a === 'number' ? NRB_RECORD_IPV4 : NRB_RECORD_IPV6, true);
  dv.setUint16(2, len, true);
  out.set(addr, 4);
  let at = 4 + addr.length;
  for (const n of names) { out.set(n, at); at += n.length; }
  return out;
}

function u32BE(v: number): Uint8Array {
  return Uint8Array.of(v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255);
}

export class PcapngWriter {
  /**
   * The Section Header Block (shb_userappl) and one Interface Description Block per interface
   * (if_name, if_description, if_tsresol = 9: nanoseconds); interface ids follow array order.
   */
  static header(interfaces: readonly PcapngInterface[], userAppl: string): Uint8Array {
    return concat([sectionHeader(userAppl), ...interfaces.map(interfaceDescription)]);
  }

  /** A Name Resolution Block. Throws RangeError when an address is not IPv4 or IPv6 text. */
  static names(records: readonly PcapngNameRecord[]): Uint8Array {
    const end = new Uint8Array(4);                               // nrb_record_end: type 0, length 0
    new DataView(end.buffer).setUint16(0, NRB_RECORD_END, true);
    return block(BLOCK_NRB, ...records.map(nameRecord), end);
  }

  /**
   * An Enhanced Packet Block: captured length = original length = data.length, the 64-bit
   * nanosecond timestamp split high/low, then opt_comment and epb_flags (direction) if given.
   */
  static packet(ifaceId: number, timeNs: bigint, data: Uint8Array,
    opts?: { comment?: string; direction?: 'in' | 'out' }): Uint8Array {
    const fixed = new Uint8Array(20 + pad4(data.length));
    const dv = new DataView(fixed.buffer);
    const ts = BigInt.asUintN(64, timeNs);
    dv.setUint32(0, ifaceId, true);
    dv.setUint32(4, Number(ts >> 32n), true); dv.setUint32(8, Number(ts & 0xffffffffn), true);
    dv.setUint32(12, data.length, true); dv.setUint32(16, data.length, true);
    fixed.set(data, 20);
    const options: Option[] = [];
    if (opts?.comment !== undefined) options.push({ code: OPT_COMMENT, value: utf8.encode(opts.comment) });
    if (opts?.direction !== undefined) options.push({ code: EPB_FLAGS, value: u32le(DIRECTION[opts.direction]) });
    return block(BLOCK_EPB, fixed, encodeOptions(options));
  }
}
