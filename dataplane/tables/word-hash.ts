// WordHash: an open-addressing hash table from fixed-width keys of 32-bit words to one int32
// value, in one typed array (linear probing, tombstones, power-of-two capacity). The hot path's
// generic map (session affinity, stale-flow purges); conntrack and the Service frontends use
// FlowIndex with records of their own. No objects, no strings, no BigInt.
//
//   slot i at words [i*S, i*S+S), S = width + 2 rounded up to a multiple of 4 (16-byte aligned):
//   +-------+-------+----------------+-----+
//   | state | value | key 0..width-1 | pad |     a probe reads one slot: state, key and value
//   +-------+-------+----------------+-----+     share a cache line (width 4: 32-byte slots)

const EMPTY = 0, USED = 1, DEAD = 2;
const ST = 0, VAL = 1, KEY = 2;

export class WordHash {
  readonly width: number;
  /** Words per slot (a multiple of 4). */
  private readonly stride: number;
  private cap: number;
  private mask: number;
  private slots: Int32Array;
  private used = 0;
  private dead = 0;

  /** `width` words per key; room for about `capacity` entries before it grows. */
  constructor(width: number, capacity = 1024) {
    this.width = width;
    this.stride = (width + 2 + 3) & ~3;
    this.cap = 16;
    while (this.cap < capacity * 2) this.cap *= 2;
    this.mask = this.cap - 1;
    this.slots = new Int32Array(this.cap * this.stride);
  }

  get size(): number { return this.used; }

  /** The slot holding the key k[at..at+width), or -1. */
  find(k: Int32Array, at = 0): number {
    const w = this.width, sl = this.slots, stride = this.stride, mask = this.mask;
    let i = hashWords(k, at, w) & mask;
    for (;;) {
      const base = i * stride, s = sl[base];
      if (s === EMPTY) return -1;
      if (s === USED) {
        let j = 0;
        while (j < w && sl[base + KEY + j] === k[at + j]) j++;
        if (j === w) return i;
      }
      i = (i + 1) & mask;
    }
  }

  /** The value for the key, or `missing`. */
  get(k: Int32Array, at = 0, missing = -1): number {
    const i = this.find(k, at);
    return i < 0 ? missing : this.slots[i * this.stride + VAL];
  }

  /** Sets the key's value (inserting it); returns its slot. */
  set(k: Int32Array, at: number, value: number): number {
    const found = this.find(k, at);
    if (found >= 0) { this.slots[found * this.stride + VAL] = value; return found; }
    if ((this.used + this.dead + 1) * 2 > this.cap) this.rehash(this.used * 2 > this.cap / 2 ? this.cap * 2 : this.cap);
    const w = this.width, sl = this.slots, stride = this.stride;
    let i = hashWords(k, at, w) & this.mask;
    while (sl[i * stride] === USED) i = (i + 1) & this.mask;
    const base = i * stride;
    if (sl[base] === DEAD) this.dead--;
    sl[base + ST] = USED;
    sl[base + VAL] = value;
    for (let j = 0; j < w; j++) sl[base + KEY + j] = k[at + j];
    this.used++;
    return i;
  }

  /** Removes the key if present. */
  delete(k: Int32Array, at = 0): boolean {
    const i = this.find(k, at);
    if (i < 0) return false;
    this.removeSlot(i);
    return true;
  }

  removeSlot(i: number): void {
    this.slots[i * this.stride + ST] = DEAD;
    this.used--; this.dead++;
  }

  value(slot: number): number { return this.slots[slot * this.stride + VAL]; }
  /** The key words of a slot (a view: copy before mutating the table). */
  keyOf(slot: number): Int32Array {
    const base = slot * this.stride + KEY;
    return this.slots.subarray(base, base + this.width);
  }

  /** Calls fn(slot, value) for each entry; fn may remove the slot it is given. */
  forEach(fn: (slot: number, value: number) => void): void {
    const sl = this.slots, stride = this.stride;
    for (let i = 0; i < this.cap; i++) if (sl[i * stride] === USED) fn(i, sl[i * stride + VAL]);
  }

  clear(): void {
    this.slots.fill(0);
    this.used = 0; this.dead = 0;
  }

  /** Moves every entry into a table of `cap` slots (tombstones go). */
  private rehash(cap: number): void {
    const old = this.slots, oldCap = this.cap, stride = this.stride;
    this.cap = cap; this.mask = cap - 1;
    this.slots = new Int32Array(cap * stride);
    this.dead = 0;
    for (let i = 0; i < oldCap; i++) {
      const from = i * stride;
      if (old[from] !== USED) continue;
      let j = hashWords(old, from + KEY, this.width) & this.mask;
      while (this.slots[j * stride] === USED) j = (j + 1) & this.mask;
      this.slots.set(old.subarray(from, from + stride), j * stride);
    }
  }
}

/** One murmur3 round of word x into h. */
function mix(h: number, x: number): number {
  x = Math.imul(x, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  h ^= Math.imul(x, 0x1b873593);
  return ((h << 13) | (h >>> 19)) * 5 + 0xe6546b64 | 0;
}

/** murmur3's finalizer. */
function finish(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit mix of `w` words (murmur3 rounds, then its finalizer). */
export function hashWords(k: Int32Array, at: number, w: number): number {
  let h = 0x9e3779b9 | 0;
  for (let j = 0; j < w; j++) h = mix(h, k[at + j]);
  return finish(h);
}

/** hashWords of the four words a, b, c, d, unrolled. */
export function hash4(a: number, b: number, c: number, d: number): number {
  return finish(mix(mix(mix(mix(0x9e3779b9 | 0, a), b), c), d));
}
