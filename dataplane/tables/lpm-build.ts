// Compiles routes into the LPM trie of lpm.ts: one Int32Array pool of nodes (16-bit root stride,
// then 8-bit strides, controlled prefix expansion) and the entry encoding both share.
// Build time only; imports nothing.

/*
 * Entry (Int32), in a node slot or as the table's top:
 *
 *   -1               no route
 *   0 .. 2^24-1      the value of the longest prefix covering the slot
 *   FULL | off       full node: pool[off + x] is the entry for key chunk x
 *   RUNS | off       run node, for chunks with few distinct entries:
 *                      pool[off] = n (2..MAX_RUNS); pool[off+1 .. off+n-1] first chunk of runs
 *                      1..n-1 (run 0 starts at 0), ascending; pool[off+n .. off+2n-1] their entries
 *   SKIP | off       path-compressed chain of nodes whose only exception is one aligned range
 *                    (never at the root):
 *                      pool[off] = k key bytes, pool[off+1] = def (a value), pool[off+2] = entry on
 *                      match, pool[off+3] = mask of the last byte, pool[off+4 .. off+4+k) = key
 *                    the next k bytes equal the key (the last one under the mask) ? entry : def
 *
 * The root node (16-bit chunk) lives in the pool like the others, so an empty or tiny table costs
 * a few words, not a 256 KiB array. A node whose slots all hold one value collapses into it.
 */
export const NONE = -1;
export const PTR = 0x4000_0000;
export const RUNS = 0x5000_0000;
export const SKIP = 0x6000_0000;
export const OFF_MASK = 0x0fff_ffff;
export const MAX_VALUE = 0xff_ffff;
/** Run nodes up to this many runs; a short linear scan beats a cache miss on a 1 KiB node. */
const MAX_RUNS = 16;
/** Nodes with more direct routes and children than this are painted straight into a full node. */
const PAINT_LIMIT = 48;

/** Build input in flat form: keys of `width` bytes each (host bits cleared), prefix lengths and values. */
export interface Routes { readonly keys: Uint8Array; readonly width: number; readonly lens: Uint8Array; readonly vals: Int32Array }

/** The compiled trie: `top` is the root's entry; the pool is trimmed to its used length. */
export interface Trie { readonly top: number; readonly pool: Int32Array; readonly size: number }

/** Growable Int32Array; offsets stay valid across growth. */
class Pool {
  buf = new Int32Array(256);
  len = 0;
  alloc(n: number): number {
    const off = this.len;
    if (off + n > this.buf.length) {
      if (off + n > OFF_MASK) throw new RangeError('LPM table exceeds 2^28 entries');
      const next = new Int32Array(Math.max(this.buf.length * 2, off + n));
      next.set(this.buf.subarray(0, off));
      this.buf = next;
    }
    this.len = off + n;
    return off;
  }
}

/** Runs over [0, width): starts ascending from 0, with their entries. */
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

/** The one aligned power-of-two range of an 8-bit node that differs from the rest, if any. */
function exceptionOf(s: readonly number[], v: readonly number[]): { lo: number; span: number; def: number; entry: number } | undefined {
  const c = s.length === 3 && v[0] === v[2] ? { lo: s[1], span: s[2] - s[1], def: v[0], entry: v[1] }
    : s.length === 2 ? (s[1] >= 128 ? { lo: s[1], span: 256 - s[1], def: v[0], entry: v[1] } : { lo: 0, span: s[1], def: v[1], entry: v[0] })
      : undefined;
  if (c === undefined || c.def >= PTR || (c.span & (c.span - 1)) !== 0 || c.lo % c.span !== 0) return undefined;
  return c.entry < PTR || c.span === 1 ? c : undefined;
}

/** A SKIP node for one exception, absorbing a child SKIP with the same def at the pool's tail. */
function emitSkip(pool: Pool, lo: number, span: number, def: number, entry: number): number {
  let key = [lo], mask = ~(span - 1) & 255;
  const co = entry & OFF_MASK;
  if (entry >= SKIP && pool.buf[co + 1] === def && co + 4 + pool.buf[co] === pool.len) {
    const k = pool.buf[co];
    key = key.concat(Array.from(pool.buf.subarray(co + 4, co + 4 + k)));
    mask = pool.buf[co + 3]; entry = pool.buf[co + 2];
    pool.len = co;
  }
  const off = pool.alloc(4 + key.length);
  pool.buf[off] = key.length; pool.buf[off + 1] = def; pool.buf[off + 2] = entry; pool.buf[off + 3] = mask;
  pool.buf.set(key, off + 4);
  return SKIP | off;
}

function emitRuns(pool: Pool, r: Runs, root: boolean): number {
  const s: number[] = [], v: number[] = [];
  for (let k = 0; k < r.s.length; k++) if (k === 0 || r.v[k] !== v[v.length - 1]) { s.push(r.s[k]); v.push(r.v[k]); }
  const n = s.length;
  if (n === 1) return v[0];                      // a pointer covers one slot, so this is a value
  const ex = root ? undefined : exceptionOf(s, v);
  if (ex) return emitSkip(pool, ex.lo, ex.span, ex.def, ex.entry);
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
  return emitRuns(pool, r, bit === 0);
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

/** Clears the host bits of route i's key in place. */
function maskKey(rt: Routes, i: number): void {
  for (let j = 0; j < rt.width; j++) {
    const keep = Math.max(0, Math.min(8, rt.lens[i] - 8 * j));
    rt.keys[i * rt.width + j] &= (0xff00 >> keep) & 0xff;
  }
}

/** Compiles routes (keys are masked in place); later duplicates of a prefix win. */
export function compileTrie(rt: Routes): Trie {
  const n = rt.lens.length, distinct = new Set<string>();
  for (let i = 0; i < n; i++) {
    maskKey(rt, i);
    distinct.add(String.fromCharCode(rt.lens[i], ...rt.keys.subarray(i * rt.width, (i + 1) * rt.width)));
  }
  const idxs = Array.from({ length: n }, (_, i) => i).sort((a, b) => rt.lens[a] - rt.lens[b]);  // stable
  const pool = new Pool();
  const top = buildNode(pool, rt, idxs, 0, NONE);
  return { top, pool: pool.buf.slice(0, pool.len), size: distinct.size };
}

/** Throws RangeError (programmer error) on a prefix length outside 0..bits or a value outside 0..2^24-1. */
export function checkRoute(who: string, k: number, prefix: number, bits: number, value: number): void {
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) throw new RangeError(`${who}: route ${k}: prefix length ${prefix} outside 0..${bits}`);
  if (!Number.isInteger(value) || value < 0 || value > MAX_VALUE) throw new RangeError(`${who}: route ${k}: value ${value} outside 0..${MAX_VALUE}`);
}
