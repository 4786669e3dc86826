// GNU Wget 1.21's "dot" progress (src/progress.c dot_draw, print_row_stats, dot_finish), the one
// it falls back to when stderr is not a terminal, and its rates (src/retr.c calc_rate,
// retr_rate). Default dot style: 1K per dot, 10 per cluster, 50 per row. Pure; imports nothing.

const DOT_BYTES = 1024;
const DOTS_IN_LINE = 50;
const DOT_SPACING = 10;
const ROW_BYTES = DOT_BYTES * DOTS_IN_LINE;

/** calc_rate: bytes/s scaled to 1024ths, with the unit index (B, K, M, G, T). */
export function calcRate(bytes: number, secs: number): { rate: number; unit: number } {
  const s = secs === 0 ? 0.5e-9 : secs;
  let rate = bytes / s;
  let unit = 0;
  while (unit < 4 && rate >= 1024) { rate /= 1024; unit++; }
  return { rate: unit === 4 ? Math.min(rate, 99.99) : rate, unit };
}

const precision = (rate: number) => (rate >= 99.95 ? 0 : rate >= 9.995 ? 1 : 2);

/** retr_rate: `41.6 MB/s`, `615 B/s`. */
export function retrRate(bytes: number, secs: number): string {
  const { rate, unit } = calcRate(bytes, secs);
  return `${rate.toFixed(precision(rate))} ${['B/s', 'KB/s', 'MB/s', 'GB/s', 'TB/s'][unit]}`;
}

/** print_decimal: `0`, `0.001`, `0.3`, `1.5`, `12`. */
function printDecimal(n: number): string {
  if (n >= 9.95) return n.toFixed(0);
  if (n >= 0.95) return n.toFixed(1);
  if (n >= 0.001) return Number(n.toPrecision(1)).toString();
  if (n >= 0.0005) return n.toFixed(3);
  return '0';
}

function rowStats(total: number, shown: number, bytesThisRow: number, secs: number, last: boolean): string {
  let out = total > 0 ? `${String(Math.floor((100 * shown) / total)).padStart(3)}%` : '';
  const { rate, unit } = calcRate(bytesThisRow, secs);
  out += ` ${rate.toFixed(precision(rate)).padStart(4)}${' KMGT'[unit]}`;
  if (!last) return `${out}${total > 0 ? ' 0s' : ''}`;
  return `${out}=${secs >= 10 ? `${Math.round(secs)}s` : `${printDecimal(secs)}s`}`;
}

/**
 * The dots for a body of `bytes` (of `total`, 0 when unknown) received within `secs`, from
 * dot_create to dot_finish's `\n\n`. Rows completed on the way report the same rate; their ETA
 * is 0s as every byte is already in.
 */
export function dotProgress(bytes: number, total: number, secs: number): string {
  let out = '';
  let dots = 0;
  let rows = 0;
  for (let acc = bytes; acc >= DOT_BYTES; acc -= DOT_BYTES) {
    if (dots === 0) out += `\n${String((rows * ROW_BYTES) / 1024).padStart(6)}K`;
    if (dots % DOT_SPACING === 0) out += ' ';
    out += '.';
    if (++dots >= DOTS_IN_LINE) { dots = 0; rows++; out += rowStats(total, rows * ROW_BYTES, ROW_BYTES, secs, false); }
  }
  if (dots === 0) out += `\n${String((rows * ROW_BYTES) / 1024).padStart(6)}K`;
  for (let i = dots; i < DOTS_IN_LINE; i++) out += i % DOT_SPACING === 0 ? '  ' : ' ';
  const thisRow = bytes - rows * ROW_BYTES;
  return `${out}${rowStats(total, bytes, thisRow, secs, true)}\n\n`;
}
