// Addresses and CIDRs as the dataplane holds them: IPv4 a u32 number, IPv6 16 bytes (or four
// big-endian u32 words); strict text parse (Go net semantics) and RFC 5952 format.
// Imports nothing: no node:* modules, no ipaddr.js (style.md "Addresses").

export type IpFamily = 'IPv4' | 'IPv6';
/** An IPv4 address is a u32 number; an IPv6 address is 16 bytes in network order. */
export type IpAddr = number | Uint8Array;

export interface Ipv4Cidr { readonly family: 'IPv4'; readonly network: number; readonly prefix: number }
export interface Ipv6Cidr { readonly family: 'IPv6'; readonly network: Uint8Array; readonly prefix: number }
/** A CIDR whose network address has its host bits cleared (Go net.ParseCIDR's *IPNet). */
export type Cidr = Ipv4Cidr | Ipv6Cidr;

const TWO32 = 0x1_0000_0000;

/** Dotted quad only: four decimal octets 0-255, no leading zeros, no octal, hex or short forms. */
export function parseIpv4(s: string): number | undefined {
  let acc = 0, val = 0, digits = 0, dots = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits === 1 && val === 0) return undefined;           // "01": Go 1.17+ rejects leading zeros
      val = val * 10 + (c - 48);
      if (++digits > 3 || val > 255) return undefined;
    } else if (c === 46 && digits > 0 && dots < 3) {
      acc = acc * 256 + val; val = 0; digits = 0; dots++;
    } else return undefined;
  }
  return dots === 3 && digits > 0 ? acc * 256 + val : undefined;
}

export function formatIpv4(a: number): string {
  return `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}`;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

/**
 * RFC 4291 §2.2 text forms: 1-4 hex digits per group, one `::`, a trailing dotted IPv4 in the
 * last 32 bits. Rejects zones (`%eth0`), brackets and a `::` standing for no group (Go netip).
 */
export function parseIpv6(s: string): Uint8Array | undefined {
  const out = new Uint8Array(16);
  const n = s.length;
  let i = 0, g = 0, ellipsis = -1;
  if (n >= 2 && s.charCodeAt(0) === 58 && s.charCodeAt(1) === 58) { ellipsis = 0; i = 2; }
  while (i < n) {
    let v = 0, d = 0;
    for (let h; d < 5 && i + d < n && (h = hexDigit(s.charCodeAt(i + d))) >= 0; d++) v = v * 16 + h;
    if (i + d < n && s.charCodeAt(i + d) === 46) {                // embedded IPv4 ends the address
      const v4 = (ellipsis >= 0 || g === 12) && g <= 12 ? parseIpv4(s.slice(i)) : undefined;
      if (v4 === undefined) return undefined;
      out[g] = v4 >>> 24; out[g + 1] = v4 >>> 16; out[g + 2] = v4 >>> 8; out[g + 3] = v4;
      g += 4; i = n;
      break;
    }
    if (d === 0 || d > 4 || g === 16) return undefined;
    out[g++] = v >> 8; out[g++] = v & 255;
    i += d;
    if (i === n) break;
    if (s.charCodeAt(i++) !== 58 || i === n) return undefined;   // junk, or a trailing single colon
    if (s.charCodeAt(i) === 58) {
      if (ellipsis >= 0) return undefined;
      ellipsis = g; i++;
    }
  }
  if (ellipsis < 0) return g === 16 ? out : undefined;
  if (g === 16) return undefined;                                 // `::` must stand for >= 1 group
  const tail = g - ellipsis;
  out.copyWithin(16 - tail, ellipsis, g);
  out.fill(0, ellipsis, 16 - tail);
  return out;
}

/** True for ::ffff:a.b.c.d (RFC 4291 §2.5.5.2). */
export function isIpv4Mapped(b: Uint8Array): boolean {
  for (let i = 0; i < 10; i++) if (b[i] !== 0) return false;
  return b[10] === 0xff && b[11] === 0xff;
}

/**
 * RFC 5952: lowercase, no leading zeros, the longest run of two or more zero groups (the first on
 * a tie) as `::`, and IPv4-mapped addresses in mixed notation (§5), as Go netip.Addr.String does.
 */
export function formatIpv6(b: Uint8Array): string {
  if (isIpv4Mapped(b)) return `::ffff:${b[12]}.${b[13]}.${b[14]}.${b[15]}`;
  let bestAt = -1, bestLen = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && b[2 * j] === 0 && b[2 * j + 1] === 0) j++;
    if (j - i > bestLen) { bestAt = i; bestLen = j - i; }
    i = j === i ? i + 1 : j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestAt) { out += '::'; i += bestLen - 1; continue; }
    if (out !== '' && !out.endsWith(':')) out += ':';
    out += ((b[2 * i] << 8) | b[2 * i + 1]).toString(16);
  }
  return out;
}

