// PrimedRing: a PacketRing filled once with a packet mix (cycled over every slot) that puts the
// pristine bytes back between timed runs, so runs process pre-built packets and no feeder sits
// in the timed loop (performance.md). Imports worker/ring.ts and worker/batch.ts.
import type { BatchPacket } from '../worker/batch.js';
import { Res, RES_WIDTH, type PacketRing } from '../worker/ring.js';

export class PrimedRing {
  private readonly pristine: Uint8Array[];
  private from = 0;
  private n = 0;

  /** Writes packet s % packets.length into slot s (metadata included). Throws RangeError for an empty mix. */
  constructor(readonly ring: PacketRing, packets: readonly BatchPacket[], maxHops = 1) {
    if (packets.length === 0) throw new RangeError('a primed ring needs packets');
    this.pristine = ring.slot.map((_, s) => packets[s % packets.length].bytes);
    ring.slot.forEach((_, s) => {
      const p = packets[s % packets.length];
      ring.setMeta(s, p.ns, p.inIface, p.bytes.length, maxHops);
      ring.slot[s].set(p.bytes);
    });
  }

  /**
   * Untimed, before a run of `n` slots from head: restores the slots the previous run rewrote
   * (long done). The slots the next run reads were restored a lap earlier, so in a ring several
   * runs long they have left this thread's cache: a worker reads them as it would fresh
   * packets, not pulled line by line out of another core. Throws when busy or n is too big.
   */
  prepare(n = this.ring.slots): void {
    const r = this.ring;
    if (r.pending !== 0 || n > r.slots) throw new Error('primed ring prepared while busy, or beyond its size');
    for (let i = 0; i < this.n; i++) { const s = (this.from + i) & r.mask; r.slot[s].set(this.pristine[s]); }
    this.from = r.head; this.n = n;
  }

  /** Publishes the n slots prepare() was told of. */
  publish(): void { this.ring.publish(this.n); }

  /** How many packets of the last run did not end with `action` (a bench measuring drops would mislead). */
  mismatches(action: number): number {
    let bad = 0;
    for (let i = 0; i < this.n; i++) if (this.ring.res[((this.from + i) & this.ring.mask) * RES_WIDTH + Res.ACTION] !== action) bad++;
    return bad;
  }
}
