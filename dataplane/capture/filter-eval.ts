// A compiled filter tree as a predicate over raw IP packets, with BPF's rule that a load past the
// end rejects the packet; and libpcap's optimizer verdict "expression rejects all packets",
// found by evaluating the tree over every class of packet it can tell apart. Imports only siblings.
import type { Dir, LinkProto, Node } from './filter-gen.js';

const OUT_OF_BOUNDS: unique symbol = Symbol('out of bounds');
type Pred = (b: Uint8Array) => boolean;

function u8(b: Uint8Array, i: number): number {
  if (i >= b.length) throw OUT_OF_BOUNDS;
  return b[i];
}
const u16 = (b: Uint8Array, i: number): number => (u8(b, i) << 8) | u8(b, i + 1);
/** The link-layer type the simulated Ethernet header would carry: the IP version nibble. */
const version = (b: Uint8Array): number => (b.length > 0 ? b[0] >> 4 : -1);

function masked(b: Uint8Array, at: number, addr: Uint8Array, mask: Uint8Array): boolean {
  for (let i = 0; i < addr.length; i++) if ((u8(b, at + i) & mask[i]) !== addr[i]) return false;
  return true;
}

function byDir(dir: Dir, src: Pred, dst: Pred): Pred {
  if (dir === 'src') return src;
  if (dir === 'dst') return dst;
  if (dir === 'and') return (b) => src(b) && dst(b);
  return (b) => src(b) || dst(b);
}

function leaf(n: Node): Pred {
  switch (n.t) {
    case 'linktype':
      return n.type === 'ip' ? (b) => version(b) === 4 : n.type === 'ip6' ? (b) => version(b) === 6 : () => false;
    case 'proto':
      return n.family === 4 ? (b) => version(b) === 4 && u8(b, 9) === n.p
        : (b) => version(b) === 6 && (u8(b, 6) === n.p || (u8(b, 6) === 44 && u8(b, 40) === n.p));
    case 'host': {
      const [fam, s, d] = n.family === 4 ? [4, 12, 16] : [6, 8, 24];
      if (!n.links.includes(n.family === 4 ? 'ip' : 'ip6')) return () => false;
      const m = byDir(n.dir, (b) => masked(b, s, n.addr, n.mask), (b) => masked(b, d, n.addr, n.mask));
      return (b) => version(b) === fam && m(b);
    }
    case 'port': {
      const inRange = (v: number): boolean => v >= n.lo && v <= n.hi;
      if (n.family === 6) {
        const m = byDir(n.dir, (b) => inRange(u16(b, 40)), (b) => inRange(u16(b, 42)));
        return (b) => version(b) === 6 && u8(b, 6) === n.p && m(b);
      }
      const l4 = (b: Uint8Array): number => (u8(b, 0) & 0x0f) * 4;
      const m = byDir(n.dir, (b) => inRange(u16(b, l4(b))), (b) => inRange(u16(b, l4(b) + 2)));
      return (b) => version(b) === 4 && u8(b, 9) === n.p && (u16(b, 6) & 0x1fff) === 0 && m(b);
    }
    default: throw new Error(`not a leaf: ${n.t}`);
  }
}

function compileNode(n: Node): Pred {
  switch (n.t) {
    case 'and': { const a = compileNode(n.a), c = compileNode(n.b); return (b) => a(b) && c(b); }
    case 'or': { const a = compileNode(n.a), c = compileNode(n.b); return (b) => a(b) || c(b); }
    case 'not': { const a = compileNode(n.a); return (b) => !a(b); }
    default: return leaf(n);
  }
}

/** The predicate of a tree; never throws (an out-of-bounds load rejects, as in BPF). */
export function toPredicate(n: Node | undefined): Pred {
  if (n === undefined) return () => true;
  const f = compileNode(n);
  return (b) => {
    try { return f(b); } catch { return false; }
  };
}

// ---- "expression rejects all packets" --------------------------------------------------------

/** One class of packets: the link type, protocol bytes and exact addresses a filter compares
 *  (for ARP and RARP, the sender and target protocol addresses). */
