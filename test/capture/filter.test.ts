// compileFilter: expressions × packets, libpcap's error messages, name lookup, and never throwing.
// tcpdump-oracle.test.ts checks the same ground against the real tcpdump; this file stands alone.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { compileFilter } from '../../dataplane/capture/filter.js';
import * as p from './packets.js';

const t = suite('capture/filter');

const PKT = {
  icmp4: p.icmpEcho('10.0.0.1', '10.0.0.2', 'echoRequest', 1, 1),
  icmp6: p.icmpEcho('fd00::1', 'fd00::2', 'echoRequest', 1, 1),
  tcp4: p.tcp('10.0.0.1', '10.96.0.12', { srcPort: 45678, dstPort: 80, seq: 1, ack: 0, flags: p.TCP_SYN, window: 1 }),
  tcp6: p.tcp('fd00::1', 'fd00:10:96::1', { srcPort: 45678, dstPort: 443, seq: 1, ack: 0, flags: p.TCP_SYN, window: 1 }),
  udp4: p.udp('10.244.1.5', 53124, '10.96.0.10', 53, new Uint8Array(12)),
  udp6: p.udp('fd00:10:244:1::5', 53124, 'fd00::1', 53, new Uint8Array(12)),
  frag4: ((b) => { b[6] = 0; b[7] = 0x10; return b; })(p.udp('10.244.1.5', 53124, '10.96.0.10', 53, new Uint8Array(12))),   // a later fragment: no ports
  short: p.udp('10.244.1.5', 53124, '10.96.0.10', 53, new Uint8Array(12)).subarray(0, 21),                                 // ports cut off
};
type Name = keyof typeof PKT;
const ALL = Object.keys(PKT) as Name[];

/** Each expression with the packets it must match; every other packet of PKT must not match. */
const MATCHES: readonly { expr: string; match: Name[] }[] = [
  { expr: '', match: ALL },                                            // no expression: everything
  { expr: 'icmp', match: ['icmp4'] },                                  // IPv4 ICMP only, as pcap
  { expr: 'icmp6', match: ['icmp6'] },
  { expr: 'ip', match: ['icmp4', 'tcp4', 'udp4', 'frag4', 'short'] },
  { expr: 'ip6', match: ['icmp6', 'tcp6', 'udp6'] },
  { expr: 'tcp', match: ['tcp4', 'tcp6'] },
  { expr: 'udp', match: ['udp4', 'udp6', 'frag4', 'short'] },          // the protocol byte, fragments included
  { expr: 'not icmp and host 10.0.0.1', match: ['tcp4'] },
  { expr: '(tcp or udp) and port 80', match: ['tcp4'] },
  { expr: 'ip6 and src host fd00::1', match: ['icmp6', 'tcp6'] },
  { expr: 'port 53', match: ['udp4', 'udp6'] },                        // not the later fragment; the cut one rejects
  { expr: 'not port 53', match: ['icmp4', 'icmp6', 'tcp4', 'tcp6', 'frag4'] },   // a load past the end rejects, even under not
  { expr: 'src port 53124 and dst port 53', match: ['udp4', 'udp6'] },
  { expr: 'tcp dst port 80 or 443', match: ['tcp4', 'tcp6'] },         // the id inherits `tcp dst port`
  { expr: 'portrange 50-100', match: ['tcp4', 'udp4', 'udp6'] },
  { expr: 'udp portrange 50-100', match: ['udp4', 'udp6'] },
  { expr: 'host 10.0.0.1 or 10.96.0.10', match: ['icmp4', 'tcp4', 'udp4', 'frag4', 'short'] },
  { expr: 'dst 10.96.0.12', match: ['tcp4'] },                         // bare src/dst mean host
  { expr: 'src fd00:10:244:1::5', match: ['udp6'] },
  { expr: 'net 10.96.0.0/16', match: ['tcp4', 'udp4', 'frag4', 'short'] },
  { expr: 'src net 10.244', match: ['udp4', 'frag4', 'short'] },       // 10.244.0.0/16
  { expr: 'net 10.0.0.0 mask 255.0.0.0 and not udp', match: ['icmp4', 'tcp4'] },
  { expr: 'dst net fd00:10:96::/112', match: ['tcp6'] },
  { expr: 'host (10.0.0.2 or fd00::2)', match: ['icmp4', 'icmp6'] },
  { expr: 'host 10.0.0.1 and not 10.0.0.2', match: ['tcp4'] },
  { expr: 'proto 17', match: ['udp4', 'udp6', 'frag4', 'short'] },
  { expr: 'ip6 proto 58 || ip proto 1', match: ['icmp4', 'icmp6'] },
  { expr: 'ip proto \\tcp', match: ['tcp4'] },
  { expr: 'port domain', match: ['udp4', 'udp6'] },
  { expr: 'tcp port http or https', match: ['tcp4', 'tcp6'] },
  { expr: '!tcp && !udp', match: ['icmp4', 'icmp6'] },
  { expr: 'tcp or udp and ip6', match: ['tcp6', 'udp6'] },             // and/or: equal precedence, left to right
  { expr: 'arp or rarp or icmp', match: ['icmp4'] },                   // no ARP on this wire
];

for (const m of MATCHES) {
  t(`matches: ${JSON.stringify(m.expr)}`, () => {
    const c = compileFilter(m.expr);
    if (!c.ok) throw new Error(c.error);
    assert.equal(ALL.filter((n) => c.filter(PKT[n])), m.match);
  });
}

