// What one curl run writes, in order: stderr interleaves the progress meter, the -v trace
// (src/tool_cb_dbg.c: `* ` info, `> ` request, `< ` response, `{ [N bytes data]`) and the final
// `curl: (N) ...`; stdout gets headers (-i/-I), the body and -w. Imports curl-progress.ts.
import { ProgressMeter, type MeterSample } from './curl-progress.js';

export interface TranscriptMode {
  /** The progress meter shows: not -s (stdout is never a terminal under exec). */
  meter: boolean;
  verbose: boolean;
  /** The final error line shows: not -s, or -sS. */
  errors: boolean;
}

export class CurlTranscript {
  stderr = '';
  stdout = '';
  private readonly meter = new ProgressMeter();
  private lastMs = 0;

  constructor(private readonly mode: TranscriptMode) {}

  /** The meter's header and first line (before the connect). */
  begin(): void {
    if (this.mode.meter) this.stderr += this.meter.update({ us: 0, downloaded: 0, uploaded: 0 });
  }

  /** A `* text` line of -v. */
  info(text: string): void {
    if (this.mode.verbose) this.stderr += `* ${text}\n`;
  }

  /** Request head lines as `> ` lines (tool_cb_dbg.c prefixes every line, keeping its CRLF). */
  requestHead(head: string): void {
    if (!this.mode.verbose) return;
    this.stderr += head.split(/(?<=\n)/).map((l) => `> ${l}`).join('');
  }

  /** One response head line as `< ` (CURLINFO_HEADER_IN). */
  responseLine(line: string): void {
    if (this.mode.verbose) this.stderr += `< ${line}`;
  }

  /** `{ [N bytes data]` (received) or `} [N bytes data]` (sent): the first data chunk after a header. */
  data(direction: 'in' | 'out', bytes: number): void {
    if (this.mode.verbose && bytes > 0) this.stderr += `${direction === 'in' ? '{' : '}'} [${bytes} bytes data]\n`;
  }

  /** The meter lines of the whole seconds passed while waiting until `toMs` (one per second, as lastshow changes). */
  waitUntil(toMs: number, counters: Omit<MeterSample, 'us'>): void {
    for (let s = Math.floor(this.lastMs / 1000) + 1; s * 1000 < toMs; s++) {
      if (this.mode.meter) this.stderr += this.meter.update({ us: s * 1_000_000, ...counters });
    }
    this.lastMs = Math.max(this.lastMs, toMs);
  }

  /** Curl_pgrsDone at `atMs`: the forced last line and its newline. */
  done(atMs: number, counters: Omit<MeterSample, 'us'>): void {
    this.waitUntil(atMs, { downloaded: 0, uploaded: counters.uploaded });
    if (this.mode.meter) this.stderr += this.meter.done({ us: Math.round(atMs * 1000), ...counters });
  }

  /** The tool's last word: `curl: (7) Failed to connect ...` (tool_operate.c post_per_transfer). */
  error(code: number, message: string): number {
    if (this.mode.errors) this.stderr += `curl: (${code}) ${message}\n`;
    return code;
  }
}
