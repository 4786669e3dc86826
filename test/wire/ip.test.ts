import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import {
  addrAdd, addrFromKey, addrKey, addrOffset, cidrContains, cidrLast, cidrOverlaps, cidrSize, familyOf,
  formatCidr, formatIp, formatIpv4, formatIpv6, ipv6FromWords, ipv6ToWords, parseCidr, parseIp, parseIpv4, parseIpv6,
  type Cidr,
} from '../../dataplane/wire/ip.js';

const t = suite('wire/ip');

const v4 = [
  { name: 'plain', text: '10.0.0.1', want: 0x0a000001 },
  { name: 'zero', text: '0.0.0.0', want: 0 },
  { name: 'all ones', text: '255.255.255.255', want: 0xffffffff },
  { name: 'single zero octets', text: '10.0.0.0', want: 0x0a000000 },
];
for (const c of v4) t(`parseIpv4 ${c.name}`, () => {
  assert.is(parseIpv4(c.text), c.want);
  assert.is(formatIpv4(c.want), c.text);
});

const badV4 = [
  { name: 'leading zero', text: '010.0.0.1' },           // Go 1.17+ rejects; inet_aton reads octal
  { name: 'leading zero last', text: '10.0.0.01' },
  { name: 'hex', text: '0x0a.0.0.1' },
  { name: 'short form', text: '10.1' },                  // inet_aton's a.b form
  { name: 'single number', text: '167772161' },
  { name: 'octet > 255', text: '256.0.0.1' },
  { name: 'four digits', text: '1000.0.0.1' },
  { name: 'trailing dot', text: '1.2.3.4.' },
  { name: 'empty octet', text: '1..2.3' },
  { name: 'five octets', text: '1.2.3.4.5' },
  { name: 'spaces', text: ' 1.2.3.4' },
  { name: 'sign', text: '+1.2.3.4' },
  { name: 'empty', text: '' },
];
for (const c of badV4) t(`parseIpv4 rejects ${c.name}`, () => assert.is(parseIpv4(c.text), undefined));

// RFC 5952 §4 cases and Go netip.Addr.String outputs.
const v6 = [
  { name: 'unspecified', text: '::', want: '::' },
  { name: 'loopback', text: '0:0:0:0:0:0:0:1', want: '::1' },
  { name: 'leading zeros dropped (4.1)', text: '2001:0db8:0000:0000:0000:0000:0000:0001', want: '2001:db8::1' },
  { name: 'lowercase (4.3)', text: '2001:DB8::ABCD', want: '2001:db8::abcd' },
  { name: 'one zero group not compressed (4.2.2)', text: '2001:db8:0:1:1:1:1:1', want: '2001:db8:0:1:1:1:1:1' },
  { name: 'longest run compressed (4.2.3)', text: '2001:0:0:1:0:0:0:1', want: '2001:0:0:1::1' },
  { name: 'first of equal runs (4.2.3)', text: '2001:db8:0:0:1:0:0:1', want: '2001:db8::1:0:0:1' },
  { name: 'trailing run', text: '1:2:3:4:5:6:7::', want: '1:2:3:4:5:6:7:0' },
  { name: 'run at end', text: 'fd00:10:244:1::', want: 'fd00:10:244:1::' },
  { name: 'kind pod CIDR base', text: 'fd00:10:244::', want: 'fd00:10:244::' },
  { name: 'embedded IPv4 after ::', text: '::1.2.3.4', want: '::102:304' },
  { name: 'embedded IPv4 full form', text: '1:2:3:4:5:6:1.2.3.4', want: '1:2:3:4:5:6:102:304' },
  { name: 'IPv4-mapped keeps mixed notation (5)', text: '::FFFF:192.0.2.1', want: '::ffff:192.0.2.1' },
  { name: 'full eight groups', text: 'fc00:f853:ccd:e793:ffff:ffff:ffff:ffff', want: 'fc00:f853:ccd:e793:ffff:ffff:ffff:ffff' },
];
for (const c of v6) t(`parseIpv6/formatIpv6 ${c.name}`, () => {
  const b = parseIpv6(c.text);
  assert.ok(b, c.text);
  assert.is(formatIpv6(b!), c.want);
});

