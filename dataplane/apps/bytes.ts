// Byte ⇄ text conversions for the responders: HTTP heads are Latin-1 (RFC 9110 §5.5), bodies
// UTF-8. Uses only the TextEncoder/TextDecoder globals; imports nothing.

const utf8Encoder = new TextEncoder();

/** Each byte as one char (never throws, whatever the bytes). */
export function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

/** Chars 0-255 as bytes (higher code units are truncated to their low byte). */
export function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function utf8(s: string): Uint8Array {
  return utf8Encoder.encode(s);
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}
