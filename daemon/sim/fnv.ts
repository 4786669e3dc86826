// FNV-1a over a string's UTF-16 code units: the one small hash behind derived identifiers
// (veth names, MACs, echo identifiers) that must repeat for equal inputs. Imports nothing.

/** 32-bit FNV-1a of `s`, from `seed` (the FNV offset basis by default). */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
