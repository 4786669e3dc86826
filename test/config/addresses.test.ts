import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseAddressPool, parseCidrStrict, parseIpStrict, formatIp, overlapSize } from '../../daemon/config/addresses.js';
import { formatPortRange, parsePortRange } from '../../daemon/config/port-range.js';

const t = suite('config addresses and port ranges');

const ips: { name: string; in: string; want: string | undefined }[] = [
  { name: 'dotted quad', in: '10.96.0.10', want: '10.96.0.10' },
  { name: 'IPv6 canonicalised (RFC 5952)', in: 'FD00:0:0:0:0:0:0:A', want: 'fd00::a' },
  { name: 'IPv6 with embedded IPv4', in: '::ffff:10.0.0.1', want: '::ffff:a00:1' },
  { name: 'leading zero octet', in: '10.096.0.1', want: undefined },         // Go rejects since 1.17
  { name: 'short IPv4', in: '10.1', want: undefined },                       // ipaddr.js would accept
  { name: 'hex IPv4', in: '0x0a.0.0.1', want: undefined },
  { name: 'zoned IPv6', in: 'fe80::1%eth0', want: undefined },
  { name: 'embedded IPv4 with leading zero', in: '::ffff:010.0.0.1', want: undefined },
  { name: 'empty', in: '', want: undefined },
];
for (const c of ips) {
  t(`ip: ${c.name}`, () => {
    const ip = parseIpStrict(c.in);
    assert.is(ip && formatIp(ip.family, ip.value), c.want);
  });
}

const cidrs: { name: string; in: string; want: string | undefined }[] = [
  { name: 'IPv4 /16', in: '10.244.0.0/16', want: '10.244.0.0/16' },
  { name: 'host bits cleared, as Go ParseCIDR', in: '10.244.3.4/16', want: '10.244.0.0/16' },
  { name: 'IPv4 /32', in: '10.0.0.1/32', want: '10.0.0.1/32' },
  { name: 'IPv4 /0', in: '1.2.3.4/0', want: '0.0.0.0/0' },
  { name: 'IPv6 /112', in: 'fd00:10:96::1/112', want: 'fd00:10:96::/112' },
  { name: 'IPv6 /128', in: '::1/128', want: '::1/128' },
  { name: 'prefix too long', in: '10.0.0.0/33', want: undefined },
  { name: 'IPv6 prefix too long', in: 'fd00::/129', want: undefined },
  { name: 'prefix with a leading zero', in: '10.0.0.0/08', want: undefined },
  { name: 'no prefix', in: '10.0.0.0', want: undefined },
  { name: 'empty prefix', in: '10.0.0.0/', want: undefined },
];
for (const c of cidrs) t(`cidr: ${c.name}`, () => assert.is(parseCidrStrict(c.in)?.text, c.want));

t('pools: CIDR and range forms', () => {
  const a = parseAddressPool('172.18.255.200-172.18.255.250');
  assert.ok(a.ok && a.range.text === '172.18.255.200-172.18.255.250' && a.range.last - a.range.first === 50n);
  const b = parseAddressPool('fc00:f853:ccd:e793:ffff::/112');
  assert.ok(b.ok && b.range.last - b.range.first === 65535n);
  assert.equal(parseAddressPool('10.0.0.9-10.0.0.1'), { ok: false, problem: 'reversed' });
  assert.equal(parseAddressPool('10.0.0.1-fd00::1'), { ok: false, problem: 'mixed-families' });
  assert.equal(parseAddressPool('10.0.0.1'), { ok: false, problem: 'syntax' });
  assert.ok(a.ok && b.ok && overlapSize(a.range, b.range) === 0n);
});

const ranges: { name: string; in: string; want: { base: number; size: number } | string }[] = [
  { name: 'default', in: '30000-32767', want: { base: 30000, size: 2768 } },
  { name: 'plus notation', in: '30000+9', want: { base: 30000, size: 10 } },
  { name: 'single port', in: '30080', want: { base: 30080, size: 1 } },
  { name: 'whitespace trimmed', in: ' 30000-30009 ', want: { base: 30000, size: 10 } },
  { name: 'reversed', in: '2-1', want: 'end port cannot be less than start port: 2-1' },
  { name: 'too high', in: '65535-65536', want: 'the port range cannot be greater than 65535: 65535-65536' },
  { name: 'plus past 65535', in: '65000+1000', want: 'the port range cannot be greater than 65535: 65000+1000' },
  { name: 'both notations', in: '1-2+3', want: 'unable to parse port range: 1-2+3' },
  { name: 'not a number', in: 'a-b', want: 'strconv.Atoi: parsing "a": invalid syntax' },
  { name: 'negative start', in: '-1-5', want: 'strconv.Atoi: parsing "": invalid syntax' },
];
for (const c of ranges) t(`port range: ${c.name}`, () => assert.equal(parsePortRange(c.in), c.want));

t('port range prints as PortRange.String', () => {
  assert.is(formatPortRange({ base: 30000, size: 2768 }), '30000-32767');
  assert.is(formatPortRange({ base: 0, size: 0 }), '');
});

t.run();
