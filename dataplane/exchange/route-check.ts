// What connect() learns before any packet leaves: whether the namespace has a route to the
// destination and which source address it will use (ENETUNREACH otherwise).
import type { IpAddr } from '../wire/ip.js';
import { sourceFor4, sourceFor6 } from '../pipeline/source.js';
import type { Fib } from '../tables/fib.js';

/** The source address for `dst` from namespace `ns`, or undefined when there is no route or no address. */
export function pickSource(f: Fib, ns: number, dst: IpAddr): IpAddr | undefined {
  if (typeof dst === 'number') {
    if (f.nsLpm4[ns].lookup(dst) < 0) return undefined;
    const s = sourceFor4(f, ns, dst);
    return s < 0 ? undefined : s;
  }
  if (f.nsLpm6[ns].lookup(dst, 0) < 0) return undefined;
  const out = new Uint8Array(16);
  return sourceFor6(f, ns, dst, 0, out, 0) ? out : undefined;
}
