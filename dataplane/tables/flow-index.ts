// FlowIndex: conntrack's hash index. Open addressing (linear probing, power-of-two capacity,
// deletion by backward shift, so no tombstones lengthen probes after a GC) from a key's 32-bit
// hash to an entry id, two words a slot, so a probe sequence stays in one cache line and the
// index in a few hundred KiB. The owner keeps the keys in its records and probes `slots`
// itself, checking them (a hash match is only a candidate). Imports nothing.
//
//   slot i = words [2i, 2i+1]:  | hash | entry + 1 |     entry + 1: 0 empty

const EMPTY = 0;

export class FlowIndex {
  /** The slots (replaced when the index grows). */
  slots: Int32Array;
  /** capacity - 1: the first slot probed for hash h is h & mask. */
  mask: number;
  private used = 0;

  /** Room for about `capacity` entries before it grows. */
  constructor(capacity: number) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.slots = new Int32Array(2 * cap);
    this.mask = cap - 1;
  }

  get size(): number { return this.used; }

  /** The entry in slot i (found by the owner's probe). */
  entryAt(i: number): number { return this.slots[2 * i + 1] - 1; }
  /** Points slot i at entry e (its key's new entry). */
  setEntry(i: number, e: number): void { this.slots[2 * i + 1] = e + 1; }

  /**
   * Empties slot i, then moves later entries of its probe run back into the hole while their
   * home slot allows (Knuth's algorithm R): every probe sequence stays unbroken.
   */
  kill(i: number): void {
    const s = this.slots, mask = this.mask;
    this.used--;
    for (let j = (i + 1) & mask; ; j = (j + 1) & mask) {
      if (s[2 * j + 1] === EMPTY) break;
      const home = s[2 * j] & mask;
      if (((j - home) & mask) < ((j - i) & mask)) continue;
      s[2 * i] = s[2 * j]; s[2 * i + 1] = s[2 * j + 1];
      i = j;
    }
    s[2 * i + 1] = EMPTY;
  }

  /** Points the slot of entry `from` (added under `hash`) at entry `to`: `to` takes its key over. */
  replace(hash: number, from: number, to: number): void {
    const s = this.slots;
    for (let i = hash & this.mask; s[2 * i + 1] !== EMPTY; i = (i + 1) & this.mask) {
      if (s[2 * i + 1] === from + 1) { s[2 * i + 1] = to + 1; return; }
    }
  }

  /** Adds entry e under `hash` (the caller knows its key is not there yet). */
  add(hash: number, e: number): void {
    if ((this.used + 1) * 2 > this.mask + 1) this.rehash(2 * (this.mask + 1));
    let i = hash & this.mask;
    while (this.slots[2 * i + 1] !== EMPTY) i = (i + 1) & this.mask;
    this.slots[2 * i] = hash; this.slots[2 * i + 1] = e + 1;
    this.used++;
  }

  /** The entries, in slot order (a copy: deleting moves entries between slots). */
  entries(): Int32Array {
    const s = this.slots, out = new Int32Array(this.used);
    let n = 0;
    for (let i = 1; i < s.length; i += 2) if (s[i] !== EMPTY) out[n++] = s[i] - 1;
    return out;
  }

  clear(): void {
    this.slots.fill(0);
    this.used = 0;
  }

  /** Moves every entry (hashes are kept, nothing is rehashed) into `cap` slots. */
  private rehash(cap: number): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * cap);
    this.mask = cap - 1;
    for (let j = 1; j < old.length; j += 2) {
      if (old[j] === EMPTY) continue;
      let i = old[j - 1] & this.mask;
      while (this.slots[2 * i + 1] !== EMPTY) i = (i + 1) & this.mask;
      this.slots[2 * i] = old[j - 1]; this.slots[2 * i + 1] = old[j];
    }
  }
}
