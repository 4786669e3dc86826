// Timestamps in the log formats the simulated servers write, from the virtual clock's RFC 3339
// time (epoch when the caller gave none). Pure; imports nothing.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

function dateOf(now: string | undefined): Date {
  const d = new Date(now ?? 0);
  return Number.isNaN(d.getTime()) ? new Date(0) : d;
}

/** nginx's error log and Go's log package: `2006/01/02 15:04:05` (UTC). */
export function goLogTime(now?: string): string {
  const d = dateOf(now);
  return `${d.getUTCFullYear()}/${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

/** Apache httpd's error log: `Mon Jan 02 15:04:05.000000 2006`. */
export function apacheLogTime(now?: string): string {
  const d = dateOf(now);
  const usec = String(d.getUTCMilliseconds() * 1000).padStart(6, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${usec} ${d.getUTCFullYear()}`;
}