/**
 * Any address, as Go net.ParseIP followed by To4: IPv4-mapped IPv6 text yields the IPv4 number,
 * so its family is IPv4 (k8s.io/utils/net IPFamilyOf).
 */
export function parseIp(s: string): IpAddr | undefined {
  if (s.indexOf(':') < 0) return parseIpv4(s);
  const b = parseIpv6(s);
  if (b === undefined || !isIpv4Mapped(b)) return b;
  return ((b[12] << 24) | (b[13] << 16) | (b[14] << 8) | b[15]) >>> 0;
}

export function formatIp(a: IpAddr): string {
  return typeof a === 'number' ? formatIpv4(a) : formatIpv6(a);
}

/** The family of an address text, or undefined when it is not a valid address. */
export function familyOf(s: string): IpFamily | undefined {
  const a = parseIp(s);
  return a === undefined ? undefined : addrFamily(a);
}

export function addrFamily(a: IpAddr): IpFamily {
  return typeof a === 'number' ? 'IPv4' : 'IPv6';
}

/** The i-th big-endian u32 word (0..3) of an IPv6 address. */
export function ipv6Word(b: Uint8Array, i: number): number {
  const o = i * 4;
  return ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
}

/** The four big-endian words of an IPv6 address, written into `out`. */
export function ipv6ToWords(b: Uint8Array, out: Uint32Array = new Uint32Array(4)): Uint32Array {
  for (let i = 0; i < 4; i++) out[i] = ipv6Word(b, i);
  return out;
}

export function ipv6FromWords(w0: number, w1: number, w2: number, w3: number): Uint8Array {
  const b = new Uint8Array(16);
  const w = [w0, w1, w2, w3];
  for (let i = 0; i < 4; i++) {
    b[4 * i] = w[i] >>> 24; b[4 * i + 1] = w[i] >>> 16; b[4 * i + 2] = w[i] >>> 8; b[4 * i + 3] = w[i];
  }
  return b;
}

/** The one key form of an IPv6 address (Map/Set keys): eight UTF-16 code units, one per group. */
export function addrKey(b: Uint8Array): string {
  return String.fromCharCode(
    (b[0] << 8) | b[1], (b[2] << 8) | b[3], (b[4] << 8) | b[5], (b[6] << 8) | b[7],
    (b[8] << 8) | b[9], (b[10] << 8) | b[11], (b[12] << 8) | b[13], (b[14] << 8) | b[15]);
}

/** Inverse of addrKey. */
export function addrFromKey(k: string): Uint8Array {
  const b = new Uint8Array(16);
  for (let i = 0; i < 8; i++) { const c = k.charCodeAt(i); b[2 * i] = c >> 8; b[2 * i + 1] = c & 255; }
  return b;
}

