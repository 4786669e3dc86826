import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { addrBits, subnetAt, subnetIndexOf, withAddrBits } from '../../daemon/ipam/subnet-index.js';
import { formatCidr, formatIp, parseCidr, parseIp } from '../../dataplane/wire/ip.js';

const t = suite('ipam/subnet-index');

t('subnetAt and subnetIndexOf (cidrset indexToCIDRBlock, getIndexForIP)', () => {
  const v4c = parseCidr('10.244.0.0/16')!, v6c = parseCidr('fd00:10:244::/56')!;
  assert.is(formatCidr(subnetAt(v4c, 24, 0)), '10.244.0.0/24');
  assert.is(formatCidr(subnetAt(v4c, 24, 255)), '10.244.255.0/24');
  assert.is(formatCidr(subnetAt(parseCidr('10.0.0.0/8')!, 32, 2 ** 24 - 1)), '10.255.255.255/32');
  assert.is(formatCidr(subnetAt(v6c, 64, 1)), 'fd00:10:244:1::/64');
  assert.is(formatCidr(subnetAt(parseCidr('2001:db8:1234::/48')!, 64, 0xffff)), '2001:db8:1234:ffff::/64');
  assert.is(subnetIndexOf(v4c, 24, parseIp('10.244.7.9')!), 7);
  assert.is(subnetIndexOf(v6c, 64, parseIp('fd00:10:244:ab::1')!), 0xab);
});

t('addrBits and withAddrBits are inverse', () => {
  const a = parseIp('fd00:10:244:1::')!;
  assert.is(addrBits(a, 48, 16), 1);
  assert.is(formatIp(withAddrBits(a, 48, 16, 0xbeef)), 'fd00:10:244:beef::');
  assert.is(addrBits(0xc0a80101, 0, 32), 0xc0a80101);
  assert.is(formatIp(withAddrBits(0xc0a80101, 24, 8, 7)), '192.168.1.7');
});

t('property: subnetIndexOf(subnetAt(i)) is i, for both families', () => {
  const parents = [parseCidr('10.0.0.0/8')!, parseCidr('fd00:10::/48')!];
  fc.assert(fc.property(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 16 }), fc.nat(), (p, bits, n) => {
    const parent = parents[p], prefix = parent.prefix + bits, i = n % 2 ** bits;
    assert.is(subnetIndexOf(parent, prefix, subnetAt(parent, prefix, i).network), i);
  }), { seed: 48, numRuns: 500 });
});

t.run();
