// Conntrack: flows as two directions (original and reply), each a key of words found through a
// hash index and pointing at an entry that says how to rewrite a packet of that direction (gVisor
// conntrack.go tupleID/reply()). DNAT inserts both directions at once; reverse NAT is the
// reply entry. Expiry uses the `now` the caller passes; GC is the caller's timer.
import { FlowIndex } from './flow-index.js';
import { hash4 } from './word-hash.js';

/** Flow key: [ns, protocol | family bit, sport << 16 | dport, src a0..a3, dst a0..a3]. */
export const CT_KEY_WIDTH = 11;
/** ORIG marks the original direction's entry of a flow. */
export const CtFlag = { V6: 1, DNAT: 2, SNAT: 4, ORIG: 8 } as const;

/** nf_conntrack_tcp_timeout_established as kube-proxy sets it (1 day); UDP's 30 s. */
export const CT_TIMEOUT_TCP_S = 86_400;
export const CT_TIMEOUT_UDP_S = 30;

/**
 * Keys are packed per family, so an IPv4 lookup hashes four words (namespaces are < 2^24):
 *   IPv4 [ns << 8 | protocol, ports, src, dst]
 *   IPv6 [ns << 8 | protocol, ports, src a0..a3, dst a0..a3]
 */
export const PACKED_WIDTH = 10;

/**
 * Each entry's record: the packed key and what a hit reads, REC_STRIDE words from e * REC_STRIDE
 * (`rec`, with `recF64` over the same memory), so a hit touches the index and one record:
 *   IPv4 | key 0-3 | src 4 | dst 5 | ports 6 | - | expiry f64 8-9 |   within the first 48 bytes
 *   IPv6 | key 0-9 | src 10-13 | dst 14-17 | ports 18 | - | expiry f64 20-21 |
 */
export const REC_STRIDE = 32;
const R4_SRC = 4, R4_DST = 5, R4_PORTS = 6, R4_EXPIRY = 8, R6_SRC = 10, R6_DST = 14, R6_PORTS = 18, R6_EXPIRY = 20;
export const Rec4 = { SRC: R4_SRC, DST: R4_DST, PORTS: R4_PORTS, EXPIRY: R4_EXPIRY } as const;
export const Rec6 = { SRC: R6_SRC, DST: R6_DST, PORTS: R6_PORTS, EXPIRY: R6_EXPIRY } as const;

export class Conntrack {
  private readonly index4 = new FlowIndex(4096);
  private readonly index6 = new FlowIndex(1024);
  private cap = 0;
  /** Entry records (layout above); replaced when conntrack grows, so read it after a lookup. */
  rec = new Int32Array(0);
  private recF64 = new Float64Array(0);
  /** Per entry, for traces, purges and GC (the hot path reads `rec`): rewrite words, expiry, peer, flags. */
  rwSrc = new Int32Array(0);
  rwDst = new Int32Array(0);
  rwPorts = new Int32Array(0);
  expiry = new Float64Array(0);
  peer = new Int32Array(0);
  flags = new Uint8Array(0);
  /** The service of the flow (-1 none), for traces and stale-entry purges. */
  service = new Int32Array(0);
  private readonly scratch = new Int32Array(PACKED_WIDTH);
  private free: number[] = [];
  private next = 0;

  get size(): number { return this.index4.size + this.index6.size; }

  /** The entry of the direction whose key is k[at..], or -1 (expired entries count as absent). */
  lookup(k: Int32Array, at: number, nowS: number): number {
    if (k[at + 1] & 256) return this.lookup4(k[at], k[at + 1] & 255, k[at + 2], k[at + 3], k[at + 7], nowS);
    pack(k, at, this.scratch, 0, false);
    return this.lookupPacked6(this.scratch, nowS);
  }

  /** lookup() of an IPv4 flow given as int32 words: the hot path's form. */
  lookup4(ns: number, protocol: number, ports: number, src: number, dst: number, nowS: number): number {
    const slot = this.find4((ns << 8) | protocol, ports, src, dst);
    if (slot < 0) return -1;
    const e = this.index4.entryAt(slot);
    return this.live(e, e * REC_STRIDE + R4_EXPIRY, nowS);
  }

