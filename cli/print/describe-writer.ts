// kubectl describe's output machinery: describe.go prefixWriter (two spaces per level, terminal
// escapes) over tabbedString's tabwriter (minwidth 0, tabwidth 8, padding 2), plus the RFC 1123
// timestamps describe prints. Imports only sibling print modules.
import { DESCRIBE_TABWRITER, TabWriter } from './tabwriter.js';

export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;

/** describe.go PrefixWriter: `write(level, text)` indents by two spaces per level. */
export class PrefixWriter {
  private readonly tw = new TabWriter(DESCRIBE_TABWRITER);
  private out = '';

  write(level: number, text: string): void {
    this.tw.write(escapeTerminal('  '.repeat(level) + text));
  }

  /** fmt.Sprintln of one operand: the text and a newline, no indentation. */
  writeLine(text: string): void {
    this.tw.write(escapeTerminal(text + '\n'));
  }

  flush(): void {
    this.out += this.tw.flush();
  }

  /** Everything written, formatted. */
  text(): string {
    this.flush();
    return this.out;
  }
}

/** printers.WriteEscaped: ESC shown as `^[`, CR as `\r`. */
export function escapeTerminal(s: string): string {
  return s.replaceAll('\x1b', '^[').replaceAll('\r', '\\r');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Go's zero time.Time, which describe prints for a missing timestamp. */
export const ZERO_TIME_RFC1123Z = 'Mon, 01 Jan 0001 00:00:00 +0000';

/**
 * time.RFC1123Z ("Mon, 02 Jan 2006 15:04:05 -0700") of an RFC 3339 timestamp, at `offsetMinutes`
 * east of UTC (kubectl uses the machine's zone; undefined here means the local zone).
 */
export function formatRfc1123z(ts: string | undefined, offsetMinutes?: number): string {
  const ms = ts ? Date.parse(ts) : NaN;
  if (Number.isNaN(ms) || ms === Date.parse('0001-01-01T00:00:00Z')) return ZERO_TIME_RFC1123Z;
  const off = offsetMinutes ?? -new Date(ms).getTimezoneOffset();
  const d = new Date(ms + off * 60_000);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${DAYS[d.getUTCDay()]}, ${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCFullYear()).padStart(4, "0")} ` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} ${sign}${pad2(Math.floor(abs / 60))}${pad2(abs % 60)}`;
}
