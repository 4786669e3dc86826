// The virtual clock of the simulation (product.md "Time"): it starts at the wall clock and
// moves with it, and simulated work with a known duration (ping -c 3, a timeout) advances it
// at once instead of sleeping. It never runs behind the wall clock. Imports nothing.

export interface Clock {
  /** Virtual milliseconds since the Unix epoch. */
  now(): number;
  /** Moves virtual time forward by `ms` without waiting (no-op in real-time mode). */
  advance(ms: number): void;
  readonly realTime: boolean;
}

export class VirtualClock implements Clock {
  private skewMs = 0;
  constructor(readonly realTime = false, private readonly wall: () => number = Date.now) {}

  /** Whole milliseconds (simulated work may advance by fractions; they accumulate). */
  now(): number { return Math.floor(this.wall() + this.skewMs); }

  advance(ms: number): void {
    if (!this.realTime && ms > 0) this.skewMs += ms;
  }
}

/** A clock that moves only when told: for tests. */
export class ManualClock implements Clock {
  readonly realTime = false;
  constructor(private t = Date.UTC(2026, 0, 1)) {}
  now(): number { return Math.floor(this.t); }
  advance(ms: number): void { this.t += ms; }
}

/** RFC 3339 with seconds precision, as Kubernetes' metav1.Time marshals. */
export function rfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
