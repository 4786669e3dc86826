// Longest-prefix match per family: a multibit trie in one Int32Array (16-bit first stride, then
// 8-bit strides; controlled prefix expansion), immutable after build. Lookups read numbers only:
// no allocation, BigInt, strings or ipaddr.js. Imports nothing (tables/ may import wire/).

/*
 * Entry (Int32), in a node slot or as the table's top:
 *
 *   -1                     no route
 *   0 .. 2^24-1            the value of the longest prefix covering the slot
 *   FULL | off             pointer to a full node: pool[off + x] is the entry for key chunk x
 *   RUNS | off             pointer to a run node for chunks with few distinct entries:
 *
 *     pool[off]            n (2..MAX_RUNS)
 *     pool[off+1..off+n-1] first chunk of runs 1..n-1 (run 0 starts at 0), ascending
 *     pool[off+n..off+2n-1] entry of runs 0..n-1
 *
 * The root node (16-bit chunk) lives in the pool like the others, so an empty or tiny table costs
 * a few words, not a 256 KiB array. A node whose slots all hold one value collapses into it.
 */
const NONE = -1;
const PTR = 0x4000_0000;
const RUNS = 0x6000_0000;
const OFF_MASK = 0x1fff_ffff;
const MAX_VALUE = 0xff_ffff;
/** Run nodes up to this many runs; a linear scan of 15 starts beats a cache miss on 1 KiB. */
const MAX_RUNS = 16;
/** Nodes with more direct routes and children than this are painted straight into a full node. */
const PAINT_LIMIT = 48;

/** The entry for chunk x below pointer e (e >= PTR). */
function step(pool: Int32Array, e: number, x: number): number {
  const o = e & OFF_MASK;
  if (e < RUNS) return pool[o + x];
  const n = pool[o];
  let j = 1;
  while (j < n && x >= pool[o + j]) j++;
  return pool[o + n + j - 1];
}

/** Build input in flat form: masked keys of `width` bytes each, prefix lengths and values. */
interface Routes { readonly keys: Uint8Array; readonly width: number; readonly lens: Uint8Array; readonly vals: Int32Array }

/** Growable Int32Array; offsets stay valid across growth. */
class Pool {
  buf = new Int32Array(1024);
  len = 0;
  alloc(n: number): number {
    const off = this.len;
    if (off + n > this.buf.length) {
      if (off + n > OFF_MASK) throw new RangeError('LPM table exceeds 2^29 entries');
      const next = new Int32Array(Math.max(this.buf.length * 2, off + n));
      next.set(this.buf.subarray(0, off));
      this.buf = next;
    }
    this.len = off + n;
    return off;
  }
}

/** Runs over [0, width): starts ascending from 0, with their entries. Build-time only. */
interface Runs { s: number[]; v: number[]; readonly width: number }

/** Sets [lo, hi) to v, splitting the runs it cuts. Adjacent equal runs merge at emit. */
function paint(r: Runs, lo: number, hi: number, v: number): void {
  const s: number[] = [], vs: number[] = [];
  for (let k = 0; k < r.s.length; k++) {
    const a = r.s[k], b = k + 1 < r.s.length ? r.s[k + 1] : r.width;
    if (a < lo) { s.push(a); vs.push(r.v[k]); }
    if (a <= lo && lo < b) { s.push(lo); vs.push(v); }
    if (b > hi) { s.push(Math.max(a, hi)); vs.push(r.v[k]); }
  }
  r.s = s; r.v = vs;
}

function valueAt(r: Runs, x: number): number {
  let k = 0;
  while (k + 1 < r.s.length && r.s[k + 1] <= x) k++;
  return r.v[k];
}

function emitRuns(pool: Pool, r: Runs): number {
  const s: number[] = [], v: number[] = [];
  for (let k = 0; k < r.s.length; k++) if (k === 0 || r.v[k] !== v[v.length - 1]) { s.push(r.s[k]); v.push(r.v[k]); }
  const n = s.length;
  if (n === 1) return v[0];                      // a pointer covers one slot, so this is a value
  if (n > MAX_RUNS) {
    const off = pool.alloc(r.width);
    for (let k = 0; k < n; k++) pool.buf.fill(v[k], off + s[k], k + 1 < n ? off + s[k + 1] : off + r.width);
    return PTR | off;
  }
  const off = pool.alloc(2 * n);
  pool.buf[off] = n;
  for (let k = 1; k < n; k++) pool.buf[off + k] = s[k];
  for (let k = 0; k < n; k++) pool.buf[off + n + k] = v[k];
  return RUNS | off;
}

