// The tokens of a pcap-filter expression, as libpcap 1.10 scanner.l produces them: flex's
// longest match over the same patterns, ties going to the earlier rule. Imports only wire/.
// Errors found while scanning (bad numbers, bogus IPv6) are returned as `error` tokens.
import { parseIpv6 } from '../wire/ip.js';

export type Token =
  | { kind: 'kw'; text: string }                 // a keyword: host, tcp, and (also && / ||), not (also !)
  | { kind: 'num'; value: number; text: string }
  | { kind: 'hid'; text: string }                // 1-4 dotted numbers
  | { kind: 'hid6'; text: string }
  | { kind: 'id'; text: string }
  | { kind: 'link'; text: string }               // an Ethernet or ARCnet address
  | { kind: 'op'; text: string }                 // ( ) [ ] ! and arithmetic
  | { kind: 'error'; message: string }
  | { kind: 'eof' };

/** scanner.l keywords (and aliases) this project knows by name; `and`/`or`/`not` normalised. */
const KEYWORDS: Record<string, string> = {
  and: 'and', '&&': 'and', or: 'or', '||': 'or', not: 'not',
  ether: 'link', ppp: 'link', slip: 'link', fddi: 'link', tr: 'link', wlan: 'link',
  'es-is': 'esis', 'is-is': 'isis', direction: 'dir', address1: 'addr1', address2: 'addr2',
  address3: 'addr3', address4: 'addr4', length: 'len', ifname: 'on', ruleset: 'rset',
  rulenum: 'rnr', subrulenum: 'srnr', lsu: 'lssu',
};
const PLAIN_KEYWORDS = (
  'dst src link arp rarp ip sctp tcp udp icmp igmp igrp pim vrrp carp radio ip6 icmp6 ah esp atalk aarp '
  + 'decnet lat sca moprc mopdl iso esis isis l1 l2 iih lsp snp csnp psnp clnp stp ipx netbeui host net '
  + 'mask port portrange proto protochain gateway type subtype dir addr1 addr2 addr3 addr4 ra ta less '
  + 'greater byte broadcast multicast len inbound outbound ifindex vlan mpls pppoed pppoes geneve lane llc '
  + 'metac bcc oam oamf4 oamf4ec oamf4sc sc ilmic vpi vci connectmsg metaconnect on rset rnr srnr reason '
  + 'action fisu lssu msu hfisu hlssu hmsu sio opc dpc sls hsio hopc hdpc hsls'
).split(' ');
for (const k of PLAIN_KEYWORDS) KEYWORDS[k] ??= k;

/** The named constants scanner.l returns as numbers (icmptype, tcp-syn ...). */
const NAMED_NUMBERS: Readonly<Record<string, number>> = {
  icmptype: 0, icmpcode: 1, 'icmp-echoreply': 0, 'icmp-unreach': 3, 'icmp-sourcequench': 4,
  'icmp-redirect': 5, 'icmp-echo': 8, 'icmp-routeradvert': 9, 'icmp-routersolicit': 10,
  'icmp-timxceed': 11, 'icmp-paramprob': 12, 'icmp-tstamp': 13, 'icmp-tstampreply': 14,
  'icmp-ireq': 15, 'icmp-ireqreply': 16, 'icmp-maskreq': 17, 'icmp-maskreply': 18,
  icmp6type: 0, icmp6code: 1, 'icmp6-echo': 128, 'icmp6-echoreply': 129, tcpflags: 13,
  'tcp-fin': 0x01, 'tcp-syn': 0x02, 'tcp-rst': 0x04, 'tcp-push': 0x08, 'tcp-ack': 0x10,
  'tcp-urg': 0x20, 'tcp-ece': 0x40, 'tcp-cwr': 0x80,
};

const N = '(?:0[xX][0-9A-Fa-f]+|[0-9]+)';
const W = '[0-9A-Fa-f]{1,4}';
const B = '[0-9A-Fa-f]{1,2}';
const B2 = '[0-9A-Fa-f]{4}';

