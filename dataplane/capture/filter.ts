// tcpdump/pcap-filter expressions (libpcap 1.10.3, as Debian 12's tcpdump uses it) compiled to a
// predicate over raw IP packets, with the errors it gives on a pod's eth0 (EN10MB). Imports only
// dataplane/wire and its siblings. Link-layer and arithmetic primitives are refused by name.
import { FilterError, type Resolver } from './filter-gen.js';
import { rejectsAll, toPredicate } from './filter-eval.js';
import { FilterParser } from './filter-parse.js';

export type PacketFilter = (pkt: Uint8Array) => boolean;

export interface FilterOptions {
  /**
   * getaddrinfo in the capturing pod for `host NAME` (/etc/hosts, then cluster DNS): its
   * addresses in order, or undefined. The default knows `localhost` only (::1, then 127.0.0.1,
   * the order glibc's RFC 6724 sort gives the kubelet-managed hosts file).
   */
  resolveHost?: Resolver;
}

const localhostOnly: Resolver = (name) => (name === 'localhost' ? ['::1', '127.0.0.1'] : undefined);

/**
 * Compiles the words after tcpdump's options, joined by spaces (an empty expression matches
 * everything). Errors carry tcpdump's whole stderr line without the newline, e.g.
 * `tcpdump: can't parse filter expression: syntax error`, `tcpdump: unknown host 'x'`,
 * `tcpdump: expression rejects all packets`. The filter never throws.
 */
export function compileFilter(expr: string, opts: FilterOptions = {}):
  { ok: true; filter: PacketFilter } | { ok: false; error: string } {
  try {
    const tree = new FilterParser(expr, opts.resolveHost ?? localhostOnly).parse();
    if (rejectsAll(tree)) return { ok: false, error: 'tcpdump: expression rejects all packets' };
    return { ok: true, filter: toPredicate(tree) };
  } catch (e) {
    if (e instanceof FilterError) return { ok: false, error: `tcpdump: ${e.message}` };
    throw e;
  }
}
