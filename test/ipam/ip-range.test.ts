import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatIpRange, hostWindow, parseIpRange, rangeOffsets } from '../../daemon/ipam/ip-range.js';
import { formatIp, parseCidr, parseIp } from '../../dataplane/wire/ip.js';

const t = suite('ipam/ip-range');

const ranges = [
  { name: 'dash range', text: '172.18.255.200-172.18.255.250', want: '172.18.255.200-172.18.255.250' },
  { name: 'spaces around the dash', text: '10.0.0.1 - 10.0.0.9', want: '10.0.0.1-10.0.0.9' },
  { name: 'single address range', text: '10.0.0.1-10.0.0.1', want: '10.0.0.1-10.0.0.1' },
  { name: 'CIDR', text: 'fc00:f853:ccd:e793:ffff::/112', want: 'fc00:f853:ccd:e793:ffff::-fc00:f853:ccd:e793:ffff::ffff' },
  { name: 'v6 dash range', text: 'fd00::10-fd00::20', want: 'fd00::10-fd00::20' },
];
for (const c of ranges) t(`parseIpRange ${c.name}`, () => assert.is(formatIpRange(parseIpRange(c.text)!), c.want));

const badRanges = ['10.0.0.9-10.0.0.1', '10.0.0.1-fd00::1', '10.0.0.1-', 'x-y', '10.0.0.0/33', '10.0.0.1'];
for (const text of badRanges) t(`parseIpRange rejects ${text}`, () => assert.is(parseIpRange(text), undefined));

t('rangeOffsets clips a range to a window', () => {
  const base = parseIp('10.0.0.1')!;
  const off = (text: string, size: number) => rangeOffsets(parseIpRange(text)!, base, size);
  assert.equal(off('10.0.0.5-10.0.0.9', 100), [4, 8]);
  assert.equal(off('9.0.0.0-10.0.0.2', 100), [0, 1]);             // starts before the window
  assert.equal(off('10.0.0.90-11.0.0.0', 100), [89, 99]);          // ends after it
  assert.is(off('10.0.0.200-10.0.0.250', 100), undefined);
  assert.is(off('9.0.0.0-9.0.0.9', 100), undefined);
  assert.is(rangeOffsets(parseIpRange('fd00::/64')!, base, 100), undefined);
  assert.equal(rangeOffsets(parseIpRange('fd00::/16')!, parseIp('fd00::1')!, 10), [0, 9]);
});

t('hostWindow: IPv4 stops before broadcast, IPv6 at the last address or the cap', () => {
  const w = (text: string, cap = 0xffff) => { const h = hostWindow(parseCidr(text)!, cap); return [formatIp(h.start), formatIp(h.end), h.size]; };
  assert.equal(w('10.244.1.0/24'), ['10.244.1.1', '10.244.1.254', 254]);
  assert.equal(w('fd00::/120'), ['fd00::1', 'fd00::ff', 255]);
  assert.equal(w('fd00::/64'), ['fd00::1', 'fd00::ffff', 65535]);
  assert.equal(w('fd00::/64', 10), ['fd00::1', 'fd00::a', 10]);
});

t.run();