  /** lookup() of an IPv6 flow whose key is already packed in p[0..10), loaded straight from the header. */
  lookupPacked6(p: Int32Array, nowS: number): number {
    const slot = this.find6(p, 0);
    if (slot < 0) return -1;
    const e = this.index6.entryAt(slot);
    return this.live(e, e * REC_STRIDE + R6_EXPIRY, nowS);
  }

  /** The index4 slot of a packed IPv4 key, or -1. */
  private find4(a: number, ports: number, src: number, dst: number): number {
    const h = hash4(a, ports, src, dst) | 0, s = this.index4.slots, mask = this.index4.mask, rec = this.rec;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const v = s[2 * i + 1];
      if (v === 0) return -1;
      if (s[2 * i] !== h) continue;
      const o = (v - 1) * REC_STRIDE;
      if (rec[o] === a && rec[o + 1] === ports && rec[o + 2] === src && rec[o + 3] === dst) return i;
    }
  }

  /** The index6 slot of the packed IPv6 key at k[at..at+10), or -1. */
  private find6(k: Int32Array, at: number): number {
    const h = hash6(k, at), s = this.index6.slots, mask = this.index6.mask, rec = this.rec;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const v = s[2 * i + 1];
      if (v === 0) return -1;
      if (s[2 * i] !== h) continue;
      const o = (v - 1) * REC_STRIDE;
      let j = 0;
      while (j < PACKED_WIDTH && rec[o + j] === k[at + j]) j++;
      if (j === PACKED_WIDTH) return i;
    }
  }

  /** The slot holding entry x's key (x's, or a later entry's that took the key over), or -1. */
  private slotOfKey(x: number, v6: boolean): number {
    const o = x * REC_STRIDE, rec = this.rec;
    return v6 ? this.find6(rec, o) : this.find4(rec[o], rec[o + 1], rec[o + 2], rec[o + 3]);
  }

  /** e, unless its expiry (the double at word `at` of rec) has passed: then it is removed and -1. */
  private live(e: number, at: number, nowS: number): number {
    if (this.recF64[at >> 1] < nowS) { this.remove(e); return -1; }
    return e;
  }

  /**
   * Inserts a flow: `orig` (key) rewritten to the words `origTo` [src4, dst4, ports], and its
   * reply direction `reply` rewritten to `replyTo`. Returns the original direction's entry.
   */
  insert(orig: Int32Array, origTo: Int32Array, reply: Int32Array, replyTo: Int32Array, flags: number, service: number, expiresS: number): number {
    const a = this.alloc(), b = this.alloc();
    this.fill(a, orig, origTo, flags | CtFlag.ORIG, service, expiresS, b);
    this.fill(b, reply, replyTo, flags, service, expiresS, a);
    return a;
  }

  /** Removes an entry and its other direction. */
  remove(e: number): void {
    const p = this.peer[e];
    this.removeOne(e);
    if (p >= 0) this.removeOne(p);
  }

  /** Frees x and deletes its key, whichever entry the key points at now (a map's delete, as before). */
  private removeOne(x: number): void {
    const v6 = (this.flags[x] & CtFlag.V6) !== 0, slot = this.slotOfKey(x, v6);
    if (slot >= 0) (v6 ? this.index6 : this.index4).kill(slot);
    this.peer[x] = -1;
    this.free.push(x);
  }

  /** Calls fn(e) for each entry (either direction) live when fn is called; fn may remove entries. */
  forEach(fn: (e: number) => void): void {
    for (const ix of [this.index4, this.index6]) for (const e of ix.entries()) if (this.peer[e] !== -1) fn(e);
  }

  /** Drops expired flows (the GC timer). */
  expire(nowS: number): number {
    let n = 0;
    this.forEach((e) => { if (this.expiry[e] < nowS) { this.remove(e); n++; } });
    return n;
  }

  /** Drops the flows `stale` names, asked of each original direction (kube-proxy CleanStaleEntries on a new program). */
  purge(stale: (e: number) => boolean): number {
    let n = 0;
    this.forEach((e) => { if ((this.flags[e] & CtFlag.ORIG) && stale(e)) { this.remove(e); n++; } });
    return n;
  }

  private fill(e: number, key: Int32Array, to: Int32Array, flags: number, service: number, expiresS: number, peer: number): void {
    const v4 = (key[1] & 256) !== 0, o = e * REC_STRIDE, rec = this.rec;
    pack(key, 0, rec, o, v4);
    for (let i = 0; i < 4; i++) { this.rwSrc[4 * e + i] = to[i]; this.rwDst[4 * e + i] = to[4 + i]; }
    this.rwPorts[e] = to[8];
    this.flags[e] = v4 ? flags & ~CtFlag.V6 : flags | CtFlag.V6;
    this.service[e] = service; this.expiry[e] = expiresS; this.peer[e] = peer;
    if (v4) {
      rec[o + R4_SRC] = to[0]; rec[o + R4_DST] = to[4]; rec[o + R4_PORTS] = to[8];
      this.recF64[(o + R4_EXPIRY) >> 1] = expiresS;
    } else {
      for (let i = 0; i < 4; i++) { rec[o + R6_SRC + i] = to[i]; rec[o + R6_DST + i] = to[4 + i]; }
      rec[o + R6_PORTS] = to[8];
      this.recF64[(o + R6_EXPIRY) >> 1] = expiresS;
    }
    this.index(e, !v4);
  }

  /** Maps e's key to e: a key already present is taken over (a map's set, as before). */
  private index(e: number, v6: boolean): void {
    const slot = this.slotOfKey(e, v6), ix = v6 ? this.index6 : this.index4;
    if (slot >= 0) { ix.setEntry(slot, e); return; }
    const o = e * REC_STRIDE, rec = this.rec;
    ix.add(v6 ? hash6(rec, o) : hash4(rec[o], rec[o + 1], rec[o + 2], rec[o + 3]) | 0, e);
  }

  private alloc(): number {
    const f = this.free.pop();
    if (f !== undefined) return f;
    if (this.next === this.cap) this.grow(Math.max(1024, this.cap * 2));
    return this.next++;
  }

  private grow(cap: number): void {
    const g = <T extends Int32Array | Float64Array | Uint8Array>(a: T, n: number): T => { const b = new (a.constructor as new (n: number) => T)(n); b.set(a); return b; };
    this.rwSrc = g(this.rwSrc, 4 * cap); this.rwDst = g(this.rwDst, 4 * cap); this.rwPorts = g(this.rwPorts, cap);
    this.expiry = g(this.expiry, cap); this.peer = g(this.peer, cap); this.flags = g(this.flags, cap); this.service = g(this.service, cap);
    this.rec = g(this.rec, REC_STRIDE * cap);
    this.recF64 = new Float64Array(this.rec.buffer);
    this.cap = cap;
  }
}

/** The index hash of a packed IPv6 key at k[at..]: its addresses folded to a word each, then hash4 (the key is compared whole). */
function hash6(k: Int32Array, at: number): number {
  return hash4(k[at], k[at + 1], k[at + 2] ^ k[at + 3] ^ k[at + 4] ^ k[at + 5], k[at + 6] ^ k[at + 7] ^ k[at + 8] ^ k[at + 9]) | 0;
}

/** Packs a CT_KEY_WIDTH flow key at k[at..] into its family's form (Conntrack comment) at out[o..). */
function pack(k: Int32Array, at: number, out: Int32Array, o: number, v4: boolean): void {
  out[o] = (k[at] << 8) | (k[at + 1] & 255); out[o + 1] = k[at + 2];
  if (v4) { out[o + 2] = k[at + 3]; out[o + 3] = k[at + 7]; return; }
  for (let i = 0; i < 4; i++) { out[o + 2 + i] = k[at + 3 + i]; out[o + 6 + i] = k[at + 7 + i]; }
}
