// Tests wire/bytes.ts and wire/checksum.ts: RFC 1071 vector, RFC 1624 incremental update.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { get16, get32, set16, set32 } from '../../dataplane/wire/bytes.js';
import { checksum, foldSum, sumBytes, updateChecksum16, updateChecksum32, updateChecksumBytes } from '../../dataplane/wire/checksum.js';

const test = suite('wire/checksum');
const SEED = 20261122;

test('big-endian get/set', () => {
  const b = new Uint8Array(6);
  set16(b, 0, 0xbeef); set32(b, 2, 0xdeadc0de);
  assert.equal(Array.from(b), [0xbe, 0xef, 0xde, 0xad, 0xc0, 0xde]);
  assert.is(get16(b, 0), 0xbeef);
  assert.is(get32(b, 2), 0xdeadc0de);   // unsigned, not negative
});

test('RFC 1071 §3 numerical example', () => {
  const b = Uint8Array.from([0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7]);
  assert.is(foldSum(sumBytes(b)), 0xddf2);
  assert.is(checksum(b), 0x220d);
  assert.is(checksum(Uint8Array.from([0x12])), ~0x1200 & 0xffff, 'odd byte padded');
});

test('RFC 1624 §4 example: eqn. 3 gives 0x0000', () => {
  // RFC 1624 §4: HC = 0xdd2f, m = 0x5555, m' = 0x3285 gives HC' = 0x0000 by eqn. 3.
  assert.is(updateChecksum16(0xdd2f, 0x5555, 0x3285), 0x0000);
});

function recomputeAfter(b: Uint8Array, at: number, nw: Uint8Array): { inc: number; full: number } {
  const c = checksum(b);
  const old = b.slice(at, at + nw.length);
  const inc = nw.length === 2 ? updateChecksum16(c, get16(old, 0), get16(nw, 0))
    : nw.length === 4 ? updateChecksum32(c, get32(old, 0), get32(nw, 0))
    : updateChecksumBytes(c, old, nw);
  const copy = b.slice(); copy.set(nw, at);
  return { inc, full: checksum(copy) };
}

test('incremental update equals full recompute (16, 32, 128 bits)', () => {
  fc.assert(fc.property(
    fc.uint8Array({ minLength: 40, maxLength: 64 }), fc.constantFrom(2, 4, 16), fc.integer({ min: 0, max: 12 }),
    fc.uint8Array({ minLength: 16, maxLength: 16 }),
    (b, width, word, nw) => {
      b[0] |= 0x40;   // a non-zero word outside the change, as every IP/L4 header has
      const at = 2 + 2 * Math.min(word, (b.length - 2 - width) / 2 | 0);
      const { inc, full } = recomputeAfter(b, at, nw.subarray(0, width));
      return foldSum(inc) === foldSum(full) || (inc ^ full) === 0xffff && (inc === 0 || full === 0);
    }), { seed: SEED, numRuns: 500 });
});

test.run();
