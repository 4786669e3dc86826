// encoding/base64 StdEncoding.DecodeString as kubectl's base64decode calls it: padding required,
// CR and LF skipped, and the byte offset Go reports as "illegal base64 data at input byte N".
// Imports only node:buffer.
import { Buffer } from 'node:buffer';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Map([...ALPHABET].map((c, i) => [c.charCodeAt(0), i]));
const isNewline = (b: number | undefined): boolean => b === 0x0a || b === 0x0d;

/** The decoded bytes, or the offset of the first illegal input byte (Go's CorruptInputError). */
export function fromBase64(s: string): Buffer | number {
  const src = Buffer.from(s, 'utf8');
  const out: number[] = [];
  let si = 0;
  for (;;) {
    const r = decodeQuantum(src, si);
    if (typeof r === 'number') return r;
    out.push(...r.bytes);
    si = r.si;
    if (r.done) return Buffer.from(out);
  }
}

interface Quantum { bytes: number[]; si: number; done: boolean }

// base64.go decodeQuantum: up to four symbols; '=' ends the input and must be followed only by newlines.
function decodeQuantum(src: Buffer, start: number): Quantum | number {
  const d: number[] = [];
  let si = start;
  for (let j = 0; j < 4; j++) {
    if (si === src.length) {
      if (j === 0) return { bytes: [], si, done: true };
      return si - j;
    }
    const c = src[si++];
    const v = DECODE.get(c);
    if (v !== undefined) { d.push(v); continue; }
    if (isNewline(c)) { j--; continue; }
    if (c !== 0x3d) return si - 1;
    if (j < 2) return si - 1;
    if (j === 2) {
      while (si < src.length && isNewline(src[si])) si++;
      if (si === src.length) return src.length;
      if (src[si] !== 0x3d) return si - 1;
      si++;
    }
    while (si < src.length && isNewline(src[si])) si++;
    if (si < src.length) return si;
    return { bytes: bytesOf(d), si, done: true };
  }
  return { bytes: bytesOf(d), si, done: false };
}

function bytesOf(d: number[]): number[] {
  const n = (d[0] << 18) | ((d[1] ?? 0) << 12) | ((d[2] ?? 0) << 6) | (d[3] ?? 0);
  const bytes = [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
  return bytes.slice(0, d.length - 1);
}
