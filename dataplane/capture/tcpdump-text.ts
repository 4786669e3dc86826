// tcpdump 4.99's own stderr lines around a capture (tcpdump.c main and info()): the banner and
// the end-of-capture statistics. Imports nothing.

/** libpcap 1.10 dlt_choices: the names and descriptions tcpdump prints for each link type. */
const LINK_TYPES = {
  EN10MB: 'Ethernet', RAW: 'Raw IP', LINUX_SLL: 'Linux cooked v1', LINUX_SLL2: 'Linux cooked v2',
  IPV4: 'Raw IPv4', IPV6: 'Raw IPv6',
} as const;
export type TcpdumpLinkType = keyof typeof LINK_TYPES;

/** tcpdump's default snapshot length (netdissect.h MAXIMUM_SNAPLEN). */
export const DEFAULT_SNAPLEN = 262144;

/**
 * The stderr lines of a live capture's start. Printing to stdout, tcpdump first says that verbose
 * output is suppressed; with -w FILE it prints only `tcpdump: listening on ...`.
 */
export function tcpdumpBanner(iface: string, linkType: TcpdumpLinkType, writing = false, snapLen = DEFAULT_SNAPLEN): string {
  const head = writing ? 'tcpdump: ' : 'tcpdump: verbose output suppressed, use -v[v]... for full protocol decode\n';
  return `${head}listening on ${iface}, link-type ${linkType} (${LINK_TYPES[linkType]}), snapshot length ${snapLen} bytes\n`;
}

const plural = (n: number, what: string): string => `${n} packet${n === 1 ? '' : 's'} ${what}\n`;

/**
 * The three stderr lines tcpdump prints when a capture ends (info(1) in tcpdump.c), `1 packet`
 * in the singular; the interface-drop line appears only when that count is not zero.
 */
export function tcpdumpStats(captured: number, received: number, dropped: number, ifDropped = 0): string {
  return plural(captured, 'captured') + plural(received, 'received by filter') + plural(dropped, 'dropped by kernel')
    + (ifDropped !== 0 ? plural(ifDropped, 'dropped by interface') : '');
}
