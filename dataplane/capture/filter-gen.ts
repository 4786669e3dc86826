// Semantic actions of the pcap-filter grammar (libpcap 1.10 gencode.c gen_ncode, gen_scode,
// gen_mcode, gen_mcode6, gen_host, gen_host6, gen_port, gen_proto) producing a predicate tree
// instead of BPF, with gencode.c's error messages. Imports only dataplane/wire and its siblings.
import { parseIp, parseIpv6 } from '../wire/ip.js';
import { IPPROTO_SCTP, IPPROTO_TCP, IPPROTO_UDP, networkByName, portRangeByName, PROTO_UNDEF, protocolByName, serviceByName } from './filter-names.js';

export type Proto = 'default' | 'ip' | 'ip6' | 'arp' | 'rarp' | 'tcp' | 'udp' | 'sctp' | 'icmp' | 'icmp6'
  | 'igmp' | 'igrp' | 'pim' | 'vrrp' | 'carp' | 'ah' | 'esp';
export type Dir = 'default' | 'src' | 'dst' | 'or' | 'and';
export type AddrQual = 'default' | 'host' | 'net' | 'port' | 'portrange' | 'proto' | 'gateway';
/** A qualifier triple; `undefined` parts are libpcap's Q_UNDEF (qerr: no qualifier in scope). */
export interface Qual { proto?: Proto; dir?: Dir; addr?: AddrQual }
export const QERR: Qual = {};

/** Predicates over a raw IP packet; `family` 4 reads the IPv4 header, 6 the IPv6 one. */
export type Node =
  | { t: 'and' | 'or'; a: Node; b: Node }
  | { t: 'not'; a: Node }
  | { t: 'linktype'; type: LinkProto }
  /** ip[9] == p, or ip6[6] == p (also behind a fragment header). */
  | { t: 'proto'; family: 4 | 6; p: number }
  /** Address under mask, by direction, in the IP header or (IPv4) also in ARP/RARP ones (never on this wire). */
  | { t: 'host'; family: 4 | 6; dir: Dir; addr: Uint8Array; mask: Uint8Array; links: readonly LinkProto[] }
  /** TCP/UDP/SCTP port in [lo, hi] (IPv4: first fragments only). */
  | { t: 'port'; family: 4 | 6; p: number; dir: Dir; lo: number; hi: number };

export type LinkProto = 'ip' | 'ip6' | 'arp' | 'rarp';

export class FilterError extends Error {}
export function fail(message: string): never { throw new FilterError(message); }

/** The protocols whose host/net use is an error, worded `'tcp' modifier applied to host`. */
const NOT_FOR_HOST = new Set<Proto>(['tcp', 'udp', 'sctp', 'icmp', 'igmp', 'igrp', 'icmp6', 'ah', 'esp', 'pim', 'vrrp', 'carp']);
const PROTO_NUMBER: Partial<Record<Proto, number>> = {
  tcp: 6, udp: 17, sctp: 132, icmp: 1, igmp: 2, igrp: 9, pim: 103, vrrp: 112, carp: 112, icmp6: 58, ah: 51, esp: 50,
};
/** gen_proto_abbrev: which families each protocol keyword checks. */
const V4_ONLY = new Set<Proto>(['icmp', 'igmp', 'igrp', 'vrrp', 'carp']);

const and = (a: Node, b: Node): Node => ({ t: 'and', a, b });
const or = (a: Node, b: Node): Node => ({ t: 'or', a, b });
const u32Bytes = (v: number): Uint8Array => Uint8Array.of(v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255);

/** A protocol keyword on its own (`tcp`, `icmp6`, `ip`, `arp`). */
export function genProtoAbbrev(p: Proto): Node {
  if (p === 'ip' || p === 'ip6' || p === 'arp' || p === 'rarp') return { t: 'linktype', type: p };
  if (p === 'icmp6') return { t: 'proto', family: 6, p: 58 };
  const n = PROTO_NUMBER[p]!;
  return V4_ONLY.has(p) ? { t: 'proto', family: 4, p: n } : or({ t: 'proto', family: 4, p: n }, { t: 'proto', family: 6, p: n });
}

function genHost(addr: number, mask: number, proto: Proto, dir: Dir, type: 'host' | 'net'): Node {
  if (proto === 'ip6') fail("'ip6' modifier applied to ip host");
  if (NOT_FOR_HOST.has(proto)) fail(`'${proto}' modifier applied to ${type}`);
  const links: LinkProto[] = proto === 'default' ? ['ip', 'arp', 'rarp'] : [proto as LinkProto];
  return { t: 'host', family: 4, dir, addr: u32Bytes(addr), mask: u32Bytes(mask), links };
}

