// curl 7.88's progress meter (lib/progress.c progress_meter, progress_calc), which curl writes to
// stderr when stdout is not a terminal (kubectl exec without -t) and -s is not given.
// Pure; imports nothing.

export const METER_HEADER =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n'
  + '                                 Dload  Upload   Total   Spent    Left  Speed\n';

/** The transfer's counters at one update. */
export interface MeterSample {
  /** Microseconds since the transfer started. */
  us: number;
  downloaded: number;
  uploaded: number;
  /** Content-Length once the headers are in (PGRS_DL_SIZE_KNOWN). */
  sizeDl?: number;
  /** The request body's size (PGRS_UL_SIZE_KNOWN for -d). */
  sizeUl?: number;
}

const KB = 1024;
const MB = KB * 1024;

/** max5data: a count in 5 columns (`  615`, ` 183k`, `12.3M`). */
export function max5(n: number): string {
  if (n < 100000) return String(n).padStart(5);
  if (n < 10000 * KB) return `${String(Math.floor(n / KB)).padStart(4)}k`;
  if (n < 100 * MB) return `${String(Math.floor(n / MB)).padStart(2)}.${Math.floor((n % MB) / (MB / 10))}M`;
  if (n < 10000 * MB) return `${String(Math.floor(n / MB)).padStart(4)}M`;
  return `${String(Math.floor(n / (MB * KB))).padStart(4)}G`;
}

/** time2str: `--:--:--` for zero, else `%2d:%02d:%02d`. */
export function time2str(secs: number): string {
  if (secs <= 0) return '--:--:--';
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  return `${String(h).padStart(2)}:${String(m).padStart(2, '0')}:${String(secs % 60).padStart(2, '0')}`;
}

/** trspeed: bytes per second from microseconds. */
const trspeed = (size: number, us: number) => (us < 1 ? size * 1000000 : Math.floor((size * 1000000) / us));

function percent(done: number, total: number): number {
  if (total > 10000) return Math.floor(done / Math.floor(total / 100));
  return total > 0 ? Math.floor((done * 100) / total) : 0;
}

function line(s: MeterSample, current: number): string {
  const dlspeed = trspeed(s.downloaded, s.us);
  const ulspeed = trspeed(s.uploaded, s.us);
  const spent = Math.floor(s.us / 1000000);
  const dlEstimate = s.sizeDl !== undefined && dlspeed > 0 ? Math.floor(s.sizeDl / dlspeed) : 0;
  const ulEstimate = s.sizeUl !== undefined && ulspeed > 0 ? Math.floor(s.sizeUl / ulspeed) : 0;
  const dlPct = s.sizeDl !== undefined && dlspeed > 0 ? percent(s.downloaded, s.sizeDl) : 0;
  const ulPct = s.sizeUl !== undefined && ulspeed > 0 ? percent(s.uploaded, s.sizeUl) : 0;
  const estimate = Math.max(ulEstimate, dlEstimate);
  const expected = (s.sizeUl ?? s.uploaded) + (s.sizeDl ?? s.downloaded);
  const total = percent(s.downloaded + s.uploaded, expected);
  const pct = (n: number) => String(n).padStart(3);
  return `\r${pct(total)} ${max5(expected)}  ${pct(dlPct)} ${max5(s.downloaded)}  ${pct(ulPct)} ${max5(s.uploaded)}  `
    + `${max5(dlspeed)}  ${max5(ulspeed)} ${time2str(estimate)} ${time2str(spent)} `
    + `${time2str(estimate > 0 ? estimate - spent : 0)} ${max5(current)}`;
}

/**
 * The meter of one transfer: update() returns what one Curl_pgrsUpdate writes (the header first,
 * then `\r` and the line), done() what Curl_pgrsDone writes (a forced update and a newline).
 * "Current speed" follows progress_calc's ring of the last 6 updates (CURR_TIME).
 */
export class ProgressMeter {
  private readonly ring: { us: number; bytes: number }[] = [];

  update(s: MeterSample): string {
    this.ring.push({ us: s.us, bytes: s.downloaded + s.uploaded });
    const first = this.ring.length === 1;
    const count = Math.min(this.ring.length, 6) - 1;
    let current: number;
    if (count > 0) {
      const oldest = this.ring[Math.max(0, this.ring.length - 6)];
      const spanMs = Math.max(1, Math.floor(s.us / 1000) - Math.floor(oldest.us / 1000));
      current = Math.floor(((s.downloaded + s.uploaded - oldest.bytes) * 1000) / spanMs);
    } else current = trspeed(s.downloaded, s.us) + trspeed(s.uploaded, s.us);
    return (first ? METER_HEADER : '') + line(s, current);
  }

  done(s: MeterSample): string {
    return `${this.update(s)}\n`;
  }
}
