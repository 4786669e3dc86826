// WordHash: an open-addressing hash table from fixed-width keys of 32-bit words to one int32
// value, in typed arrays (linear probing, tombstones, power-of-two capacity). The hot path's
// only map: service frontends, conntrack, session affinity. No objects, no strings, no BigInt.

const EMPTY = 0, USED = 1, DEAD = 2;

export class WordHash {
  readonly width: number;
  private cap: number;
  private mask: number;
  private keys: Int32Array;
  private vals: Int32Array;
  private state: Uint8Array;
  private used = 0;
  private dead = 0;

  /** `width` words per key; room for about `capacity` entries before it grows. */
  constructor(width: number, capacity = 1024) {
    this.width = width;
    this.cap = 16;
    while (this.cap < capacity * 2) this.cap *= 2;
    this.mask = this.cap - 1;
    this.keys = new Int32Array(this.cap * width);
    this.vals = new Int32Array(this.cap);
    this.state = new Uint8Array(this.cap);
  }

  get size(): number { return this.used; }

  /** The slot holding the key k[at..at+width), or -1. */
  find(k: Int32Array, at = 0): number {
    const w = this.width, keys = this.keys, state = this.state;
    let i = hashWords(k, at, w) & this.mask;
    for (;;) {
      const s = state[i];
      if (s === EMPTY) return -1;
      if (s === USED) {
        let j = 0;
        const base = i * w;
        while (j < w && keys[base + j] === k[at + j]) j++;
        if (j === w) return i;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** The value for the key, or `missing`. */
  get(k: Int32Array, at = 0, missing = -1): number {
    const i = this.find(k, at);
    return i < 0 ? missing : this.vals[i];
  }

  /** Sets the key's value (inserting it); returns its slot. */
  set(k: Int32Array, at: number, value: number): number {
    const found = this.find(k, at);
    if (found >= 0) { this.vals[found] = value; return found; }
    if ((this.used + this.dead + 1) * 2 > this.cap) this.rehash(this.used * 2 > this.cap / 2 ? this.cap * 2 : this.cap);
    const w = this.width;
    let i = hashWords(k, at, w) & this.mask;
    while (this.state[i] === USED) i = (i + 1) & this.mask;
    if (this.state[i] === DEAD) this.dead--;
    this.state[i] = USED;
    this.keys.set(k.subarray(at, at + w), i * w);
    this.vals[i] = value;
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
    this.state[i] = DEAD;
    this.used--; this.dead++;
  }

  value(slot: number): number { return this.vals[slot]; }
  /** The key words of a slot (a view: copy before mutating the table). */
  keyOf(slot: number): Int32Array { return this.keys.subarray(slot * this.width, slot * this.width + this.width); }

  /** Calls fn(slot, value) for each entry; fn may remove the slot it is given. */
  forEach(fn: (slot: number, value: number) => void): void {
    for (let i = 0; i < this.cap; i++) if (this.state[i] === USED) fn(i, this.vals[i]);
  }

  clear(): void {
    this.state.fill(EMPTY);
    this.used = 0; this.dead = 0;
  }

  private rehash(cap: number): void {
    const { keys, vals, state, width } = this;
    const old = this.cap;
    this.cap = cap; this.mask = cap - 1;
    this.keys = new Int32Array(cap * width); this.vals = new Int32Array(cap); this.state = new Uint8Array(cap);
    this.used = 0; this.dead = 0;
    for (let i = 0; i < old; i++) if (state[i] === USED) this.set(keys, i * width, vals[i]);
  }
}

/** A 32-bit mix of `w` words (murmur3 finalizer per word). */
export function hashWords(k: Int32Array, at: number, w: number): number {
  let h = 0x9e3779b9 | 0;
  for (let j = 0; j < w; j++) {
    let x = Math.imul(k[at + j], 0xcc9e2d51);
    x = (x << 15) | (x >>> 17);
    h ^= Math.imul(x, 0x1b873593);
    h = ((h << 13) | (h >>> 19)) * 5 + 0xe6546b64 | 0;
  }
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h >>> 0;
}
