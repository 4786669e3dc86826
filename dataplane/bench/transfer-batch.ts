// A batch of packets in one owned ArrayBuffer, for transfer to a piscina task (style.md
// "Buffers across threads"): four Int32 arrays (ns, inIface, action, offsets) then the bytes.
// Imports worker/batch.ts only.
import type { BatchPacket } from '../worker/batch.js';

export interface BatchViews { ns: Int32Array; inIface: Int32Array; action: Int32Array; offsets: Int32Array; bytes: Uint8Array }

const headerBytes = (count: number): number => 4 * (3 * count + count + 1);

export function batchViews(buf: ArrayBuffer, count: number): BatchViews {
  return {
    ns: new Int32Array(buf, 0, count), inIface: new Int32Array(buf, 4 * count, count),
    action: new Int32Array(buf, 8 * count, count), offsets: new Int32Array(buf, 12 * count, count + 1),
    bytes: new Uint8Array(buf, headerBytes(count)),
  };
}

/** A new buffer holding packets[0..count) (cycled); refill() puts their pristine bytes back. */
export function packBatch(packets: readonly BatchPacket[], count: number): { buf: ArrayBuffer; refill(buf: ArrayBuffer): void } {
  const pick = (i: number) => packets[i % packets.length];
  let total = 0;
  for (let i = 0; i < count; i++) total += pick(i).bytes.length;
  const buf = new ArrayBuffer(headerBytes(count) + total);
  const v = batchViews(buf, count);
  for (let i = 0; i < count; i++) {
    v.ns[i] = pick(i).ns; v.inIface[i] = pick(i).inIface;
    v.offsets[i + 1] = v.offsets[i] + pick(i).bytes.length;
  }
  const offsets = v.offsets.slice();
  const refill = (b: ArrayBuffer) => {
    const bytes = new Uint8Array(b, headerBytes(count));
    for (let i = 0; i < count; i++) bytes.set(pick(i).bytes, offsets[i]);
  };
  refill(buf);
  return { buf, refill };
}
