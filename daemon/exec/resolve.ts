// Name resolution for the simulated network tools: getaddrinfo()/getnameinfo() over the
// container's /etc/hosts (glibc's files backend), ordered as glibc's rfc3484_sort orders them.
// Cluster DNS plugs in behind lookupHost() later. Imports command.ts and dataplane/wire/ip.ts.
import { formatIp, parseIp, type IpAddr } from '../../dataplane/wire/ip.js';
import type { IpFamily } from '../domain/types.js';
import type { CommandContext } from './command.js';

/** getaddrinfo's answer: the canonical name (AI_CANONNAME) and the addresses in the order to try. */
export type HostLookup =
  | { ok: true; canonical: string; addresses: string[] }
  | { ok: false; error: GaiError };

/** The EAI_* codes a files-backend lookup can fail with. */
export type GaiError = 'EAI_NONAME' | 'EAI_ADDRFAMILY';

/** gai_strerror() as glibc words it. */
export function gaiStrerror(e: GaiError): string {
  return e === 'EAI_NONAME' ? 'Name or service not known' : 'Address family for hostname not supported';
}

interface HostsLine { addr: IpAddr; names: string[] }

/** /etc/hosts as glibc's files backend reads it: comments dropped, unparsable addresses skipped. */
function hostsLines(ctx: CommandContext): HostsLine[] {
  const out: HostsLine[] = [];
  for (const raw of (ctx.readFile('/etc/hosts') ?? '').split('\n')) {
    const f = raw.replace(/#.*/, '').trim().split(/\s+/);
    const addr = f.length >= 2 ? parseIp(f[0]) : undefined;
    if (addr !== undefined) out.push({ addr, names: f.slice(1) });
  }
  return out;
}

const familyOfAddr = (a: IpAddr): IpFamily => (typeof a === 'number' ? 'IPv4' : 'IPv6');

/**
 * getaddrinfo(name) with ai_family AF_UNSPEC (or `family`): an IP literal passes through, a name
 * gets every address of every /etc/hosts line naming it (case-insensitive), the canonical name
 * being the first name of the first such line. Errors: EAI_NONAME, EAI_ADDRFAMILY (a literal of
 * the other family).
 */
export function lookupHost(ctx: CommandContext, name: string, family?: IpFamily): HostLookup {
  const literal = parseIp(name);
  if (literal !== undefined) {
    if (family && familyOfAddr(literal) !== family) return { ok: false, error: 'EAI_ADDRFAMILY' };
    return { ok: true, canonical: name, addresses: [formatIp(literal)] };
  }
  const wanted = name.toLowerCase();
  const lines = hostsLines(ctx).filter((l) => l.names.some((n) => n.toLowerCase() === wanted));
  const addresses = [...new Set(lines.filter((l) => !family || familyOfAddr(l.addr) === family).map((l) => formatIp(l.addr)))];
  if (addresses.length === 0) return { ok: false, error: 'EAI_NONAME' };
  const canonical = lines.find((l) => !family || familyOfAddr(l.addr) === family)?.names[0] ?? name;
  return { ok: true, canonical, addresses: sortDestinations(ctx, addresses) };
}

/** The addresses `name` stands for, in getaddrinfo's order (the `Lookup` the client tools take). */
export function resolveHost(ctx: CommandContext, name: string, family?: IpFamily): string[] {
  const r = lookupHost(ctx, name, family);
  return r.ok ? r.addresses : [];
}

/** getnameinfo(addr, NI_NAMEREQD): the first name of the first /etc/hosts line with this address. */
export function reverseHost(ctx: CommandContext, addr: string): string | undefined {
  const a = parseIp(addr);
  if (a === undefined) return undefined;
  const key = formatIp(a);
  return hostsLines(ctx).find((l) => formatIp(l.addr) === key)?.names[0];
}

/**
 * busybox's FEATURE_PREFER_IPV4_ADDRESS and traceroute's DEF_AF: the first IPv4 address when
 * there is one, else the first address.
 */
export function preferIpv4(addresses: readonly string[]): string | undefined {
  return addresses.find((a) => !a.includes(':')) ?? addresses[0];
}

// glibc sysdeps/posix/getaddrinfo.c default_labels and default_precedence (the RFC 3484 tables,
// used when /etc/gai.conf sets none, as Debian ships it). IPv4 is looked up as ::ffff:a.b.c.d.
interface PrefixEntry { prefix: number[]; bits: number; value: number }
const LABELS: PrefixEntry[] = [
  { prefix: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], bits: 128, value: 0 },
  { prefix: [0x20, 0x02], bits: 16, value: 2 },
  { prefix: [], bits: 96, value: 3 },
  { prefix: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff], bits: 96, value: 4 },
  { prefix: [0xfe, 0xc0], bits: 10, value: 5 },
  { prefix: [0xfc], bits: 7, value: 6 },
  { prefix: [0x20, 0x01, 0, 0], bits: 32, value: 7 },
];
const PRECEDENCE: PrefixEntry[] = [
  { prefix: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], bits: 128, value: 50 },
  { prefix: [0x20, 0x02], bits: 16, value: 30 },
  { prefix: [], bits: 96, value: 20 },
  { prefix: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff], bits: 96, value: 10 },
];

