// Conntrack: flows as two directions (original and reply), each a key of words in a WordHash
// pointing at an entry that says how to rewrite a packet of that direction (gVisor
// conntrack.go tupleID/reply()). DNAT inserts both directions at once; reverse NAT is the
// reply entry. Expiry uses the `now` the caller passes; GC is the caller's timer.
import { WordHash } from './word-hash.js';

/** Flow key: [ns, protocol | family bit, sport << 16 | dport, src a0..a3, dst a0..a3]. */
export const CT_KEY_WIDTH = 11;
/** ORIG marks the original direction's entry of a flow. */
export const CtFlag = { V6: 1, DNAT: 2, SNAT: 4, ORIG: 8 } as const;

/** nf_conntrack_tcp_timeout_established as kube-proxy sets it (1 day); UDP's 30 s. */
export const CT_TIMEOUT_TCP_S = 86_400;
export const CT_TIMEOUT_UDP_S = 30;

export class Conntrack {
  readonly table = new WordHash(CT_KEY_WIDTH, 4096);
  private cap = 0;
  rwSrc = new Int32Array(0);
  rwDst = new Int32Array(0);
  rwPorts = new Int32Array(0);
  expiry = new Float64Array(0);
  peer = new Int32Array(0);
  flags = new Uint8Array(0);
  /** The service of the flow (-1 none), for traces and stale-entry purges. */
  service = new Int32Array(0);
  private keys = new Int32Array(0);
  private free: number[] = [];
  private next = 0;

  get size(): number { return this.table.size; }

  /** The entry of the direction whose key is k[at..], or -1 (expired entries count as absent). */
  lookup(k: Int32Array, at: number, nowS: number): number {
    const slot = this.table.find(k, at);
    if (slot < 0) return -1;
    const e = this.table.value(slot);
    if (this.expiry[e] < nowS) { this.remove(e); return -1; }
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
    for (const x of p >= 0 ? [e, p] : [e]) {
      this.table.delete(this.keys, x * CT_KEY_WIDTH);
      this.peer[x] = -1;
      this.free.push(x);
    }
  }

  /** Drops expired flows (the GC timer). */
  expire(nowS: number): number {
    let n = 0;
    this.table.forEach((_slot, e) => { if (this.peer[e] !== -1 && this.expiry[e] < nowS) { this.remove(e); n++; } });
    return n;
  }

  /** Drops the flows `stale` names, asked of each original direction (kube-proxy CleanStaleEntries on a new program). */
  purge(stale: (e: number) => boolean): number {
    let n = 0;
    this.table.forEach((_slot, e) => { if (this.peer[e] !== -1 && (this.flags[e] & CtFlag.ORIG) && stale(e)) { this.remove(e); n++; } });
    return n;
  }

  private fill(e: number, key: Int32Array, to: Int32Array, flags: number, service: number, expiresS: number, peer: number): void {
    this.keys.set(key.subarray(0, CT_KEY_WIDTH), e * CT_KEY_WIDTH);
    this.rwSrc.set(to.subarray(0, 4), 4 * e); this.rwDst.set(to.subarray(4, 8), 4 * e); this.rwPorts[e] = to[8];
    this.flags[e] = flags; this.service[e] = service; this.expiry[e] = expiresS; this.peer[e] = peer;
    this.table.set(this.keys, e * CT_KEY_WIDTH, e);
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
    this.keys = g(this.keys, CT_KEY_WIDTH * cap);
    this.cap = cap;
  }
}