/** Chunk of route i's key at a node starting at `bit` (16 bits at the root, else 8). */
function chunkOf(rt: Routes, i: number, bit: number): number {
  const o = i * rt.width;
  return bit === 0 ? (rt.keys[o] << 8) | rt.keys[o + 1] : rt.keys[o + (bit >> 3)];
}

/**
 * The entry for the node at `bit` holding routes `idxs` (all longer than `bit`, in ascending
 * prefix length, ties in input order) over inherited value `def`. Shorter prefixes are painted
 * first, so longer ones overwrite them and a child inherits its slot's final value.
 */
function buildNode(pool: Pool, rt: Routes, idxs: readonly number[], bit: number, def: number): number {
  const end = bit === 0 ? 16 : bit + 8, width = 1 << (end - bit);
  const direct: number[] = [], kids = new Map<number, number[]>();
  for (const i of idxs) {
    if (rt.lens[i] <= end) { direct.push(i); continue; }
    const x = chunkOf(rt, i, bit), sub = kids.get(x);
    if (sub) sub.push(i); else kids.set(x, [i]);
  }
  const order = [...kids.keys()].sort((a, b) => a - b);
  if (direct.length + order.length > PAINT_LIMIT) return buildFull(pool, rt, direct, kids, order, bit, def);
  const r: Runs = { s: [0], v: [def], width };
  for (const i of direct) {
    const span = 1 << (end - rt.lens[i]), lo = chunkOf(rt, i, bit) & ~(span - 1);
    paint(r, lo, lo + span, rt.vals[i]);
  }
  for (const x of order) paint(r, x, x + 1, buildNode(pool, rt, kids.get(x)!, end, valueAt(r, x)));
  return emitRuns(pool, r);
}

function buildFull(pool: Pool, rt: Routes, direct: readonly number[], kids: ReadonlyMap<number, number[]>,
  order: readonly number[], bit: number, def: number): number {
  const end = bit === 0 ? 16 : bit + 8, width = 1 << (end - bit);
  const off = pool.alloc(width);
  pool.buf.fill(def, off, off + width);
  for (const i of direct) {
    const span = 1 << (end - rt.lens[i]), lo = chunkOf(rt, i, bit) & ~(span - 1);
    pool.buf.fill(rt.vals[i], off + lo, off + lo + span);
  }
  for (const x of order) {
    const child = buildNode(pool, rt, kids.get(x)!, end, pool.buf[off + x]);
    pool.buf[off + x] = child;                   // read buf after the call: the pool may have grown
  }
  return PTR | off;
}

/** The compiled trie: `top` is the root's entry; the pool is trimmed to its used length. */
interface Trie { readonly top: number; readonly pool: Int32Array; readonly size: number }

function checkRoute(who: string, k: number, prefix: number, bits: number, value: number): void {
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) throw new RangeError(`${who}: route ${k}: prefix length ${prefix} outside 0..${bits}`);
  if (!Number.isInteger(value) || value < 0 || value > MAX_VALUE) throw new RangeError(`${who}: route ${k}: value ${value} outside 0..${MAX_VALUE}`);
}

/** Clears the host bits of the key at route i in place. */
function maskKey(keys: Uint8Array, width: number, i: number, prefix: number): void {
  for (let j = 0; j < width; j++) {
    const keep = Math.max(0, Math.min(8, prefix - 8 * j));
    keys[i * width + j] &= (0xff00 >> keep) & 0xff;
  }
}

function compile(rt: Routes): Trie {
  const n = rt.lens.length, distinct = new Set<string>();
  for (let i = 0; i < n; i++) {
    maskKey(rt.keys, rt.width, i, rt.lens[i]);
    distinct.add(String.fromCharCode(rt.lens[i], ...rt.keys.subarray(i * rt.width, (i + 1) * rt.width)));
  }
  const idxs = Array.from({ length: n }, (_, i) => i).sort((a, b) => rt.lens[a] - rt.lens[b]);  // stable
  const pool = new Pool();
  const top = buildNode(pool, rt, idxs, 0, NONE);
  return { top, pool: pool.buf.slice(0, pool.len), size: distinct.size };
}

