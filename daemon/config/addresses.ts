// Strict address, CIDR and address-range parsing for the config edge (Go net.ParseIP and
// net.ParseCIDR acceptance: no octal, hex, short or zoned forms). Control-plane only: values are
// bigint. Imports ipaddr.js and domain types; must not import dataplane/ (wire/ip.ts is separate).
import ipaddr from 'ipaddr.js';
import type { IpFamily } from '../domain/types.js';

export interface ParsedIp { family: IpFamily; value: bigint }

export interface ParsedCidr {
  family: IpFamily;
  /** Address length: 32 or 128. */
  bits: number;
  prefix: number;
  /** The network address (host bits cleared, as Go's ParseCIDR returns it). */
  network: bigint;
  /** Canonical text: dotted quad or RFC 5952, `/prefix`. */
  text: string;
}

/** An inclusive address range; `text` is the canonical form it was given in (CIDR or `A-B`). */
export interface AddressRange { family: IpFamily; first: bigint; last: bigint; text: string }

const IPV4_OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4_RE = new RegExp(`^${IPV4_OCTET}(\\.${IPV4_OCTET}){3}$`);
const PREFIX_RE = /^(0|[1-9][0-9]{0,2})$/;

export const familyBits = (f: IpFamily): number => (f === 'IPv4' ? 32 : 128);

/** Go net.ParseIP: dotted-decimal IPv4 without leading zeros, or IPv6 without a zone. */
export function parseIpStrict(s: string): ParsedIp | undefined {
  if (IPV4_RE.test(s)) {
    const value = s.split('.').reduce((acc, o) => (acc << 8n) | BigInt(o), 0n);
    return { family: 'IPv4', value };
  }
  if (!s.includes(':') || s.includes('%') || !ipaddr.IPv6.isValid(s)) return undefined;
  const tail = s.slice(s.lastIndexOf(':') + 1);
  if (tail.includes('.') && !IPV4_RE.test(tail)) return undefined;    // embedded IPv4 must be strict too
  const bytes = ipaddr.IPv6.parse(s).toByteArray();
  return { family: 'IPv6', value: bytes.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n) };
}

export function formatIp(family: IpFamily, value: bigint): string {
  if (family === 'IPv4') {
    return [24n, 16n, 8n, 0n].map((sh) => String((value >> sh) & 0xffn)).join('.');
  }
  const bytes: number[] = [];
  for (let i = 15; i >= 0; i--) bytes.push(Number((value >> BigInt(i * 8)) & 0xffn));
  return ipaddr.fromByteArray(bytes).toString();
}

const hostMask = (bits: number, prefix: number): bigint => (1n << BigInt(bits - prefix)) - 1n;

/** Go net.ParseCIDR (host bits allowed and cleared); undefined when malformed. */
export function parseCidrStrict(s: string): ParsedCidr | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIpStrict(s.slice(0, slash));
  const p = s.slice(slash + 1);
  if (!ip || !PREFIX_RE.test(p)) return undefined;
  const bits = familyBits(ip.family);
  const prefix = Number(p);
  if (prefix > bits) return undefined;
  const network = ip.value & ~hostMask(bits, prefix);
  return { family: ip.family, bits, prefix, network, text: `${formatIp(ip.family, network)}/${prefix}` };
}

export function cidrRange(c: ParsedCidr): AddressRange {
  return { family: c.family, first: c.network, last: c.network | hostMask(c.bits, c.prefix), text: c.text };
}

/** Number of addresses in a CIDR (2^(bits-prefix)). */
export const cidrSize = (c: ParsedCidr): bigint => 1n << BigInt(c.bits - c.prefix);

export type PoolParse =
  | { ok: true; range: AddressRange }
  | { ok: false; problem: 'syntax' | 'mixed-families' | 'reversed' };

/** A LoadBalancer pool: a CIDR or `FIRST-LAST` (MetalLB's two forms). */
export function parseAddressPool(s: string): PoolParse {
  if (s.includes('/')) {
    const c = parseCidrStrict(s);
    return c ? { ok: true, range: cidrRange(c) } : { ok: false, problem: 'syntax' };
  }
  const dash = s.indexOf('-');
  if (dash < 0) return { ok: false, problem: 'syntax' };
  const a = parseIpStrict(s.slice(0, dash).trim());
  const b = parseIpStrict(s.slice(dash + 1).trim());
  if (!a || !b) return { ok: false, problem: 'syntax' };
  if (a.family !== b.family) return { ok: false, problem: 'mixed-families' };
  if (a.value > b.value) return { ok: false, problem: 'reversed' };
  const text = `${formatIp(a.family, a.value)}-${formatIp(b.family, b.value)}`;
  return { ok: true, range: { family: a.family, first: a.value, last: b.value, text } };
}

export function rangesOverlap(a: AddressRange, b: AddressRange): boolean {
  return a.family === b.family && a.first <= b.last && b.first <= a.last;
}

/** Addresses of `a` that also lie in `b`. */
export function overlapSize(a: AddressRange, b: AddressRange): bigint {
  if (!rangesOverlap(a, b)) return 0n;
  const lo = a.first > b.first ? a.first : b.first;
  const hi = a.last < b.last ? a.last : b.last;
  return hi - lo + 1n;
}

/** The family an entry claims by its syntax, for ordering before it is known to be valid. */
export const familyBySyntax = (s: string): IpFamily => (s.includes(':') ? 'IPv6' : 'IPv4');