interface PacketClass { ver: number; p: number; frag: number; src: string; dst: string }
type Tri = 0 | 1 | 2;                                       // false, true, unknown
const OTHER = -1, OTHER_ADDR = '*';
const ARP = 100, RARP = 101;
const FULL = (m: Uint8Array): boolean => m.every((x) => x === 0xff);
const key = (a: Uint8Array): string => Array.from(a).join('.');

function tri(n: Node, c: PacketClass): Tri {
  switch (n.t) {
    case 'and': { const a = tri(n.a, c); if (a === 0) return 0; const b = tri(n.b, c); return b === 0 ? 0 : a === 1 && b === 1 ? 1 : 2; }
    case 'or': { const a = tri(n.a, c); if (a === 1) return 1; const b = tri(n.b, c); return b === 1 ? 1 : a === 0 && b === 0 ? 0 : 2; }
    case 'not': { const a = tri(n.a, c); return a === 2 ? 2 : a === 1 ? 0 : 1; }
    case 'linktype': return c.ver === { ip: 4, ip6: 6, arp: ARP, rarp: RARP }[n.type] ? 1 : 0;
    case 'proto':
      if (c.ver !== n.family) return 0;
      return c.p === n.p || (n.family === 6 && c.p === 44 && c.frag === n.p) ? 1 : 0;
    case 'host': {
      const link = { 4: 'ip', 6: 'ip6', [ARP]: 'arp', [RARP]: 'rarp' }[c.ver] as LinkProto | undefined;
      if (link === undefined || !n.links.includes(link)) return 0;
      if (!FULL(n.mask)) return 2;
      return hostTri(n.dir, c.src === key(n.addr), c.dst === key(n.addr));
    }
    case 'port': return c.ver === n.family && c.p === n.p ? 2 : 0;
  }
}

function hostTri(dir: Dir, src: boolean, dst: boolean): Tri {
  if (dir === 'src') return src ? 1 : 0;
  if (dir === 'dst') return dst ? 1 : 0;
  if (dir === 'and') return src && dst ? 1 : 0;
  return src || dst ? 1 : 0;
}

/** The constants the tree compares each field with, plus "anything else". */
function constants(n: Node, out: { p4: Set<number>; p6: Set<number>; a4: Set<string>; a6: Set<string> }): void {
  if (n.t === 'and' || n.t === 'or') { constants(n.a, out); constants(n.b, out); return; }
  if (n.t === 'not') { constants(n.a, out); return; }
  if (n.t === 'proto' || n.t === 'port') (n.family === 4 ? out.p4 : out.p6).add(n.p);
  if (n.t === 'host' && FULL(n.mask)) (n.family === 4 ? out.a4 : out.a6).add(key(n.addr));
}

/** Up to this many classes are tried; a larger tree is assumed satisfiable. */
const MAX_CLASSES = 20_000;

/** True when no packet can match (libpcap's optimizer then fails "expression rejects all packets"). */
export function rejectsAll(n: Node | undefined): boolean {
  if (n === undefined) return false;
  const c = { p4: new Set<number>(), p6: new Set<number>(), a4: new Set<string>(), a6: new Set<string>() };
  constants(n, c);
  const p4 = [...c.p4, OTHER], p6 = [...c.p6, OTHER], frag = [...c.p6, OTHER];
  const a4 = [...c.a4, OTHER_ADDR], a6 = [...c.a6, OTHER_ADDR];
  if (((p4.length + 2) * a4.length ** 2) + ((p6.length + frag.length) * a6.length ** 2) > MAX_CLASSES) return false;
  const classes: PacketClass[] = [{ ver: OTHER, p: OTHER, frag: OTHER, src: '', dst: '' }];
  for (const [ver, p] of [...p4.map((x) => [4, x]), [ARP, OTHER], [RARP, OTHER]]) {
    for (const src of a4) for (const dst of a4) classes.push({ ver, p, frag: OTHER, src, dst });
  }
  for (const [p, fr] of [...p6.map((p) => [p, OTHER]), ...frag.map((f) => [44, f])]) {
    for (const src of a6) for (const dst of a6) classes.push({ ver: 6, p, frag: fr, src, dst });
  }
  return classes.every((k) => tri(n, k) === 0);
}