function asIpv6Bytes(a: IpAddr): Uint8Array {
  if (typeof a !== 'number') return a;
  return Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, a >>> 24, (a >>> 16) & 255, (a >>> 8) & 255, a & 255);
}

function matchTable(a: IpAddr, table: PrefixEntry[], fallback: number): number {
  const b = asIpv6Bytes(a);
  for (const e of table) {
    let ok = true;
    for (let bit = 0; bit < e.bits && ok; bit++) {
      const want = ((e.prefix[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1;
      ok = ((b[bit >> 3] >> (7 - (bit & 7))) & 1) === want;
    }
    if (ok) return e.value;
  }
  return fallback;
}

/** glibc get_scope: link-local 2 (169.254/16, 127/8, fe80::/10, ::1), site-local 5, multicast's own, else 14. */
function scopeOf(a: IpAddr): number {
  if (typeof a === 'number') return (a >>> 16) === 0xa9fe || (a >>> 24) === 127 ? 2 : 14;
  if (a[0] === 0xff) return a[1] & 0x0f;
  const loopback = a.every((x, i) => x === (i === 15 ? 1 : 0));
  if ((a[0] === 0xfe && (a[1] & 0xc0) === 0x80) || loopback) return 2;
  return a[0] === 0xfe && (a[1] & 0xc0) === 0xc0 ? 5 : 14;
}

interface Candidate { addr: IpAddr; text: string; usable: boolean; src?: IpAddr; index: number }

/**
 * glibc rfc3484_sort, rules 1 (usable: the namespace has a route), 2 (matching scope),
 * 5 (matching label), 6 (higher precedence), 8 (smaller scope) and 10 (order as found); rule 9
 * needs interface prefix lengths the tools do not have. Without a dataplane every address counts
 * as usable and rules 2 and 5 do not apply.
 */
function sortDestinations(ctx: CommandContext, addresses: string[]): string[] {
  if (addresses.length < 2) return addresses;
  const net = ctx.exec.net;
  const cands: Candidate[] = addresses.map((text, index) => {
    const addr = parseIp(text)!;
    const r = net?.route(text);
    const src = r?.ok ? parseIp(r.src) : undefined;
    return { addr, text, usable: !r || r.ok, index, ...(src !== undefined ? { src } : {}) };
  });
  const prefer = (x: boolean, y: boolean) => (x === y ? 0 : x ? -1 : 1);
  cands.sort((a, b) =>
    prefer(a.usable, b.usable)
    || prefer(a.src === undefined || scopeOf(a.addr) === scopeOf(a.src), b.src === undefined || scopeOf(b.addr) === scopeOf(b.src))
    || prefer(a.src === undefined || matchTable(a.addr, LABELS, 1) === matchTable(a.src, LABELS, 1),
      b.src === undefined || matchTable(b.addr, LABELS, 1) === matchTable(b.src, LABELS, 1))
    || matchTable(b.addr, PRECEDENCE, 40) - matchTable(a.addr, PRECEDENCE, 40)
    || scopeOf(a.addr) - scopeOf(b.addr)
    || a.index - b.index);
  return cands.map((c) => c.text);
}
