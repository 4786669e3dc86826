// PacketPrinter (tcpdump -n one-liners) and tcpdumpTime: the real Debian captures rebuilt packet
// for packet, goldens of the cluster's exchanges, malformed packets, and never throwing.
// Expected strings of the tables were checked against tcpdump 4.99.3 reading the same bytes.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { PacketPrinter, tcpdumpTime } from '../../dataplane/wire/pretty.js';
import { tcpdumpBanner, tcpdumpStats } from '../../dataplane/capture/tcpdump-text.js';
import * as p from '../capture/packets.js';
import { clusterCurl, clusterErrors, clusterPing, clusterUdp, realCurl, realPing, type Timed } from '../capture/sessions.js';
import { assertGoldenFile } from '../support/golden.js';

const t = suite('wire/pretty');
const REAL = '/work/shared/spec/real-output';

function render(packets: readonly Timed[], absoluteSeq = false): string {
  const printer = new PacketPrinter({ absoluteSeq });
  return packets.map((x) => `${tcpdumpTime(x.ns)} ${printer.format(x.data)}\n`).join('');
}

/** What tcpdump -i lo -n printed, banner and statistics included (received counts as captured there). */
const realRun = (packets: readonly Timed[], received: number): string =>
  tcpdumpBanner('lo', 'EN10MB') + render(packets) + tcpdumpStats(packets.length, received, 0);

t('real-output/tcpdump-icmp.txt, rebuilt, prints byte for byte', () => {
  assert.fixture(realRun(realPing(false), 8), readFileSync(`${REAL}/tcpdump-icmp.txt`, 'utf8'));
});

t('real-output/tcpdump-icmp6.txt, rebuilt, prints byte for byte', () => {
  assert.fixture(realRun(realPing(true), 8), readFileSync(`${REAL}/tcpdump-icmp6.txt`, 'utf8'));
});

t('real-output/tcpdump-tcp.txt, rebuilt: absolute on SYN and SYN-ACK, relative afterwards', () => {
  assert.fixture(realRun(realCurl(), 24), readFileSync(`${REAL}/tcpdump-tcp.txt`, 'utf8'));
});

const GOLDENS: readonly { name: string; packets: () => Timed[]; absoluteSeq?: boolean }[] = [
  { name: 'ping', packets: clusterPing },
  { name: 'curl', packets: clusterCurl },
  { name: 'curl-absolute-seq', packets: clusterCurl, absoluteSeq: true },   // tcpdump -S
  { name: 'udp', packets: clusterUdp },
  { name: 'icmp-errors', packets: clusterErrors },
];

for (const g of GOLDENS) {
  t(`golden capture/${g.name}`, () => assertGoldenFile(`capture/${g.name}`, render(g.packets(), g.absoluteSeq)));
}

t('a second printer starts its own sequence state', () => {
  const pkts = realCurl();
  const first = new PacketPrinter();
  pkts.slice(0, 3).forEach((x) => first.format(x.data));
  assert.match(first.format(pkts[3].data), /seq 1:80, ack 1,/);
  assert.match(new PacketPrinter().format(pkts[3].data), /seq 1727954617:1727954696, ack 130761667,/);   // not seen before
});

const echo = p.icmpEcho('10.0.0.1', '10.0.0.2', 'echoRequest', 1, 1, new Uint8Array(8));
const syn = p.tcp('10.0.0.1', '10.0.0.2', { srcPort: 40000, dstPort: 9999, seq: 1, ack: 0, flags: p.TCP_SYN, window: 1024 });
const dgram = p.udp('10.0.0.1', 40000, '10.0.0.2', 9999, new Uint8Array(4));
const echo6 = p.icmpEcho('fd00::1', 'fd00::2', 'echoRequest', 1, 1, new Uint8Array(8));
const mod = (b: Uint8Array, f: (c: Uint8Array) => void): Uint8Array => { const c = b.slice(); f(c); return c; };
const seg = (options: number[], flags: number = p.TCP_SYN, extra: Partial<p.TcpSeg> = {}): Uint8Array =>
  p.tcp('10.0.0.1', '10.0.0.2', { srcPort: 40000, dstPort: 9999, seq: 1, ack: 0, flags, window: 1024, options: Uint8Array.from(options), ...extra });