/** Orders addresses of one family; IPv4 sorts before IPv6. */
export function compareIp(a: IpAddr, b: IpAddr): number {
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
  if (typeof b === 'number') return 1;
  for (let i = 0; i < 16; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** `a + offset`, wrapping around the address space; |offset| < 2^53. */
export function addrAdd(a: IpAddr, offset: number): IpAddr {
  if (typeof a === 'number') return (a + offset) >>> 0;
  const neg = offset < 0, m = Math.abs(offset);
  const lo = m % TWO32, hi = (m - lo) / TWO32;
  const w = ipv6ToWords(a), add = [0, 0, hi, lo];
  let carry = 0;
  for (let i = 3; i >= 0; i--) {
    let v = neg ? w[i] - add[i] - carry : w[i] + add[i] + carry;
    carry = v < 0 || v >= TWO32 ? 1 : 0;
    if (v < 0) v += TWO32; else if (v >= TWO32) v -= TWO32;
    w[i] = v;
  }
  return ipv6FromWords(w[0], w[1], w[2], w[3]);
}

/** `a - base` when it is in [0, 2^53) and both share a family, else -1. */
export function addrOffset(base: IpAddr, a: IpAddr): number {
  if (typeof base === 'number') return typeof a === 'number' && a >= base ? a - base : -1;
  if (typeof a === 'number') return -1;
  const d = [0, 0, 0, 0];
  let borrow = 0;
  for (let i = 3; i >= 0; i--) {
    let v = ipv6Word(a, i) - ipv6Word(base, i) - borrow;
    borrow = v < 0 ? 1 : 0;
    if (v < 0) v += TWO32;
    d[i] = v;
  }
  if (borrow || d[0] || d[1] || d[2] >= 0x20_0000) return -1;
  return d[2] * TWO32 + d[3];
}

function familyBits(f: IpFamily): number { return f === 'IPv4' ? 32 : 128; }

/** The IPv4 netmask of a prefix length as a u32. */
export function ipv4Mask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

function maskIpv6(b: Uint8Array, prefix: number, ones: boolean): Uint8Array {
  const out = b.slice();
  for (let i = 0; i < 16; i++) {
    const keep = Math.max(0, Math.min(8, prefix - 8 * i));
    const hostMask = 0xff >> keep;
    out[i] = ones ? out[i] | hostMask : out[i] & ~hostMask & 0xff;
  }
  return out;
}

function parsePrefix(s: string, max: number): number | undefined {
  if (!/^(0|[1-9][0-9]{0,2})$/.test(s)) return undefined;            // strict: no "/024", no "+8"
  const n = Number(s);
  return n <= max ? n : undefined;
}

/** `addr/prefix`, host bits masked off as Go net.ParseCIDR does; a `:` in addr makes it IPv6. */
export function parseCidr(s: string): Cidr | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) return undefined;
  const addr = s.slice(0, slash);
  if (addr.indexOf(':') < 0) {
    const a = parseIpv4(addr), p = parsePrefix(s.slice(slash + 1), 32);
    return a === undefined || p === undefined ? undefined : { family: 'IPv4', network: (a & ipv4Mask(p)) >>> 0, prefix: p };
  }
  const b = parseIpv6(addr), p = parsePrefix(s.slice(slash + 1), 128);
  return b === undefined || p === undefined ? undefined : { family: 'IPv6', network: maskIpv6(b, p, false), prefix: p };
}

export function formatCidr(c: Cidr): string {
  return `${formatIp(c.network)}/${c.prefix}`;
}

/** Builds a CIDR from any address in it (host bits cleared). */
export function cidrOf(a: IpAddr, prefix: number): Cidr {
  return typeof a === 'number'
    ? { family: 'IPv4', network: (a & ipv4Mask(prefix)) >>> 0, prefix }
    : { family: 'IPv6', network: maskIpv6(a, prefix, false), prefix };
}

/** The all-ones (last) address of a CIDR: the IPv4 broadcast address. */
export function cidrLast(c: Cidr): IpAddr {
  return c.family === 'IPv4' ? (c.network | ~ipv4Mask(c.prefix)) >>> 0 : maskIpv6(c.network, c.prefix, true);
}

/** Number of addresses: exact up to 2^53, a power-of-two float beyond. */
export function cidrSize(c: Cidr): number {
  return 2 ** (familyBits(c.family) - c.prefix);
}

export function cidrContains(c: Cidr, a: IpAddr): boolean {
  if (c.family === 'IPv4') return typeof a === 'number' && ((a & ipv4Mask(c.prefix)) >>> 0) === c.network;
  if (typeof a === 'number') return false;
  return compareIp(maskIpv6(a, c.prefix, false), c.network) === 0;
}

/** True when the two CIDRs share an address (then one contains the other). */
export function cidrOverlaps(a: Cidr, b: Cidr): boolean {
  return a.family === b.family && (a.prefix <= b.prefix ? cidrContains(a, b.network) : cidrContains(b, a.network));
}