const badV6 = [
  { name: 'two ellipses', text: '1::2::3' },
  { name: 'nine groups', text: '1:2:3:4:5:6:7:8:9' },
  { name: 'ellipsis standing for nothing', text: '1:2:3:4:5:6:7:8::' },
  { name: 'ellipsis inside eight groups', text: '1::2:3:4:5:6:7:8' },
  { name: 'seven groups', text: '1:2:3:4:5:6:7' },
  { name: 'five hex digits', text: '12345::' },
  { name: 'leading single colon', text: ':1::' },
  { name: 'trailing single colon', text: '1::2:' },
  { name: 'triple colon', text: '1:::2' },
  { name: 'zone', text: 'fe80::1%eth0' },                  // net.ParseIP rejects zones
  { name: 'brackets', text: '[::1]' },
  { name: 'IPv4 not at the end', text: '1.2.3.4::' },
  { name: 'IPv4 with too many groups', text: '1:2:3:4:5:6:7:1.2.3.4' },
  { name: 'IPv4 with leading zero', text: '::ffff:01.2.3.4' },
  { name: 'non-hex', text: '::g' },
  { name: 'bare IPv4', text: '1.2.3.4' },
  { name: 'empty', text: '' },
  { name: 'single colon', text: ':' },
];
for (const c of badV6) t(`parseIpv6 rejects ${c.name}`, () => assert.is(parseIpv6(c.text), undefined));

t('parseIp and familyOf follow Go To4: IPv4-mapped is IPv4', () => {
  assert.is(parseIp('::ffff:10.0.0.1'), 0x0a000001);
  assert.is(familyOf('::ffff:10.0.0.1'), 'IPv4');
  assert.is(familyOf('10.244.1.2'), 'IPv4');
  assert.is(familyOf('fd00:10:244:1::2'), 'IPv6');
  assert.is(familyOf('10.244.1'), undefined);
  assert.is(familyOf('fd00::1%lo'), undefined);
});

const cidrs = [
  { name: 'v4 network', text: '10.244.0.0/16', want: '10.244.0.0/16', size: 65536 },
  { name: 'v4 host bits masked (Go ParseCIDR)', text: '10.244.3.7/16', want: '10.244.0.0/16', size: 65536 },
  { name: 'v4 /32', text: '10.0.0.1/32', want: '10.0.0.1/32', size: 1 },
  { name: 'v4 /0', text: '1.2.3.4/0', want: '0.0.0.0/0', size: 2 ** 32 },
  { name: 'v6 /56', text: 'fd00:10:244::/56', want: 'fd00:10:244::/56', size: 2 ** 72 },
  { name: 'v6 host bits masked', text: 'fd00:10:244:1::5/64', want: 'fd00:10:244:1::/64', size: 2 ** 64 },
  { name: 'v6 /112', text: 'fd00:10:96::/112', want: 'fd00:10:96::/112', size: 65536 },
  { name: 'v6 odd prefix', text: 'fd00:10:96::ffff/121', want: 'fd00:10:96::ff80/121', size: 128 },
  { name: 'v6 /128', text: '::1/128', want: '::1/128', size: 1 },
];
for (const c of cidrs) t(`parseCidr ${c.name}`, () => {
  const p = parseCidr(c.text);
  assert.ok(p, c.text);
  assert.is(formatCidr(p!), c.want);
  assert.is(cidrSize(p!), c.size);
});

const badCidrs = ['10.0.0.0', '10.0.0.0/33', '10.0.0.0/024', '10.0.0.0/', '10.0.0.0/+8', 'fd00::/129', '010.0.0.0/8', 'fd00::%1/64', '/8'];
for (const text of badCidrs) t(`parseCidr rejects ${text}`, () => assert.is(parseCidr(text), undefined));

t('contains, overlaps and last address', () => {
  const c = parseCidr('10.244.1.0/24')!;
  assert.ok(cidrContains(c, parseIp('10.244.1.255')!));
  assert.not.ok(cidrContains(c, parseIp('10.244.2.0')!));
  assert.not.ok(cidrContains(c, parseIp('fd00::1')!));
  assert.is(formatIp(cidrLast(c)), '10.244.1.255');
  const v = parseCidr('fd00:10:244:1::/64')!;
  assert.ok(cidrContains(v, parseIp('fd00:10:244:1:ffff:ffff:ffff:ffff')!));
  assert.not.ok(cidrContains(v, parseIp('fd00:10:244:2::')!));
  assert.is(formatIp(cidrLast(v)), 'fd00:10:244:1:ffff:ffff:ffff:ffff');
  assert.ok(cidrOverlaps(parseCidr('10.96.0.0/12')!, parseCidr('10.100.0.0/16')!));
  assert.ok(cidrOverlaps(parseCidr('10.100.0.0/16')!, parseCidr('10.96.0.0/12')!));
  assert.not.ok(cidrOverlaps(parseCidr('10.96.0.0/16')!, parseCidr('10.97.0.0/16')!));
  assert.not.ok(cidrOverlaps(parseCidr('0.0.0.0/0')!, parseCidr('::/0')!));
});