/** The V6 alternatives of scanner.l: `k` groups around one `::`, or eight, optionally ending in a dotted quad. */
function v6Patterns(): RegExp[] {
  const groups = (n: number): string => Array.from({ length: n }, () => W).join(':');
  const v4 = `${N}\\.${N}\\.${N}\\.${N}`;
  const out = [`${groups(8)}`, `${groups(6)}:${v4}`];
  for (let total = 0; total <= 7; total++) {
    for (let left = 0; left <= total; left++) out.push(`${groups(left)}::${groups(total - left)}`);
  }
  for (let total = 0; total <= 5; total++) {
    for (let left = 0; left <= total; left++) out.push(`${groups(left)}::${groups(total - left)}${total - left > 0 ? ':' : ''}${v4}`);
  }
  return out.map((p) => new RegExp(p));
}

interface Rule { match: (src: string, at: number) => number; make: (text: string) => Token }

function regex(re: RegExp, make: (text: string) => Token): Rule {
  const sticky = new RegExp(re.source, 'y');
  return { match: (src, at) => { sticky.lastIndex = at; return sticky.exec(src)?.[0].length ?? 0; }, make };
}

/** A rule of fixed strings (flex: one alternative per string): the longest one found at `at`. */
function words(list: readonly string[], make: (text: string) => Token): Rule {
  return { match: (src, at) => list.reduce((n, w) => (w.length > n && src.startsWith(w, at) ? w.length : n), 0), make };
}

/** Rules in scanner.l order: on equal length the earlier one wins. */
const RULES: readonly Rule[] = [
  words(Object.keys(KEYWORDS), (t) => ({ kind: 'kw', text: KEYWORDS[t] })),
  regex(/[+\-*\/%:[\]!<>()&|^=]/, (t) => (t === '!' ? { kind: 'kw', text: 'not' } : { kind: 'op', text: t })),
  regex(/>=|<=|!=|==|<<|>>/, (t) => ({ kind: 'op', text: t })),
  regex(new RegExp(`\\$${B}`), (t) => ({ kind: 'link', text: t })),
  regex(new RegExp(`${B}:${B}:${B}:${B}:${B}:${B}|${B}-${B}-${B}-${B}-${B}-${B}|${B}\\.${B}\\.${B}\\.${B}\\.${B}\\.${B}|${B2}\\.${B2}\\.${B2}|(?:${B2}){3}`), (t) => ({ kind: 'link', text: t })),
  regex(new RegExp(N), number),
  regex(new RegExp(`${N}\\.${N}(?:\\.${N}(?:\\.${N})?)?`), (t) => ({ kind: 'hid', text: t })),
  ...v6Patterns().map((re) => regex(re, (t) => (parseIpv6(t) ? { kind: 'hid6', text: t } : { kind: 'error', message: `bogus IPv6 address ${t}` }))),
  regex(new RegExp(`${B}:+(?:${B}:+)+`), (t) => ({ kind: 'error', message: `bogus ethernet address ${t}` })),
  words(Object.keys(NAMED_NUMBERS), (t) => ({ kind: 'num', value: NAMED_NUMBERS[t], text: t })),
  regex(/[A-Za-z0-9](?:[-_.A-Za-z0-9]*[.A-Za-z0-9])?/, (t) => ({ kind: 'id', text: t })),
  regex(/\\[^ !()\n\t]+/, (t) => ({ kind: 'id', text: t.slice(1) })),
];

/** stou: decimal, 0x hex or 0-led octal, at most 32 bits. */
function number(text: string): Token {
  const hex = /^0[xX]/.test(text), octal = !hex && text.length > 1 && text[0] === '0';
  if (octal && /[89]/.test(text)) return { kind: 'error', message: `number ${text} contains non-octal digit` };
  const value = hex ? parseInt(text.slice(2), 16) : octal ? parseInt(text, 8) : Number(text);
  if (value > 0xffffffff) return { kind: 'error', message: `number ${text} overflows 32 bits` };
  return { kind: 'num', value, text };
}

/** One token at a time, so that errors surface in the order libpcap's parser meets them. */
export class Scanner {
  private at = 0;

  constructor(private readonly src: string) {}

  next(): Token {
    while (this.at < this.src.length && ' \r\n\t'.includes(this.src[this.at])) this.at++;
    if (this.at >= this.src.length) return { kind: 'eof' };
    let best: { len: number; make: (t: string) => Token } | undefined;
    for (const rule of RULES) {
      const len = rule.match(this.src, this.at);
      if (len > 0 && (!best || len > best.len)) best = { len, make: rule.make };
    }
    if (!best) { this.at++; return { kind: 'error', message: '' }; }
    const text = this.src.slice(this.at, this.at + best.len);
    this.at += best.len;
    return best.make(text);
  }
}
