// The arithmetic and number formats of ping's and traceroute's output: iputils gather_statistics()
// and finish() (integer microseconds, printf %g of a float), busybox's round-trip line, glibc's
// %.3f. Pure; imports nothing.

/** Round-trip totals in integer microseconds, as iputils and busybox keep them. */
export interface RttTotals { count: number; sum: number; sumSquares: number; min: number; max: number }

export const emptyRtt = (): RttTotals => ({ count: 0, sum: 0, sumSquares: 0, min: Infinity, max: 0 });

/** Adds one round trip (µs). */
export function addRtt(t: RttTotals, us: number): void {
  t.count++; t.sum += us; t.sumSquares += us * us;
  if (us < t.min) t.min = us;
  if (us > t.max) t.max = us;
}

/** A round trip in µs from the dataplane's milliseconds (kernel timestamps have µs resolution). */
export const toMicros = (ms: number): number => Math.max(0, Math.round(ms * 1000));

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** µs as `%u.%03u` milliseconds (the form both pings use for statistics). */
export const ms3 = (us: number): string => `${Math.trunc(us / 1000)}.${pad(us % 1000, 3)}`;

/** iputils gather_statistics: ` time=` precision by magnitude (123 ms, 12.3 ms, 1.23 ms, 0.123 ms). */
export function iputilsTime(us: number): string {
  if (us >= 100000 - 50) return `${Math.trunc((us + 500) / 1000)}`;
  if (us >= 10000 - 5) return `${Math.trunc((us + 50) / 1000)}.${Math.trunc(((us + 50) % 1000) / 100)}`;
  if (us >= 1000) return `${Math.trunc((us + 5) / 1000)}.${pad(Math.trunc(((us + 5) % 1000) / 10), 2)}`;
  return ms3(us);
}

/** iputils llsqrt(): Newton's iteration, returning its last step (which can be floor(√a) + 1). */
function llsqrt(a: bigint): bigint {
  let x = a;
  if (x > 0n) for (let prev = a + 1n; x < prev;) { prev = x; x = (x + a / x) / 2n; }
  return x;
}

/**
 * iputils finish(): `rtt min/avg/max/mdev = ...` with avg = tsum/n and mdev the integer sqrt of
 * (tsum2 - tsum²/n)/n in that order ("important to avoid integer rounding errors").
 */
export function iputilsRttLine(t: RttTotals): string {
  const n = BigInt(t.count), sum = BigInt(t.sum);
  const avg = sum / n;
  let variance: bigint;
  if (t.sum < 0x7fffffff) variance = BigInt(Math.trunc((t.sumSquares - Number((sum * sum) / n)) / t.count));
  else variance = BigInt(Math.trunc(t.sumSquares / t.count - Number(avg * avg)));
  const mdev = Number(llsqrt(variance));
  return `rtt min/avg/max/mdev = ${ms3(t.min)}/${ms3(Number(avg))}/${ms3(t.max)}/${ms3(mdev)} ms`;
}

/** busybox print_stats_and_exit: `round-trip min/avg/max = ...` (no mdev). */
export function busyboxRttLine(t: RttTotals): string {
  return `round-trip min/avg/max = ${ms3(t.min)}/${ms3(Math.trunc(t.sum / t.count))}/${ms3(t.max)} ms`;
}

/** iputils' loss figure: printf("%g", (float)(lost * 100.0 / transmitted)). */
export function iputilsLoss(transmitted: number, received: number): string {
  return formatG(Math.fround(((transmitted - received) * 100.0) / transmitted));
}

/** C printf `%g` (precision 6): fixed or exponent form, trailing zeros removed. */
export function formatG(x: number): string {
  if (x === 0) return '0';
  const [mant, e] = x.toExponential(5).split('e');
  const exp = Number(e);
  const strip = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  if (exp < -4 || exp >= 6) return `${strip(mant)}e${exp < 0 ? '-' : '+'}${pad(Math.abs(exp), 2)}`;
  return strip(x.toFixed(5 - exp));
}

/** Exact binary value of a finite double as mantissa * 2^exponent. */
function decompose(x: number): [bigint, number] {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  return biased === 0 ? [frac, -1074] : [frac | (1n << 52n), biased - 1075];
}

/** printf("%.Nf"): like toFixed, except that an exact tie rounds to even as glibc does (0.0625 -> 0.062). */
export function printfFixed(x: number, digits: number): string {
  const fixed = x.toFixed(digits);
  const [m, e] = decompose(x);
  if (e >= 0 || !Number.isFinite(x)) return fixed;
  const scaled = m * 10n ** BigInt(digits), den = 1n << BigInt(-e);
  if (scaled % den !== den / 2n) return fixed;                 // not a tie: toFixed is right
  const q = scaled / den;                                      // the even neighbour wins
  const even = q % 2n === 0n ? q : q + 1n;
  const text = even.toString().padStart(digits + 1, '0');
  return `${x < 0 ? '-' : ''}${text.slice(0, -digits || undefined)}${digits ? `.${text.slice(-digits)}` : ''}`;
}

/** iputils' `time %ldms`: milliseconds rounded half up from the elapsed time. */
export const elapsedMs = (ms: number): number => Math.floor(ms + 0.5);

/** iputils finish(): the `ipg/ewma` figures for adaptive/zero-interval runs (µs in, text out). */
export function ipgEwma(ipgUs: number, rttEwma8: number): string {
  return `ipg/ewma ${ms3(Math.trunc(ipgUs))}/${Math.trunc(rttEwma8 / 8000)}.${pad(Math.trunc(rttEwma8 / 8) % 1000, 3)} ms`;
}