const A = '10.0.0.1.40000 > 10.0.0.2.9999:';

const CASES: readonly { name: string; pkt: Uint8Array; want: string }[] = [
  { name: 'empty', pkt: new Uint8Array(0), want: '[Invalid header: caplen==0, len==0]' },
  { name: 'one byte', pkt: Uint8Array.of(0x45), want: 'IP  [|ip]' },
  { name: 'version 5', pkt: Uint8Array.of(0x55, 0, 0, 20), want: 'unknown ip 5' },
  { name: 'IPv4 header cut at 10 bytes', pkt: echo.slice(0, 10), want: 'IP  [|ip]' },
  { name: 'total length past the capture', pkt: mod(echo, (c) => { c[3] += 4; }),
    want: 'IP truncated-ip - 4 bytes missing! 10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 20' },
  { name: 'IHL 4', pkt: mod(echo, (c) => { c[0] = 0x44; }), want: 'IP bad-hlen 16' },
  { name: 'total length below the header', pkt: mod(echo, (c) => { c[2] = 0; c[3] = 16; }), want: 'IP bad-len 16' },
  { name: 'a later fragment', pkt: mod(dgram, (c) => { c[6] = 0; c[7] = 0x10; }), want: 'IP 10.0.0.1 > 10.0.0.2: ip-proto-17' },
  { name: 'IPv6 header cut at 20 bytes', pkt: echo6.slice(0, 20), want: ' [|ip6]' },
  { name: 'IPv6 payload past the capture', pkt: mod(echo6, (c) => { c[5] += 4; }),
    want: 'IP6 truncated-ip6 - 4 bytes missing!fd00::1 > fd00::2: ICMP6, echo request, id 1, seq 1, length 20' },
  { name: 'IPv6 no next header', pkt: p.ipPacket('fd00::1', 'fd00::2', 59, new Uint8Array(0)), want: 'IP6 fd00::1 > fd00::2: no next header' },
  { name: 'ICMPv6 over IPv4', pkt: p.ipPacket('10.0.0.1', '10.0.0.2', 58, new Uint8Array(8)),
    want: 'IP 10.0.0.1 > 10.0.0.2: [ICMPv6 requires IPv6] (invalid)' },
  { name: 'a protocol without a printer', pkt: p.ipPacket('10.0.0.1', '10.0.0.2', 253, new Uint8Array(12)), want: 'IP 10.0.0.1 > 10.0.0.2:  ip-proto-253 12' },
  { name: 'IP in IP', pkt: p.ipPacket('172.18.0.2', '172.18.0.3', 4, echo),
    want: 'IP 172.18.0.2 > 172.18.0.3: IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 16' },
  { name: 'TCP cut at 10 bytes', pkt: mod(syn, (c) => { c[3] = 30; }).slice(0, 30), want: `IP ${A}  [|tcp]` },
  { name: 'TCP data offset 4', pkt: mod(syn, (c) => { c[32] = 0x40; }), want: `IP ${A}  tcp 4 [bad hdr length 16 - too short, < 20]` },
  { name: 'an option longer than the header', pkt: seg([2, 8, 5, 0xb4]), want: `IP ${A} Flags [S], seq 1, win 1024, options [[bad opt]` },
  { name: 'an unknown option, nop, eol', pkt: seg([99, 4, 0xab, 0xcd, 1, 0, 0, 0]),
    want: `IP ${A} Flags [S], seq 1, win 1024, options [unknown-99 0xabcd,nop,eol], length 0` },
  { name: 'mss with a wrong length', pkt: seg([2, 6, 5, 0xb4, 0, 0, 1, 1]),
    want: `IP ${A} Flags [S], seq 1, win 1024, options [mss 1460[len 6],eol], length 0` },
  { name: 'every flag', pkt: seg([], 0xff, { ack: 7, payload: new Uint8Array(3) }),
    want: `IP ${A} Flags [FSRP.UEW], seq 1:4, ack 7, win 1024, urg 0, length 3` },
  { name: 'no flag', pkt: seg([], 0, { ack: 7 }), want: `IP ${A} Flags [none], win 1024, length 0` },
  { name: 'RST without ACK keeps the absolute seq', pkt: seg([], p.TCP_RST, { seq: 3000000000 }), want: `IP ${A} Flags [R], seq 3000000000, win 1024, length 0` },
  { name: 'UDP length below 8', pkt: mod(dgram, (c) => { c[24] = 0; c[25] = 4; }), want: `IP ${A} truncated-udplength 4` },
  { name: 'UDP length past the datagram', pkt: mod(dgram, (c) => { c[25] += 10; }), want: `IP ${A} UDP, bad length 14 > 4` },
  { name: 'ICMP cut after 4 bytes', pkt: mod(echo, (c) => { c[3] = 24; }).slice(0, 24), want: 'IP 10.0.0.1 > 10.0.0.2:  [|icmp]' },
  { name: 'an unknown ICMP type', pkt: mod(echo, (c) => { c[20] = 42; }), want: 'IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 16' },
  { name: 'ICMPv6 neighbor solicitation',
    pkt: p.ipPacket('fd00::1', 'ff02::1:ff00:2', 58, Uint8Array.of(135, 0, 0, 0, 0, 0, 0, 0, 0xfd, ...new Array(14).fill(0), 2)),
    want: 'IP6 fd00::1 > ff02::1:ff00:2: ICMP6, neighbor solicitation, who has fd00::2, length 24' },
  { name: 'an unknown ICMPv6 type: length and a hex dump', pkt: p.ipPacket('fd00::1', 'fd00::2', 58, Uint8Array.of(250, 0, 0, 0, 1, 2, 3, 4, 5)),
    want: 'IP6 fd00::1 > fd00::2: ICMP6, unknown icmp6 type (250), length 9\n\t0x0000:  fa00 0000 0102 0304 05' },
  { name: 'HTTP request line without its end', pkt: seg([], 0x18, { dstPort: 80, ack: 1, payload: p.ascii('GET / HTTP/1.1') }),
    want: 'IP 10.0.0.1.40000 > 10.0.0.2.80: Flags [P.], seq 1:15, ack 1, win 1024, length 14: HTTP: GET / HTTP/1.1 [|http]' },
  { name: 'HTTP port, binary payload', pkt: seg([], 0x18, { srcPort: 80, dstPort: 40000, ack: 1, payload: Uint8Array.of(1, 2, 3) }),
    want: 'IP 10.0.0.1.80 > 10.0.0.2.40000: Flags [P.], seq 1:4, ack 1, win 1024, length 3: HTTP' },
  { name: 'IPv4-compatible and IPv4-mapped addresses (addrtostr6)',
    pkt: mod(p.icmpEcho('::10.0.0.1', 'fd00::2', 'echoRequest', 1, 1, new Uint8Array(8)), (c) => c.set([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 10, 0, 0, 2], 24)),
    want: 'IP6 ::10.0.0.1 > ::ffff:10.0.0.2: ICMP6, echo request, id 1, seq 1, length 16' },
];

