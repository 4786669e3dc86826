// Go's time.Time.String() for a UTC clock: `2006-01-02 15:04:05.999999999 +0000 UTC m=+0.000000001`,
// the fraction without trailing zeros and the monotonic reading since process start. Imports nothing.

const two = (n: number) => String(n).padStart(2, '0');

export function goTimeString(nowMs: number, startedMs: number): string {
  const d = new Date(nowMs);
  const frac = String(d.getUTCMilliseconds()).padStart(3, '0').replace(/0+$/, '');
  const wall = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} `
    + `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}${frac ? `.${frac}` : ''}`;
  const mono = Math.max(0, nowMs - startedMs);
  return `${wall} +0000 UTC m=+${Math.floor(mono / 1000)}.${String(Math.round((mono % 1000) * 1e6)).padStart(9, '0')}`;
}