function genHost6(addr: Uint8Array, mask: Uint8Array, proto: Proto, dir: Dir, type: 'host' | 'net'): Node {
  if (proto !== 'default' && proto !== 'ip6') fail(`'${proto}' modifier applied to ip6 ${type}`);
  return { t: 'host', family: 6, dir, addr, mask, links: ['ip6'] };
}

function portProto(proto: Proto | undefined, what: 'port' | 'portrange'): number {
  if (proto === 'udp') return IPPROTO_UDP;
  if (proto === 'tcp') return IPPROTO_TCP;
  if (proto === 'sctp') return IPPROTO_SCTP;
  if (proto === 'default') return PROTO_UNDEF;
  return fail(`illegal qualifier of '${what}'`);
}

/** gen_port | gen_port6 (and the ranges): PROTO_UNDEF means TCP, UDP or SCTP. */
function genPort(lo: number, hi: number, p: number, dir: Dir): Node {
  const protos = p === PROTO_UNDEF ? [IPPROTO_TCP, IPPROTO_UDP, IPPROTO_SCTP] : [p];
  const [a, b] = lo <= hi ? [lo, hi] : [hi, lo];
  const one = (family: 4 | 6): Node => protos.map((q): Node => ({ t: 'port', family, p: q, dir, lo: a, hi: b })).reduce(or);
  return or(one(4), one(6));
}

/** gen_proto: `proto N`, `ip proto N`, `ip6 proto N`. */
function genProto(v: number, proto: Proto, dir: Dir): Node {
  if (dir !== 'default') fail("direction applied to 'proto'");
  if (proto === 'default') return or(genProto(v, 'ip', dir), genProto(v, 'ip6', dir));
  if (proto === 'ip') return { t: 'proto', family: 4, p: v };
  if (proto === 'ip6') return { t: 'proto', family: 6, p: v };
  if (proto === 'arp' || proto === 'rarp') fail(`${proto} does not encapsulate another protocol`);
  return fail(`'${proto} proto' is bogus`);
}

/** __pcap_atoin: dotted decimal with 1-4 parts; [value, bits] or undefined when a part exceeds 255. */
function atoin(s: string): [number, number] | undefined {
  let addr = 0, len = 0, i = 0;
  for (;;) {
    let n = 0;
    while (i < s.length && s[i] !== '.') {
      if (n > 25) return undefined;
      n = n * 10 + s.charCodeAt(i++) - 48;
    }
    if (n > 255) return undefined;
    addr = ((addr << 8) | (n & 0xff)) >>> 0; len += 8;
    if (i >= s.length) return [addr, len];
    i++;
  }
}

const shl = (v: number, n: number): number => (n >= 32 ? 0 : (v << n) >>> 0);

/** gen_ncode: a number, or an IPv4 host id (`s`), under qualifier q. */
export function genNcode(s: string | undefined, v: number, q: Qual): Node {
  let vlen = 32;
  if (s !== undefined) {
    const a = atoin(s);
    if (a === undefined) fail(`invalid IPv4 address '${s}'`);
    [v, vlen] = a;
  }
  const proto = q.proto!, dir = q.dir!;
  switch (q.addr) {
    case 'default': case 'host': case 'net': {
      let mask = 0xffffffff;
      if (s === undefined && q.addr === 'net') {
        while (v && (v & 0xff000000) === 0) { v = shl(v, 8); mask = shl(mask, 8); }
      } else { v = shl(v, 32 - vlen); mask = shl(mask, 32 - vlen); }
      return genHost(v, mask, proto, dir, q.addr === 'net' ? 'net' : 'host');
    }
    case 'port': case 'portrange': {
      const p = portProto(proto, q.addr);
      if (v > 65535) fail(`illegal port number ${v} > 65535`);
      return genPort(v, v, p, dir);
    }
    case 'gateway': return fail("'gateway' requires a name");
    case 'proto': return genProto(v, proto, dir);
    default: return fail('syntax error in filter expression');
  }
}

/** gen_mcode: `net A.B.C.D/len` or `net A.B.C.D mask M.M.M.M`. */
export function genMcode(s1: string, s2: string | undefined, masklen: number, q: Qual): Node {
  const a = atoin(s1);
  if (a === undefined) fail(`invalid IPv4 address '${s1}'`);
  const n = shl(a[0], 32 - a[1]);
  let m: number;
  if (s2 !== undefined) {
    const b = atoin(s2);
    if (b === undefined) fail(`invalid IPv4 address '${s2}'`);
    m = shl(b[0], 32 - b[1]);
    if ((n & ~m) !== 0) fail(`non-network bits set in "${s1} mask ${s2}"`);
  } else {
    if (masklen > 32) fail('mask length must be <= 32');
    m = masklen === 0 ? 0 : shl(0xffffffff, 32 - masklen);
    if ((n & ~m) !== 0) fail(`non-network bits set in "${s1}/${masklen}"`);
  }
  if (q.addr !== 'net') fail('Mask syntax for networks only');
  return genHost(n, m, q.proto!, q.dir!, 'net');
}