for (const c of CASES) t(`malformed and rare: ${c.name}`, () => assert.is(new PacketPrinter().format(c.pkt), c.want));

const TIMES: readonly { name: string; ns: bigint | number; want: string }[] = [
  { name: 'epoch', ns: 0n, want: '00:00:00.000000' },
  { name: 'microseconds truncate', ns: 12_345_678_999n, want: '00:00:12.345678' },
  { name: 'time of day in UTC', ns: 1_700_000_000_123_456_789n, want: '22:13:20.123456' },
  { name: 'a number', ns: 3_723_000_001_000, want: '01:02:03.000001' },
  { name: 'one microsecond before midnight', ns: 86_399_999_999_000n, want: '23:59:59.999999' },
];
for (const c of TIMES) t(`tcpdumpTime: ${c.name}`, () => assert.is(tcpdumpTime(c.ns), c.want));

t('format never throws on arbitrary bytes, and keeps TCP state across them', () => {
  const printer = new PacketPrinter();
  const versioned = fc.tuple(fc.constantFrom(0x45, 0x46, 0x60, 0x4f, 0x00), fc.uint8Array({ maxLength: 120 }))
    .map(([first, rest]) => Uint8Array.of(first, ...rest));
  fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 120 }), versioned), (b) => {
    assert.type(printer.format(b), 'string');
  }), { seed: 20261122, numRuns: 3000 });
});

t.run();
