// PacketState: what one thread's pipeline keeps between packets — conntrack, session
// affinity, IPVS round-robin counters, scratch keys — plus the two inputs the pipeline may
// not produce itself: the time and the endpoint choice (gVisor's `now`, smoltcp's rand).
import { Conntrack, CT_KEY_WIDTH, PACKED_WIDTH } from '../tables/conntrack.js';
import { WordHash } from '../tables/word-hash.js';

/** Affinity key: [service, client a0..a3]. */
export const AFF_KEY_WIDTH = 5;

export class PacketState {
  readonly ct = new Conntrack();
  /** sessionAffinity ClientIP (kube-proxy's `recent` list): key → record; record → backend, expiry (s). */
  readonly affinity = new WordHash(AFF_KEY_WIDTH, 256);
  affinityBackend = new Int32Array(256);
  affinityUntil = new Float64Array(256);
  affinityCount = 0;
  /** IPVS rr: the next backend index per service (resized on install). */
  rr = new Int32Array(0);
  /** Seconds, from the caller's clock. */
  nowS = 0;
  readonly key = new Int32Array(CT_KEY_WIDTH);
  /** An IPv6 flow's key in conntrack's packed form (Conntrack.lookupPacked6). */
  readonly key6 = new Int32Array(PACKED_WIDTH);
  readonly key2 = new Int32Array(CT_KEY_WIDTH);
  readonly to = new Int32Array(9);
  readonly to2 = new Int32Array(9);
  readonly affKey = new Int32Array(AFF_KEY_WIDTH);

  /** `pick(n)`: a uniform integer in [0, n) for iptables' random endpoint choice. */
  constructor(readonly pick: (n: number) => number) {}

  /** A new affinity record for `backend` until `untilS`; returns its index. */
  addAffinity(backend: number, untilS: number): number {
    if (this.affinityCount === this.affinityBackend.length) {
      const b = new Int32Array(this.affinityCount * 2); b.set(this.affinityBackend); this.affinityBackend = b;
      const u = new Float64Array(this.affinityCount * 2); u.set(this.affinityUntil); this.affinityUntil = u;
    }
    this.affinityBackend[this.affinityCount] = backend; this.affinityUntil[this.affinityCount] = untilS;
    return this.affinityCount++;
  }

  /** Sizes the per-service state for a program with `services` services (on install). */
  resize(services: number): void {
    if (this.rr.length !== services) this.rr = new Int32Array(services);
    this.affinity.clear();
    this.affinityCount = 0;
  }
}
