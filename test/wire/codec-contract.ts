// Shared helpers for wire tests: hex vectors with comments, and the codec contract
// (dns-packet testEncoder): round trip, re-encode equal, length equals bufferLen, emit at an offset.
import * as assert from 'uvu/assert';

/** Hex with `// comments` and whitespace ignored. */
export function hex(s: string): Uint8Array {
  const h = s.replace(/\/\/[^\n]*/g, '').replace(/\s+/g, '');
  return Uint8Array.from(h.match(/../g) ?? [], (x) => parseInt(x, 16));
}

export interface Codec<R> {
  parse(b: Uint8Array): R | undefined;
  emit(r: R, b: Uint8Array): void;
  /** Whole encoded length (header plus payload). */
  bufferLen(r: R): number;
  /** Where the bytes the caller supplies before emitting (the payload) start. */
  payloadStart(r: R): number;
}

/** Emits `repr` into `buf`, with the vector's payload placed first as a caller would. */
function emitInto<R>(c: Codec<R>, repr: R, bytes: Uint8Array, buf: Uint8Array): void {
  buf.set(bytes.subarray(c.payloadStart(repr)), c.payloadStart(repr));
  c.emit(repr, buf);
}

/** `bytes` must be the canonical encoding of `repr`. */
export function testCodec<R>(c: Codec<R>, repr: R, bytes: Uint8Array): void {
  assert.is(c.bufferLen(repr), bytes.length, 'length equals bufferLen');
  assert.equal(c.parse(bytes), repr, 'parse');
  const out = new Uint8Array(bytes.length);
  emitInto(c, repr, bytes, out);
  assert.equal(out, bytes, 'emit');
  assert.equal(c.parse(out), repr, 'round trip');
  const again = new Uint8Array(bytes.length);
  emitInto(c, c.parse(out) as R, out, again);
  assert.equal(again, bytes, 're-encode equal');
  const off = new Uint8Array(bytes.length + 7).fill(0xaa);
  emitInto(c, repr, bytes, off.subarray(7));
  assert.equal(off.subarray(7), bytes, 'emit at an offset');
  assert.equal(Array.from(off.subarray(0, 7)), Array(7).fill(0xaa), 'emit stays in its range');
}
