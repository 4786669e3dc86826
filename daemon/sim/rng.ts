// The seeded random source behind every random choice (product.md "--seed"): xoshiro128**,
// seeded through splitmix32, so one seed replays one run. Imports nothing.

export class Rng {
  private s = new Uint32Array(4);

  constructor(readonly seed: number) {
    let x = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      this.s[i] = (z ^ (z >>> 16)) >>> 0;
    }
  }

  /** A uniform 32-bit unsigned integer. */
  nextU32(): number {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
    s[2] ^= t; s[3] = rotl(s[3], 11);
    return result;
  }

  /** A uniform integer in [0, n) without modulo bias. */
  intn(n: number): number {
    if (n <= 0) throw new RangeError('intn: n must be positive');
    const limit = 0x100000000 - (0x100000000 % n);
    let v: number;
    do v = this.nextU32(); while (v >= limit);
    return v % n;
  }

  /** A random RFC 4122 version 4 UUID (Kubernetes object uids). */
  uuid(): string {
    const b = new Uint8Array(16);
    for (let i = 0; i < 16; i += 4) {
      const v = this.nextU32();
      b[i] = v >>> 24; b[i + 1] = (v >>> 16) & 0xff; b[i + 2] = (v >>> 8) & 0xff; b[i + 3] = v & 0xff;
    }
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  /** `n` characters of apimachinery's rand.String alphabet (no vowels, no 0/1/3). */
  kubeSuffix(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += KUBE_ALPHANUMS[this.intn(KUBE_ALPHANUMS.length)];
    return s;
  }
}

// k8s.io/apimachinery/pkg/util/rand: "bcdfghjklmnpqrstvwxz2456789".
export const KUBE_ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** apimachinery rand.SafeEncodeString: each byte mapped into KUBE_ALPHANUMS. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += KUBE_ALPHANUMS[s.charCodeAt(i) % KUBE_ALPHANUMS.length];
  return out;
}

function rotl(x: number, k: number): number { return ((x << k) | (x >>> (32 - k))) >>> 0; }

/** A fresh random seed for a run without --seed (printed at start so it can be replayed). */
export function randomSeed(): number {
  return (Math.random() * 0x100000000) >>> 0;
}
