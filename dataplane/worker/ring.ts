// PacketRing: one worker's single-producer single-consumer ring of fixed-size packet slots in a
// SharedArrayBuffer, with per-slot metadata and results as Int32 words beside the bytes. The
// main thread produces, the worker consumes; head/tail move with Atomics. Imports nothing.
//
//   SharedArrayBuffer layout (slots = S, a power of two; slotBytes = B, a multiple of 8):
//   +--------------------+-----------------+--------------------+--------------------+---------+
//   | ctl Int32 x CTL    | now Float64 x 1 | meta Int32 x S*MW  | res Int32 x S*RW   | S x B   |
//   | head tail bell ... | virtual ns      | ns iface len hops  | action reason ...  | packets |
//   +--------------------+-----------------+--------------------+--------------------+---------+
//
// head and tail count packets forever (int32, wrapping); slot of counter c = c & (S - 1). The
// producer writes slots [head, head+n) while tail <= head, then publishes; the consumer owns
// [tail, head) until it stores tail. Nothing waits while there is work: the consumer waits on
// the doorbell only when the ring is empty, the producer on tail only to collect results.

/** Atomics.waitAsync (V8 8.7+, so Node 16+), which TypeScript's ES2022 lib does not declare. */
type WaitAsync = (a: Int32Array, index: number, value: number, timeoutMs: number) =>
  { async: false; value: 'not-equal' | 'timed-out' } | { async: true; value: Promise<'ok' | 'timed-out'> };
const waitAsync = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync;

/** Control words. */
export const Ctl = {
  HEAD: 0,
  TAIL: 1,
  /** Bumped by the producer on every publish and control message; the worker sleeps on it. */
  DOORBELL: 2,
  /** The generation the worker runs (0: none yet); written by the worker after each install. */
  GENERATION: 3,
  /** 1 once the worker has left its loop. */
  CLOSED: 4,
} as const;
const CTL_WORDS = 8;

/** Per-slot metadata the producer writes. */
export const Meta = { NS: 0, IN_IFACE: 1, LEN: 2, MAX_HOPS: 3 } as const;
export const META_WIDTH = 4;

/** Per-slot results the worker writes: the last hop's Action, DropReason, HopOut.ns/inIface. */
export const Res = { ACTION: 0, REASON: 1, NS: 2, IN_IFACE: 3, GENERATION: 4, HOPS: 5, GENERATED_LEN: 6 } as const;
export const RES_WIDTH = 8;

export interface RingShape { slots: number; slotBytes: number }

function layout(s: RingShape): { now: number; meta: number; res: number; data: number; total: number } {
  const now = CTL_WORDS * 4, meta = now + 8;
  const res = meta + s.slots * META_WIDTH * 4, data = res + s.slots * RES_WIDTH * 4;
  return { now, meta, res, data, total: data + s.slots * s.slotBytes };
}

export class PacketRing {
  readonly ctl: Int32Array;
  readonly now: Float64Array;
  readonly meta: Int32Array;
  readonly res: Int32Array;
  /** One precreated view per slot (slotBytes long): packets are written and processed in place. */
  readonly slot: readonly Uint8Array[];
  readonly slots: number;
  readonly slotBytes: number;
  readonly mask: number;

  private constructor(readonly sab: SharedArrayBuffer, shape: RingShape) {
    const l = layout(shape);
    this.slots = shape.slots; this.slotBytes = shape.slotBytes; this.mask = shape.slots - 1;
    this.ctl = new Int32Array(sab, 0, CTL_WORDS);
    this.now = new Float64Array(sab, l.now, 1);
    this.meta = new Int32Array(sab, l.meta, shape.slots * META_WIDTH);
    this.res = new Int32Array(sab, l.res, shape.slots * RES_WIDTH);
    this.slot = Array.from({ length: shape.slots }, (_, i) => new Uint8Array(sab, l.data + i * shape.slotBytes, shape.slotBytes));
  }

  /** A new ring. Throws RangeError unless slots is a power of two and slotBytes a multiple of 8 of at least 64. */
  static create(shape: RingShape): PacketRing {
    if (!Number.isInteger(shape.slots) || shape.slots < 1 || (shape.slots & (shape.slots - 1)) !== 0) throw new RangeError(`ring slots must be a power of two, got ${shape.slots}`);
    if (!Number.isInteger(shape.slotBytes) || shape.slotBytes < 64 || shape.slotBytes % 8 !== 0) throw new RangeError(`ring slotBytes must be a multiple of 8 of at least 64, got ${shape.slotBytes}`);
    return new PacketRing(new SharedArrayBuffer(layout(shape).total), shape);
  }

  /** The same ring seen from another thread. */
  static attach(sab: SharedArrayBuffer, shape: RingShape): PacketRing {
    return new PacketRing(sab, shape);
  }

  get head(): number { return Atomics.load(this.ctl, Ctl.HEAD); }
  get tail(): number { return Atomics.load(this.ctl, Ctl.TAIL); }
  /** Packets published and not yet processed. */
  get pending(): number { return (this.head - this.tail) | 0; }
  /** Slots the producer may fill now, starting at `head`. */
  get free(): number { return this.slots - this.pending; }

  /** Producer: copies `pkt` into the slot of counter `c` (head + i) with its metadata. Throws RangeError when it does not fit. */
  write(c: number, pkt: Uint8Array, ns: number, inIface: number, maxHops = 1): void {
    if (pkt.length > this.slotBytes) throw new RangeError(`packet of ${pkt.length} bytes exceeds the ${this.slotBytes}-byte slot`);
    const s = c & this.mask;
    this.slot[s].set(pkt);
    this.setMeta(s, ns, inIface, pkt.length, maxHops);
  }

  /** Producer: metadata of slot `s` whose bytes are already in place. */
  setMeta(s: number, ns: number, inIface: number, len: number, maxHops = 1): void {
    const m = s * META_WIDTH;
    this.meta[m + Meta.NS] = ns; this.meta[m + Meta.IN_IFACE] = inIface;
    this.meta[m + Meta.LEN] = len; this.meta[m + Meta.MAX_HOPS] = maxHops;
  }

  /** Producer: makes the next `n` slots visible to the worker and wakes it. */
  publish(n: number): void {
    Atomics.store(this.ctl, Ctl.HEAD, (this.ctl[Ctl.HEAD] + n) | 0);
    this.ring();
  }

  /** Producer: wakes the worker (after a publish or a control message). */
  ring(): void {
    Atomics.add(this.ctl, Ctl.DOORBELL, 1);
    Atomics.notify(this.ctl, Ctl.DOORBELL);
  }

  /** Producer, blocking: waits until the worker has processed everything published (the bench's idle main thread). */
  drainSync(): void {
    for (let t = this.tail; t !== this.head; t = this.tail) Atomics.wait(this.ctl, Ctl.TAIL, t);
  }

  /** Producer, event-loop friendly: resolves when everything published is processed or the worker closed. */
  async drain(): Promise<void> {
    for (let t = this.tail; t !== this.head && !this.closed; t = this.tail) {
      const w = waitAsync(this.ctl, Ctl.TAIL, t, 1000);
      if (w.async) await w.value;
    }
  }

  get closed(): boolean { return Atomics.load(this.ctl, Ctl.CLOSED) === 1; }
}
