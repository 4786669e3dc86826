// The one value codec of the store: JSON text on disk, a deep-frozen parse of that same text in
// memory, so memory equals what a reopen reads back. Imports nothing.

/** A value as the store keeps it: the bytes written to lmdb and the frozen copy readers share. */
export interface Encoded<T> { text: string; value: T }

/** Throws TypeError for values JSON cannot carry (BigInt, cycles); nothing is stored then. */
export function encodeFrozen<T>(value: T): Encoded<T> {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('store: value is not JSON-serialisable');
  return { text, value: decodeFrozen<T>(text) };
}

export function decodeFrozen<T>(text: string): T {
  return deepFreeze(JSON.parse(text) as T);
}

/** Freezes a JSON tree in place: readers cannot change memory behind the disk's back. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