/** gen_mcode6: an IPv6 literal with an optional prefix length. */
export function genMcode6(s: string, masklen: number, q: Qual): Node {
  const addr = parseIpv6(s);
  if (addr === undefined) fail(`invalid ip6 address ${s}`);
  if (masklen > 128) fail('mask length must be <= 128');
  const mask = new Uint8Array(16);
  for (let i = 0; i < 16; i++) mask[i] = i < masklen >> 3 ? 0xff : i === masklen >> 3 ? (0xff << (8 - (masklen & 7))) & 0xff : 0;
  if (addr.some((b, i) => (b & ~mask[i]) !== 0)) fail(`non-network bits set in "${s}/${masklen}"`);
  if (q.addr === 'default' || q.addr === 'host') {
    if (masklen !== 128) fail('Mask syntax for networks only');
  } else if (q.addr !== 'net') fail('invalid qualifier against IPv6 address');
  return genHost6(addr, mask, q.proto!, q.dir!, q.addr === 'net' ? 'net' : 'host');
}

/** Name lookup for `host NAME`: the addresses it resolves to, in order. */
export type Resolver = (name: string) => readonly string[] | undefined;

/** gen_scode: a name (host, network, service or protocol) under qualifier q. */
export function genScode(name: string, q: Qual, resolve: Resolver): Node {
  const proto = q.proto!, dir = q.dir!;
  switch (q.addr) {
    case 'net': {
      let addr = networkByName(name), mask = 0xffffffff;
      if (addr === 0) fail(`unknown network '${name}'`);
      while (addr && (addr & 0xff000000) === 0) { addr = shl(addr, 8); mask = shl(mask, 8); }
      return genHost(addr, mask, proto, dir, 'net');
    }
    case 'default': case 'host': return genNamedHost(name, proto, dir, resolve);
    case 'port': {
      const p = portProto(proto, 'port');
      const found = serviceByName(name);
      if (found === undefined) fail(`unknown port '${name}'`);
      const real = checkPortProto(found[1], p, `port '${name}'`);
      if (found[0] > 65535) fail(`illegal port number ${found[0]} > 65535`);
      return genPort(found[0], found[0], real, dir);
    }
    case 'portrange': {
      const p = portProto(proto, 'portrange');
      const found = portRangeByName(name);
      if (found === undefined) fail(`unknown port in range '${name}'`);
      const real = checkPortProto(found[2], p, `port in range '${name}'`);
      for (const port of [found[0], found[1]]) {
        if (port < 0) fail(`illegal port number ${port} < 0`);
        if (port > 65535) fail(`illegal port number ${port} > 65535`);
      }
      return genPort(found[0], found[1], real, dir);
    }
    case 'gateway': return fail("'gateway' not supported in this configuration");
    case 'proto': {
      if (proto !== 'default' && proto !== 'ip' && proto !== 'ip6') fail(`unknown protocol: ${name}`);
      const v = protocolByName(name);
      if (v === undefined) fail(`unknown ip proto '${name}'`);
      return genProto(v, proto, dir);
    }
    default: return fail('syntax error in filter expression');
  }
}

/** The `port '<name>' is tcp` checks of gen_scode; PROTO_UNDEF takes the qualifier's protocol. */
function checkPortProto(found: number, wanted: number, what: string): number {
  if (wanted === PROTO_UNDEF) return found;
  if (found !== PROTO_UNDEF && found !== wanted) fail(`${what} is ${found === IPPROTO_TCP ? 'tcp' : found === IPPROTO_UDP ? 'udp' : 'sctp'}`);
  return wanted;
}

function genNamedHost(name: string, proto: Proto, dir: Dir, resolve: Resolver): Node {
  const addrs = (resolve(name) ?? []).map(parseIp).filter((a) => a !== undefined);
  if (addrs.length === 0) fail(`unknown host '${name}'`);
  let b: Node | undefined;
  for (const a of addrs) {
    let n: Node;
    if (typeof a === 'number') {
      if (proto === 'ip6') continue;
      n = genHost(a, 0xffffffff, proto, dir, 'host');
    } else {
      if (proto === 'ip') continue;
      n = genHost6(a, new Uint8Array(16).fill(0xff), proto, dir, 'host');
    }
    b = b === undefined ? n : or(b, n);
  }
  return b ?? fail(`unknown host '${name}'${proto === 'default' ? '' : ' for specified address family'}`);
}
