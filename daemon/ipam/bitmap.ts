// Allocation bitmaps: the summarised Bitmap every allocator uses, and FlatBitmap, the word-scan
// control the allocation benchmark compares it with. Imports nothing.
//
//   level 0: | w0 | w1 | ... | wN-1 |      bit i of the set lives in level0[i >>> 5]
//   level 1: | s0 | s1 | ...            bit j set = word j of level 0 is full (all 32 bits set)
//   level 2: ...                        the same over level 1, up to a level of one word
//
// Bits past the end of each level are kept set, so "full" is always `word === 0xffffffff` and no
// search returns an index outside the set. A /16 has levels of 2048, 64, 2 and 1 words.

/** The interface both bitmaps share (bit indexes are 0..size-1). */
export interface BitSet {
  readonly size: number;
  /** Number of set bits. */
  readonly count: number;
  has(i: number): boolean;
  /** Sets bit i; false when it was already set. */
  set(i: number): boolean;
  /** Clears bit i; false when it was already clear. */
  clear(i: number): boolean;
  /** The first clear bit at or after `from`, wrapping around to 0; -1 when every bit is set. */
  nextFree(from: number): number;
}

const FULL = 0xffffffff;

/** Index of the lowest set bit of a non-zero u32. */
function ctz(x: number): number {
  return 31 - Math.clz32(x & -x);
}

function newWords(size: number): Uint32Array {
  const words = new Uint32Array(Math.max(1, Math.ceil(size / 32)));
  const tail = size % 32;
  if (size === 0) words[0] = FULL;
  else if (tail !== 0) words[words.length - 1] = (FULL << tail) >>> 0;
  return words;
}

function checkIndex(i: number, size: number): void {
  if (!(i >= 0 && i < size && Number.isInteger(i))) throw new RangeError(`bit ${i} outside bitmap of size ${size}`);
}

/**
 * Bitmap with a summary of full words (and summaries of the summary): nextFree costs
 * O(log32 size) whatever the fill, 99.9 % full included.
 */
export class Bitmap implements BitSet {
  private readonly levels: Uint32Array[] = [];
  private used = 0;

  constructor(readonly size: number) {
    let entries = size;
    for (;;) {
      const words = newWords(entries);
      this.levels.push(words);
      if (words.length === 1) break;
      entries = words.length;
    }
    for (let k = 0; k + 1 < this.levels.length; k++) {
      const words = this.levels[k];
      for (let w = 0; w < words.length; w++) if (words[w] === FULL) this.levels[k + 1][w >>> 5] |= 1 << (w & 31);
    }
  }

  get count(): number { return this.used; }

  has(i: number): boolean {
    checkIndex(i, this.size);
    return (this.levels[0][i >>> 5] & (1 << (i & 31))) !== 0;
  }

  set(i: number): boolean {
    checkIndex(i, this.size);
    const levels = this.levels;
    let w = i >>> 5, bit = 1 << (i & 31);
    if ((levels[0][w] & bit) !== 0) return false;
    this.used++;
    for (let k = 0; k < levels.length; k++) {
      levels[k][w] |= bit;
      if (levels[k][w] !== FULL || k + 1 === levels.length) break;
      bit = 1 << (w & 31); w >>>= 5;
    }
    return true;
  }

  clear(i: number): boolean {
    checkIndex(i, this.size);
    const levels = this.levels;
    let w = i >>> 5, bit = 1 << (i & 31);
    if ((levels[0][w] & bit) === 0) return false;
    this.used--;
    for (let k = 0; k < levels.length; k++) {
      const wasFull = levels[k][w] === FULL;
      levels[k][w] &= ~bit;
      if (!wasFull) break;
      bit = 1 << (w & 31); w >>>= 5;
    }
    return true;
  }

  nextFree(from: number): number {
    if (this.used >= this.size) return -1;
    const levels = this.levels;
    let idx = from >= 0 && from < this.size ? from >>> 0 : 0;
    for (let k = 0, entries = this.size; k < levels.length; entries = levels[k].length, k++) {
      if (idx >= entries) break;
      const w = idx >>> 5;
      const free = ~levels[k][w] & (-1 << (idx & 31));
      if (free !== 0) return this.descend(k, w * 32 + ctz(free));
      idx = w + 1;
    }
    const top = levels.length - 1;
    return this.descend(top, ctz(~levels[top][0]));
  }

  /** From a clear entry at level k down to the first clear bit below it. */
  private descend(k: number, e: number): number {
    while (k > 0) {
      k--;
      e = e * 32 + ctz(~this.levels[k][e]);
    }
    return e;
  }
}

/** The control: the same bitmap without a summary, so nextFree scans word by word. */
export class FlatBitmap implements BitSet {
  private readonly words: Uint32Array;
  private used = 0;

  constructor(readonly size: number) {
    this.words = newWords(size);
  }

  get count(): number { return this.used; }

  has(i: number): boolean {
    checkIndex(i, this.size);
    return (this.words[i >>> 5] & (1 << (i & 31))) !== 0;
  }

  set(i: number): boolean {
    checkIndex(i, this.size);
    const w = i >>> 5, bit = 1 << (i & 31);
    if ((this.words[w] & bit) !== 0) return false;
    this.words[w] |= bit;
    this.used++;
    return true;
  }

  clear(i: number): boolean {
    checkIndex(i, this.size);
    const w = i >>> 5, bit = 1 << (i & 31);
    if ((this.words[w] & bit) === 0) return false;
    this.words[w] &= ~bit;
    this.used--;
    return true;
  }

  nextFree(from: number): number {
    if (this.used >= this.size) return -1;
    const start = from >= 0 && from < this.size ? from >>> 0 : 0;
    const words = this.words, n = words.length;
    let w = start >>> 5;
    let free = ~words[w] & (-1 << (start & 31));
    for (let k = 0; k <= n; k++) {
      if (free !== 0) return w * 32 + ctz(free);
      w = w + 1 === n ? 0 : w + 1;
      free = ~words[w];
    }
    throw new Error('bitmap words out of step with its count');
  }
}
