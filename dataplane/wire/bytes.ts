// Big-endian (network order) get/set of 8/16/32-bit fields over a Uint8Array.
// Imports nothing: no node:* modules (style.md "Wire layer"). Callers bound-check first.

export function get16(b: Uint8Array, o: number): number {
  return (b[o] << 8) | b[o + 1];
}

export function set16(b: Uint8Array, o: number, v: number): void {
  b[o] = v >>> 8; b[o + 1] = v;
}

/** Unsigned: the result is in [0, 2^32). */
export function get32(b: Uint8Array, o: number): number {
  return ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
}

export function set32(b: Uint8Array, o: number, v: number): void {
  b[o] = v >>> 24; b[o + 1] = v >>> 16; b[o + 2] = v >>> 8; b[o + 3] = v;
}