/** Built once per forwarding-program install; immutable afterwards. Values are small non-negative ints (route ids, < 2^24). */
export class Lpm4 {
  private readonly top: number;
  private readonly pool: Int32Array;
  /** Number of distinct prefixes. */
  readonly size: number;
  /** Bytes held by the trie (the memory budget of performance.md). */
  readonly byteLength: number;

  private constructor(t: Trie) {
    this.top = t.top; this.pool = t.pool; this.size = t.size; this.byteLength = t.pool.byteLength;
  }

  /** routes: [network u32, prefixLength 0..32, value]; host bits are ignored; later duplicates of the same prefix win. Throws RangeError on a bad network, prefix length or value (programmer error). */
  static build(routes: ReadonlyArray<readonly [number, number, number]>): Lpm4 {
    const n = routes.length, keys = new Uint8Array(4 * n), lens = new Uint8Array(n), vals = new Int32Array(n);
    routes.forEach(([net, prefix, value], k) => {
      checkRoute('Lpm4.build', k, prefix, 32, value);
      if (!Number.isInteger(net) || net < 0 || net > 0xffff_ffff) throw new RangeError(`Lpm4.build: route ${k}: network ${net} is not a u32`);
      keys[4 * k] = net >>> 24; keys[4 * k + 1] = net >>> 16; keys[4 * k + 2] = net >>> 8; keys[4 * k + 3] = net;
      lens[k] = prefix; vals[k] = value;
    });
    return new Lpm4(compile({ keys, width: 4, lens, vals }));
  }

  /** The value of the longest prefix containing addr (u32, or its int32 bit pattern), or -1. */
  lookup(addr: number): number {
    let e = this.top;
    if (e < PTR) return e;
    const pool = this.pool;
    e = step(pool, e, addr >>> 16);
    if (e < PTR) return e;
    e = step(pool, e, (addr >>> 8) & 255);
    if (e < PTR) return e;
    return step(pool, e, addr & 255);
  }
}

export class Lpm6 {
  private readonly top: number;
  private readonly pool: Int32Array;
  /** Number of distinct prefixes. */
  readonly size: number;
  /** Bytes held by the trie (the memory budget of performance.md). */
  readonly byteLength: number;

  private constructor(t: Trie) {
    this.top = t.top; this.pool = t.pool; this.size = t.size; this.byteLength = t.pool.byteLength;
  }

  /** routes: [network 16 bytes, prefixLength 0..128, value]; host bits are ignored; later duplicates win. Throws RangeError on a bad network, prefix length or value (programmer error). */
  static build(routes: ReadonlyArray<readonly [Uint8Array, number, number]>): Lpm6 {
    const n = routes.length, keys = new Uint8Array(16 * n), lens = new Uint8Array(n), vals = new Int32Array(n);
    routes.forEach(([net, prefix, value], k) => {
      checkRoute('Lpm6.build', k, prefix, 128, value);
      if (!(net instanceof Uint8Array) || net.length !== 16) throw new RangeError(`Lpm6.build: route ${k}: network is not 16 bytes`);
      keys.set(net, 16 * k); lens[k] = prefix; vals[k] = value;
    });
    return new Lpm6(compile({ keys, width: 16, lens, vals }));
  }

  /** The value of the longest prefix containing the address at b[off..off+16), or -1. */
  lookup(b: Uint8Array, off: number): number {
    let e = this.top;
    if (e < PTR) return e;
    const pool = this.pool;
    e = step(pool, e, (b[off] << 8) | b[off + 1]);
    for (let i = off + 2; e >= PTR; i++) e = step(pool, e, b[i]);   // leaves at byte 15 are never pointers
    return e;
  }

  /** The same with the address as four u32 words (w0 = bytes 0-3 big-endian). */
  lookupWords(w0: number, w1: number, w2: number, w3: number): number {
    let e = this.top;
    if (e < PTR) return e;
    const pool = this.pool;
    e = step(pool, e, w0 >>> 16);
    for (let i = 2; e >= PTR; i++) {
      const w = i < 4 ? w0 : i < 8 ? w1 : i < 12 ? w2 : w3;
      e = step(pool, e, (w >>> (24 - ((i & 3) << 3))) & 255);
    }
    return e;
  }
}
