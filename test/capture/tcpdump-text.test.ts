// tcpdumpBanner and tcpdumpStats against the lines Debian 12's tcpdump 4.99.3 printed
// (real-output/tcpdump-*.txt; the -w form as `tcpdump -i lo -w FILE` printed it).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { tcpdumpBanner, tcpdumpStats } from '../../dataplane/capture/tcpdump-text.js';

const t = suite('capture/tcpdump-text');
const real = readFileSync('/work/shared/spec/real-output/tcpdump-tcp.txt', 'utf8').split('\n');

t('banner: the two stderr lines of a capture printed to stdout', () => {
  assert.is(tcpdumpBanner('lo', 'EN10MB'), `${real[0]}\n${real[1]}\n`);
});

const BANNERS: readonly { name: string; got: string; want: string }[] = [
  { name: 'with -w only the listening line, prefixed', got: tcpdumpBanner('eth0', 'EN10MB', true),
    want: 'tcpdump: listening on eth0, link-type EN10MB (Ethernet), snapshot length 262144 bytes\n' },
  { name: 'a raw IP interface', got: tcpdumpBanner('tun0', 'RAW'),
    want: 'tcpdump: verbose output suppressed, use -v[v]... for full protocol decode\nlistening on tun0, link-type RAW (Raw IP), snapshot length 262144 bytes\n' },
  { name: '-i any and -s', got: tcpdumpBanner('any', 'LINUX_SLL2', true, 96),
    want: 'tcpdump: listening on any, link-type LINUX_SLL2 (Linux cooked v2), snapshot length 96 bytes\n' },
];
for (const b of BANNERS) t(`banner: ${b.name}`, () => assert.is(b.got, b.want));

t('stats: the three lines at the end of real-output/tcpdump-tcp.txt', () => {
  assert.is(tcpdumpStats(10, 24, 0), `${real.slice(-4, -1).join('\n')}\n`);
});

const STATS: readonly { name: string; got: string; want: string }[] = [
  { name: 'one packet is singular', got: tcpdumpStats(1, 1, 1), want: '1 packet captured\n1 packet received by filter\n1 packet dropped by kernel\n' },
  { name: 'zero is plural', got: tcpdumpStats(0, 0, 0), want: '0 packets captured\n0 packets received by filter\n0 packets dropped by kernel\n' },
  { name: 'interface drops get a fourth line', got: tcpdumpStats(2, 3, 0, 1),
    want: '2 packets captured\n3 packets received by filter\n0 packets dropped by kernel\n1 packet dropped by interface\n' },
];
for (const s of STATS) t(`stats: ${s.name}`, () => assert.is(s.got, s.want));

t.run();
