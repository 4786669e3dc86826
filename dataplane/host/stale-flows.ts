// kube-proxy's CleanStaleEntries on install: a NATed flow whose backend (address and port)
// is no longer an endpoint of the new program is forgotten, so no packet of it reaches a
// deleted endpoint after one reconcile (reliability K1).
import type { PacketState } from '../pipeline/state.js';
import { CtFlag } from '../tables/conntrack.js';
import type { Fib } from '../tables/fib.js';
import { WordHash } from '../tables/word-hash.js';

/** Removes flows to backends `next` no longer has; returns how many. */
export function purgeStale(st: PacketState, _prev: Fib, next: Fib): number {
  const live = new WordHash(5, Math.max(16, next.svc.bePort.length));
  const k = new Int32Array(5);
  for (let be = 0; be < next.svc.bePort.length; be++) {
    const v4 = next.svc.beAddr4[be], a6 = next.svc.beAddr6;
    k[4] = next.svc.bePort[be];
    if (v4 !== 0) { k[0] = v4 | 0; k[1] = 0; k[2] = 0; k[3] = 0; live.set(k, 0, 1); }
    for (let i = 0; i < 4; i++) k[i] = (a6[16 * be + 4 * i] << 24) | (a6[16 * be + 4 * i + 1] << 16) | (a6[16 * be + 4 * i + 2] << 8) | a6[16 * be + 4 * i + 3];
    if (k[0] | k[1] | k[2] | k[3]) live.set(k, 0, 1);
  }
  const ct = st.ct;
  return ct.purge((e) => {
    if (!(ct.flags[e] & CtFlag.DNAT)) return false;
    for (let i = 0; i < 4; i++) k[i] = ct.rwDst[4 * e + i];
    k[4] = ct.rwPorts[e] & 0xffff;
    return live.get(k, 0) < 0;
  });
}
