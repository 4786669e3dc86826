// The latency model: per link class and per forwarding step, a range in nanoseconds drawn with
// the caller's seeded random source, so round-trip times look like a kind cluster's and repeat
// under one --seed. Imports program types only.
import type { LinkClass } from '../tables/program.js';

export interface LatencyModel {
  /** One traversal of a link of this class. */
  link: Readonly<Record<LinkClass, readonly [number, number]>>;
  /** One pass through a namespace's stack (receive, route, send). */
  step: readonly [number, number];
}

/** veth ~10 µs, the nodes' Docker bridge ~45 µs, ~4 µs per stack pass: pod to pod across nodes ≈ 0.15 ms RTT. */
export const DEFAULT_LATENCY: LatencyModel = {
  link: { loopback: [2_000, 4_000], veth: [7_000, 14_000], 'node-link': [30_000, 60_000] },
  step: [2_500, 6_000],
};

export const LINK_CLASSES: readonly LinkClass[] = ['loopback', 'veth', 'node-link'];

export function draw(range: readonly [number, number], rand: () => number): number {
  return range[0] + Math.floor(rand() * (range[1] - range[0]));
}
