// Ages as kubectl prints them: apimachinery util/duration HumanDuration and the printers'
// translateTimestampSince. Pure; imports nothing.

/** A point in time: a Date or milliseconds since the epoch. */
export type Instant = Date | number;

export function toMillis(t: Instant): number {
  return typeof t === 'number' ? t : t.getTime();
}

/**
 * apimachinery duration.HumanDuration: `Ns` under 2m, `XmYs` under 10m, `Xm` under 3h, `XhYm`
 * under 8h, `Xh` under 48h, `XdYh` under 8d, `Xd` under 2y, `XyYd` under 8y, then `Xy`.
 * A duration more than one second negative is `<invalid>`; up to one second negative is `0s`
 * (clock skew tolerance). Every division truncates, as Go's integer division does.
 */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.trunc(ms / 60_000);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.trunc(ms / 3_600_000);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.trunc(hours / 24)}d` : `${Math.trunc(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  const years = Math.trunc(hours / 24 / 365);
  if (hours < 24 * 365 * 8) {
    const dy = Math.trunc(hours / 24) % 365;
    return dy === 0 ? `${years}y` : `${years}y${dy}d`;
  }
  return `${years}y`;
}

/** Go's zero time.Time, which metav1.Time.IsZero reports as missing. */
const GO_ZERO_TIME = Date.parse('0001-01-01T00:00:00Z');

/** printers.go translateTimestampSince: `<unknown>` for a missing (zero) or unparsable timestamp. */
export function translateTimestampSince(timestamp: string | undefined | null, now: Instant): string {
  if (!timestamp) return '<unknown>';
  const t = Date.parse(timestamp);
  if (Number.isNaN(t) || t === GO_ZERO_TIME) return '<unknown>';
  return humanDuration(toMillis(now) - t);
}
