// Longest-prefix match per family over the trie lpm-build.ts compiles (16-bit root stride, then
// 8-bit strides, run and path-compressed nodes), immutable after build. Lookups read numbers only:
// no allocation, BigInt, strings or ipaddr.js. Imports lpm-build.ts only.
import * as trie from './lpm-build.js';

// Local copies of the entry encoding: imported bindings are not constant-folded, and reading them
// on the lookup path measured ~25% slower compiled and ~7x under tsx. Checked once, at load.
const PTR = 0x4000_0000, RUNS = 0x5000_0000, SKIP = 0x6000_0000, OFF_MASK = 0x0fff_ffff;
if (PTR !== trie.PTR || RUNS !== trie.RUNS || SKIP !== trie.SKIP || OFF_MASK !== trie.OFF_MASK) {
  throw new Error('lpm.ts entry encoding differs from lpm-build.ts');
}

/** The entry of run node `o` for chunk x: the last run starting at or before x. */
function scanRuns(pool: Int32Array, o: number, x: number): number {
  const n = pool[o];
  let j = 1;
  while (j < n && x >= pool[o + j]) j++;
  return pool[o + n + j - 1];
}

/** The entry below the root (a FULL or RUNS node) for its 16-bit chunk x. */
function rootStep(pool: Int32Array, e: number, x: number): number {
  const o = e & OFF_MASK;
  return e < RUNS ? pool[o + x] : scanRuns(pool, o, x);
}

/** SKIP node `o` against the bytes of addr from bit `sh` (of 8..0) down. */
function skip4(pool: Int32Array, o: number, addr: number, sh: number): number {
  const last = pool[o] - 1;
  for (let j = 0; j < last; j++) if (((addr >>> (sh - 8 * j)) & 255) !== pool[o + 4 + j]) return pool[o + 1];
  return ((addr >>> (sh - 8 * last)) & pool[o + 3]) === pool[o + 4 + last] ? pool[o + 2] : pool[o + 1];
}

/** SKIP node `o` against b[i..]. */
function skip6(pool: Int32Array, o: number, b: Uint8Array, i: number): number {
  const last = pool[o] - 1;
  for (let j = 0; j < last; j++) if (b[i + j] !== pool[o + 4 + j]) return pool[o + 1];
  return (b[i + last] & pool[o + 3]) === pool[o + 4 + last] ? pool[o + 2] : pool[o + 1];
}

/** Scratch for lookupWords: tables are per thread and lookups synchronous, so one suffices. */
const WORDS = new Uint8Array(16);

/** Built once per forwarding-program install; immutable afterwards. Values are small non-negative ints (route ids, < 2^24). */
export class Lpm4 {
  private readonly top: number;
  private readonly pool: Int32Array;
  /** Number of distinct prefixes. */
  readonly size: number;
  /** Bytes held by the trie (the memory budget of performance.md). */
  readonly byteLength: number;

  private constructor(t: trie.Trie) {
    this.top = t.top; this.pool = t.pool; this.size = t.size; this.byteLength = t.pool.byteLength;
  }

  /** routes: [network u32, prefixLength 0..32, value]; host bits are ignored; later duplicates of the same prefix win. Throws RangeError on a bad network, prefix length or value (programmer error). */
  static build(routes: ReadonlyArray<readonly [number, number, number]>): Lpm4 {
    const n = routes.length, keys = new Uint8Array(4 * n), lens = new Uint8Array(n), vals = new Int32Array(n);
    routes.forEach(([net, prefix, value], k) => {
      trie.checkRoute('Lpm4.build', k, prefix, 32, value);
      if (!Number.isInteger(net) || net < 0 || net > 0xffff_ffff) throw new RangeError(`Lpm4.build: route ${k}: network ${net} is not a u32`);
      keys[4 * k] = net >>> 24; keys[4 * k + 1] = net >>> 16; keys[4 * k + 2] = net >>> 8; keys[4 * k + 3] = net;
      lens[k] = prefix; vals[k] = value;
    });
    return new Lpm4(trie.compileTrie({ keys, width: 4, lens, vals }));
  }

  /** The value of the longest prefix containing addr (u32, or its int32 bit pattern), or -1. */
  lookup(addr: number): number {
    let e = this.top;
    if (e < PTR) return e;
    const pool = this.pool;
    e = rootStep(pool, e, addr >>> 16);
    for (let sh = 8; e >= PTR;) {
      const o = e & OFF_MASK;
      if (e >= SKIP) { e = skip4(pool, o, addr, sh); sh -= 8 * pool[o]; }
      else { const x = (addr >>> sh) & 255; e = e < RUNS ? pool[o + x] : scanRuns(pool, o, x); sh -= 8; }
    }
    return e;
  }
}

export class Lpm6 {
  private readonly top: number;
  private readonly pool: Int32Array;
  /** Number of distinct prefixes. */
  readonly size: number;
  /** Bytes held by the trie (the memory budget of performance.md). */
  readonly byteLength: number;

  private constructor(t: trie.Trie) {
    this.top = t.top; this.pool = t.pool; this.size = t.size; this.byteLength = t.pool.byteLength;
  }

  /** routes: [network 16 bytes, prefixLength 0..128, value]; host bits are ignored; later duplicates win. Throws RangeError on a bad network, prefix length or value (programmer error). */
  static build(routes: ReadonlyArray<readonly [Uint8Array, number, number]>): Lpm6 {
    const n = routes.length, keys = new Uint8Array(16 * n), lens = new Uint8Array(n), vals = new Int32Array(n);
    routes.forEach(([net, prefix, value], k) => {
      trie.checkRoute('Lpm6.build', k, prefix, 128, value);
      if (!(net instanceof Uint8Array) || net.length !== 16) throw new RangeError(`Lpm6.build: route ${k}: network is not 16 bytes`);
      keys.set(net, 16 * k); lens[k] = prefix; vals[k] = value;
    });
    return new Lpm6(trie.compileTrie({ keys, width: 16, lens, vals }));
  }

  /** The value of the longest prefix containing the address at b[off..off+16), or -1. b must hold those 16 bytes (checked by the caller's header check). */
  lookup(b: Uint8Array, off: number): number {
    let e = this.top;
    if (e < PTR) return e;
    const pool = this.pool;
    e = rootStep(pool, e, (b[off] << 8) | b[off + 1]);
    for (let i = off + 2; e >= PTR;) {               // pointers end by byte 15: deeper keys do not exist
      const o = e & OFF_MASK;
      if (e >= SKIP) { e = skip6(pool, o, b, i); i += pool[o]; }
      else { const x = b[i++]; e = e < RUNS ? pool[o + x] : scanRuns(pool, o, x); }
    }
    return e;
  }

  /** The same with the address as four u32 words (w0 = bytes 0-3 big-endian). */
  lookupWords(w0: number, w1: number, w2: number, w3: number): number {
    const b = WORDS;
    b[0] = w0 >>> 24; b[1] = w0 >>> 16; b[2] = w0 >>> 8; b[3] = w0;
    b[4] = w1 >>> 24; b[5] = w1 >>> 16; b[6] = w1 >>> 8; b[7] = w1;
    b[8] = w2 >>> 24; b[9] = w2 >>> 16; b[10] = w2 >>> 8; b[11] = w2;
    b[12] = w3 >>> 24; b[13] = w3 >>> 16; b[14] = w3 >>> 8; b[15] = w3;
    return this.lookup(b, 0);
  }
}