const arithmetic = [
  { name: 'v4 +1', base: '10.96.0.0', off: 10, want: '10.96.0.10' },
  { name: 'v4 carry', base: '10.96.0.255', off: 1, want: '10.96.1.0' },
  { name: 'v4 -1', base: '10.244.2.0', off: -1, want: '10.244.1.255' },
  { name: 'v4 wraps', base: '255.255.255.255', off: 1, want: '0.0.0.0' },
  { name: 'v6 +10', base: 'fd00:10:96::', off: 10, want: 'fd00:10:96::a' },
  { name: 'v6 carry across words', base: '::ffff:ffff:ffff', off: 1, want: '::1:0:0:0' },  // v6 text, not To4
  { name: 'v6 big offset', base: 'fd00::', off: 2 ** 52 + 5, want: 'fd00::10:0:0:5' },
  { name: 'v6 borrow', base: '1::', off: -1, want: '0:ffff:ffff:ffff:ffff:ffff:ffff:ffff' },
];
for (const c of arithmetic) t(`addrAdd ${c.name}`, () => {
  const base = (c.base.includes(':') ? parseIpv6(c.base) : parseIpv4(c.base))!, got = addrAdd(base, c.off);
  assert.is(formatIp(got), c.want);
  if (c.off >= 0 && !c.name.includes('wraps')) assert.is(addrOffset(base, got), c.off);
});

t('addrOffset refuses negative, huge and mixed-family differences', () => {
  assert.is(addrOffset(parseIp('10.0.0.5')!, parseIp('10.0.0.4')!), -1);
  assert.is(addrOffset(parseIp('fd00::')!, parseIp('fd00:0:0:1::')!), -1);       // 2^64 >= 2^53
  assert.is(addrOffset(parseIp('fd00::')!, parseIp('10.0.0.1')!), -1);
  assert.is(addrOffset(parseIp('fd00::')!, parseIp('fd00::1f:ffff:ffff:ffff')!), 2 ** 53 - 1);
});

t('words and addrKey', () => {
  const b = parseIpv6('2001:db8::ff00:42:8329')!;
  const w = ipv6ToWords(b);
  assert.equal([...w], [0x20010db8, 0, 0xff00, 0x428329]);
  assert.equal(ipv6FromWords(w[0], w[1], w[2], w[3]), b);
  assert.is(addrKey(b), addrKey(parseIpv6('2001:0DB8:0:0:0:FF00:42:8329')!));
  assert.is.not(addrKey(b), addrKey(parseIpv6('2001:db8::ff00:42:832a')!));
  assert.equal(addrFromKey(addrKey(b)), b);
});

const arbV6 = fc.uint8Array({ minLength: 16, maxLength: 16 });
// Zero-heavy groups so the `::` compression paths are exercised.
const arbGroupy = fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 0xffff })), { minLength: 8, maxLength: 8 })
  .map((g) => Uint8Array.from(g.flatMap((x) => [x >> 8, x & 255])));

t('property: parseIpv6(formatIpv6(b)) round-trips and the text is canonical', () => {
  fc.assert(fc.property(fc.oneof(arbV6, arbGroupy), (b) => {
    const text = formatIpv6(b);
    const back = parseIpv6(text);
    assert.equal(back, b);
    assert.is(formatIpv6(back!), text);
    assert.ok(!/[A-F]/.test(text) && !/(^|:)0[0-9a-f]/.test(text), text);
  }), { seed: 5952, numRuns: 2000 });
});

t('property: IPv4 and CIDR text round-trips', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 32 }), (a, p) => {
    assert.is(parseIpv4(formatIpv4(a)), a);
    const c = parseCidr(`${formatIpv4(a)}/${p}`) as Cidr;
    assert.is(formatCidr(parseCidr(formatCidr(c))!), formatCidr(c));
    assert.ok(cidrContains(c, a));
  }), { seed: 4291, numRuns: 2000 });
});

t('property: parsers never throw on arbitrary text', () => {
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF:.%/-x '.split('')), maxLength: 48 }), (s) => {
    parseIpv4(s); parseIpv6(s); parseIp(s); parseCidr(s); familyOf(s);
  }), { seed: 7, numRuns: 5000 });
});

t.run();