/** libpcap 1.10.3's messages, as tcpdump prints them (tcpdump -d with Ethernet, a pod's link type). */
const ERRORS: readonly { expr: string; error: string }[] = [
  { expr: 'icmp and', error: "can't parse filter expression: syntax error" },
  { expr: 'tcp port 80 and', error: "can't parse filter expression: syntax error" },
  { expr: '(tcp', error: "can't parse filter expression: syntax error" },
  { expr: 'HOST 10.0.0.1', error: "can't parse filter expression: syntax error" },   // keywords are lower case
  { expr: '10.0.0.1', error: "can't parse filter expression: syntax error" },
  { expr: 'tcp and 80', error: 'syntax error in filter expression' },                // no qualifier to inherit
  { expr: 'host x', error: "unknown host 'x'" },
  { expr: 'port abc', error: "unknown port 'abc'" },
  { expr: 'port 99999', error: 'illegal port number 99999 > 65535' },
  { expr: 'udp port ssh', error: "port 'ssh' is tcp" },
  { expr: 'net 10.0.0.0/33', error: 'mask length must be <= 32' },
  { expr: 'net 10.0.0.1/8', error: 'non-network bits set in "10.0.0.1/8"' },
  { expr: 'net fd00::1/8', error: 'non-network bits set in "fd00::1/8"' },
  { expr: 'host fd00::/64', error: 'Mask syntax for networks only' },
  { expr: 'ip6 host 10.0.0.1', error: "'ip6' modifier applied to ip host" },
  { expr: 'ip host fd00::1', error: "'ip' modifier applied to ip6 host" },
  { expr: 'tcp host 10.0.0.1', error: "'tcp' modifier applied to host" },
  { expr: 'icmp port 80', error: "illegal qualifier of 'port'" },
  { expr: 'port 80 and 1.2.3.4', error: "'port' modifier applied to ip host" },
  { expr: 'host 256.0.0.1', error: "invalid IPv4 address '256.0.0.1'" },
  { expr: 'host 0999', error: 'number 0999 contains non-octal digit' },
  { expr: 'port 4294967296', error: 'number 4294967296 overflows 32 bits' },
  { expr: 'host 1::2::3', error: 'bogus ethernet address 1::2::' },                   // flex's longest match
  { expr: 'tcp proto 6', error: "'tcp proto' is bogus" },
  { expr: 'proto \\icmp6', error: "unknown ip proto 'icmp6'" },                       // /etc/protocols says ipv6-icmp
  { expr: 'gateway 1.2.3.4', error: "'gateway' requires a name" },
  { expr: 'udp and tcp', error: 'expression rejects all packets' },
  { expr: 'icmp6 and host 10.0.0.1', error: 'expression rejects all packets' },
  { expr: 'src host 10.0.0.1 and src host 10.0.0.2', error: 'expression rejects all packets' },
  { expr: 'vlan', error: "kube-netsim does not support 'vlan' in filter expressions" },
  { expr: 'tcp[13] & 2 != 0', error: "kube-netsim does not support 'tcp[' in filter expressions" },
  { expr: 'ether host 0a:58:0a:f4:01:05', error: "kube-netsim does not support 'link' in filter expressions" },
];

for (const e of ERRORS) {
  t(`fails: ${JSON.stringify(e.expr)}`, () => assert.equal(compileFilter(e.expr), { ok: false, error: `tcpdump: ${e.error}` }));
}

t('host NAME resolves through the caller: every address, IPv4 host, IPv6 host', () => {
  const resolveHost = (n: string): string[] | undefined => (n === 'web-0.web' ? ['fd00::2', '10.0.0.2'] : undefined);
  const both = compileFilter('host web-0.web', { resolveHost });
  assert.ok(both.ok && both.filter(PKT.icmp4) && both.filter(PKT.icmp6) && !both.filter(PKT.tcp4));
  const v4 = compileFilter('ip host web-0.web', { resolveHost });
  assert.ok(v4.ok && v4.filter(PKT.icmp4) && !v4.filter(PKT.icmp6));
  assert.equal(compileFilter('tcp host web-0.web', { resolveHost }), { ok: false, error: "tcpdump: 'tcp' modifier applied to ip6 host" });
  assert.equal(compileFilter('host web-1.web', { resolveHost }), { ok: false, error: "tcpdump: unknown host 'web-1.web'" });
  const lo = compileFilter('host localhost');                          // the default knows localhost only
  assert.ok(lo.ok && lo.filter(p.icmpEcho('127.0.0.1', '127.0.0.1', 'echoRequest', 1, 1)) && lo.filter(p.icmpEcho('::1', '::1', 'echoReply', 1, 1)));
  assert.equal(compileFilter('ip6 host web-0.web', { resolveHost: () => ['10.0.0.2'] }),
    { ok: false, error: "tcpdump: unknown host 'web-0.web' for specified address family" });
});

const OPTS = { seed: 20261122, numRuns: 500 };
const words = ['host', 'net', 'port', 'portrange', 'src', 'dst', 'and', 'or', 'not', '!', '(', ')', 'tcp', 'udp', 'icmp',
  'icmp6', 'ip', 'ip6', 'proto', '10.0.0.1', 'fd00::1', '10.0.0.0/8', '80', '53-80', 'mask', '255.0.0.0', 'web', '&&', '||'];

t('compileFilter never throws, whatever the words', () => {
  fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((w) => w.join(' '))), (expr) => {
    const c = compileFilter(expr);
    assert.ok(c.ok || c.error.startsWith('tcpdump: '));
  }), OPTS);
});

t('compiled filters never throw on arbitrary bytes', () => {
  const filters = MATCHES.map((m) => compileFilter(m.expr)).flatMap((c) => (c.ok ? [c.filter] : []));
  fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), fc.constantFrom(0x45, 0x46, 0x60, 0x00), (b, first) => {
    const pkt = b.length ? Uint8Array.of(first, ...b.subarray(1)) : b;
    for (const f of filters) assert.type(f(pkt), 'boolean');
  }), OPTS);
});

t.run();
