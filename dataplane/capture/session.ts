// One capture as tcpdump runs it on one interface: the filter, the one-line printer or the
// pcapng writer, the -c count and the end-of-capture statistics. Fed with the packets the
// walk taps; returns what to emit for each. Imports wire/ and capture/ only.
import { PacketPrinter, tcpdumpTime } from '../wire/pretty.js';
import { compileFilter, type PacketFilter } from './filter.js';
import { LINKTYPE_RAW, PcapngWriter, type PcapngNameRecord } from './pcapng.js';
import { tcpdumpBanner, tcpdumpStats } from './tcpdump-text.js';

export interface CaptureOptions {
  iface: string;
  /** Where the interface lives, for the pcapng interface description (`pod default/web-0`). */
  description: string;
  filter: string;
  /** Stop after this many matching packets; 0 = no limit. */
  count: number;
  format: 'text' | 'pcapng';
  absoluteSeq?: boolean;
  names?: readonly PcapngNameRecord[];
}

export interface CapturedInput { data: Uint8Array; atMs: number; direction: 'in' | 'out'; note?: string }

export type CaptureOutput = { line: string } | { block: Uint8Array };

/** Epoch ms (fractional) as bigint nanoseconds, exact to the microsecond. */
const toNs = (ms: number): bigint => BigInt(Math.round(ms * 1000)) * 1000n;

export class CaptureSession {
  private readonly printer: PacketPrinter;
  private matched = 0;
  private seen = 0;

  private constructor(private readonly opts: CaptureOptions, private readonly filter: PacketFilter) {
    this.printer = new PacketPrinter({ absoluteSeq: opts.absoluteSeq ?? false });
  }

  /** A session, or tcpdump's error for a bad filter expression. */
  static open(opts: CaptureOptions): { ok: true; session: CaptureSession } | { ok: false; error: string } {
    const f = compileFilter(opts.filter);
    return f.ok ? { ok: true, session: new CaptureSession(opts, f.filter) } : { ok: false, error: f.error };
  }

  /** What tcpdump prints on stderr when it starts (the -w form when writing pcapng). */
  banner(): string { return tcpdumpBanner(this.opts.iface, 'EN10MB', this.opts.format === 'pcapng'); }

  /** The start of the pcapng file: section header, the interface, and the names. */
  header(): Uint8Array {
    const head = PcapngWriter.header([{ name: this.opts.iface, description: this.opts.description, linkType: LINKTYPE_RAW }], 'kube-netsim');
    if (!this.opts.names?.length) return head;
    const names = PcapngWriter.names(this.opts.names);
    const out = new Uint8Array(head.length + names.length);
    out.set(head); out.set(names, head.length);
    return out;
  }

  /** The output for one packet, or undefined when the filter rejects it or the count is reached. */
  accept(p: CapturedInput): CaptureOutput | undefined {
    if (this.done) return undefined;
    this.seen++;
    if (!this.filter(p.data)) return undefined;
    this.matched++;
    const ns = toNs(p.atMs);
    if (this.opts.format === 'pcapng') return { block: PcapngWriter.packet(0, ns, p.data, { direction: p.direction, ...(p.note ? { comment: p.note } : {}) }) };
    return { line: `${tcpdumpTime(ns)} ${this.printer.format(p.data)}` };
  }

  get done(): boolean { return this.opts.count > 0 && this.matched >= this.opts.count; }
  get captured(): number { return this.matched; }

  /** `N packets captured` ... as tcpdump prints them at the end. */
  stats(): string { return tcpdumpStats(this.matched, this.seen, 0); }
}
