import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  ClusterIpAllocator, IpAllocatedError, IpNotInRangeError, clusterIpBandSize,
} from '../../daemon/ipam/cluster-ip.js';
import { DomainError, RangeFullError } from '../../daemon/domain/errors.js';
import { Rng } from '../../daemon/sim/rng.js';
import { addrAdd, formatIp, parseCidr } from '../../dataplane/wire/ip.js';

const t = suite('ipam/cluster-ip');

function drain(a: ClusterIpAllocator): string[] {
  const out: string[] = [];
  for (;;) {
    try { out.push(a.allocateNext()); } catch (e) {
      if (e instanceof RangeFullError) return out;
      throw e;
    }
  }
}

function throws(f: () => unknown, cls: Function, message: string, code: string): void {
  try { f(); assert.unreachable('expected a throw'); } catch (e) {
    assert.instance(e, cls);
    assert.is((e as Error).message, message);
    assert.is((e as DomainError).code, code);
  }
}

// TestAllocateTiny / TestAllocateSmall / TestAllocate (ipallocator/bitmap_test.go): usable
// count, band size, the lowest and highest usable address, and addresses no allocation may take.
const ranges = [
  { name: 'v4 /32', cidr: '192.168.1.0/32', free: 0, band: 0, first: undefined, last: undefined,
    outOfRange: [
      '192.168.1.0', // the one address is the network address
    ] },
  { name: 'v4 /31', cidr: '192.168.1.0/31', free: 0, band: 0, first: undefined, last: undefined,
    outOfRange: [
      '192.168.1.0', // network
      '192.168.1.1', // broadcast
    ] },
  { name: 'v4 /30', cidr: '192.168.1.0/30', free: 2, band: 0, first: '192.168.1.1', last: '192.168.1.2',
    outOfRange: [
      '192.168.1.0', // network
      '192.168.1.3', // broadcast
      '192.168.1.4', // next /30
    ] },
  { name: 'v4 /29', cidr: '192.168.1.8/29', free: 6, band: 0, first: '192.168.1.9', last: '192.168.1.14',
    outOfRange: [
      '192.168.1.8',  // network
      '192.168.1.15', // broadcast
      '192.168.1.7',  // previous subnet
    ] },
  { name: 'v4 /28 (16 addresses: no band)', cidr: '10.0.0.0/28', free: 14, band: 0, first: '10.0.0.1', last: '10.0.0.14',
    outOfRange: [
      '10.0.0.0',  // network
      '10.0.0.15', // broadcast
    ] },
  { name: 'v4 /27 (band of 16)', cidr: '10.0.0.32/27', free: 30, band: 16, first: '10.0.0.33', last: '10.0.0.62',
    outOfRange: [
      '10.0.0.32', // network
      '10.0.0.63', // broadcast
      '10.0.0.64', // next /27
    ] },
  { name: 'v4 /24', cidr: '192.168.1.0/24', free: 254, band: 16, first: '192.168.1.1', last: '192.168.1.254',
    outOfRange: [
      '192.168.0.1',   // not in 192.168.1.0/24
      '192.168.1.0',   // reserved (network address)
      '192.168.1.255', // reserved (broadcast address)
      '192.168.2.2',   // not in 192.168.1.0/24
      'fd00::1',       // another family
    ] },
  { name: 'v4 /16 (band capped at 256)', cidr: '10.96.0.0/16', free: 65534, band: 256, first: '10.96.0.1', last: '10.96.255.254',
    outOfRange: [
      '10.96.0.0',     // network
      '10.96.255.255', // broadcast
      '10.97.0.1',     // next /16
    ] },
  { name: 'v6 /128', cidr: 'fd00::5/128', free: 0, band: 0, first: undefined, last: undefined,
    outOfRange: [
      'fd00::5', // the one address is the network address
    ] },
  { name: 'v6 /127 (all-ones address usable)', cidr: 'fd00::/127', free: 1, band: 0, first: 'fd00::1', last: 'fd00::1',
    outOfRange: [
      'fd00::', // network
      'fd00::2', // past the range
    ] },
  { name: 'v6 /124', cidr: 'fd00::10/124', free: 15, band: 0, first: 'fd00::11', last: 'fd00::1f',
    outOfRange: [
      'fd00::10', // network
      'fd00::20', // next /124
    ] },
  { name: 'v6 /112', cidr: 'fd00:10:96::/112', free: 65535, band: 256, first: 'fd00:10:96::1', last: 'fd00:10:96::ffff',
    outOfRange: [
      'fd00:10:96::',    // network
      'fd00:10:96::1:0', // next /112
      '10.96.0.1',       // another family
    ] },
  { name: 'v6 /64 (capped at 65535 slots)', cidr: '2001:db8:1::/64', free: 65535, band: 256, first: '2001:db8:1::1', last: '2001:db8:1::ffff',
    outOfRange: [
      '2001:db8::1',     // not in 2001:db8:1::/64
      '2001:db8:1::',    // reserved (network address)
      '2001:db8:1::1:0', // not in the low 16 bits of 2001:db8:1::/64
      '2001:db8:2::2',   // not in 2001:db8:1::/64
    ] },
];

for (const c of ranges) {
  t(`${c.name}: fills exactly the usable addresses, then range is full`, () => {
    const a = new ClusterIpAllocator(c.cidr, new Rng(7));
    assert.is(a.free, c.free);
    assert.is(a.band, c.band);
    const got = drain(a);
    assert.is(got.length, c.free);
    assert.is(new Set(got).size, got.length);
    const sorted = a.allocated();
    assert.is(sorted[0], c.first);
    assert.is(sorted[sorted.length - 1], c.last);
    assert.is(a.used, c.free);
    assert.is(a.free, 0);
    throws(() => a.allocateNext(), RangeFullError, 'range is full', 'RANGE_FULL');
    if (c.first !== undefined) {
      a.release(c.first);
      assert.is(a.allocateNext(), c.first);
    }
  });

  t(`${c.name}: out-of-range addresses are refused and their release is a no-op`, () => {
    const a = new ClusterIpAllocator(c.cidr, new Rng(7));
    const cidr = a.cidr;
    for (const ip of c.outOfRange) {
      throws(() => a.allocate(ip), IpNotInRangeError,
        `the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${cidr}`, 'IP_NOT_IN_RANGE');
      assert.not.ok(a.has(ip));
      a.release(ip);
    }
    assert.is(a.used, 0);
  });
}

t('band sizes follow min(max(16, size/16), 256), 0 for 16 addresses or fewer', () => {
  const cases = [
    { cidr: '10.96.0.0/12', band: 256 }, { cidr: '10.0.0.0/24', band: 16 }, { cidr: '10.0.0.0/20', band: 256 },
    { cidr: '10.0.0.0/21', band: 128 }, { cidr: '10.0.0.0/23', band: 32 }, { cidr: '10.0.0.0/28', band: 0 },
    { cidr: 'fd00::/112', band: 256 }, { cidr: 'fd00::/64', band: 256 }, { cidr: 'fd00::/120', band: 16 },
  ];
  for (const c of cases) assert.is(clusterIpBandSize(parseCidr(c.cidr)!), c.band, c.cidr);
});

t('static allocation: exact errors; the CIDR prints masked and the IP canonical', () => {
  const a = new ClusterIpAllocator('10.96.0.5/16', new Rng(1));
  assert.is(a.cidr, '10.96.0.0/16');
  a.allocate('10.96.0.10');
  assert.ok(a.has('10.96.0.10'));
  throws(() => a.allocate('10.96.0.10'), IpAllocatedError, 'provided IP is already allocated', 'IP_ALLOCATED');
  throws(() => a.allocate('1.1.1.1'), IpNotInRangeError,
    'the provided IP (1.1.1.1) is not in the valid range. The range of valid IPs is 10.96.0.0/16', 'IP_NOT_IN_RANGE');
  const b = new ClusterIpAllocator('fd00:10:96::/112', new Rng(1));
  throws(() => b.allocate('FD00:10:97:0::1'), IpNotInRangeError,
    'the provided IP (fd00:10:97::1) is not in the valid range. The range of valid IPs is fd00:10:96::/112', 'IP_NOT_IN_RANGE');
  b.allocate('fd00:10:96:0:0:0:0:a');                               // any text form of ::a
  assert.ok(b.has('fd00:10:96::a'));
  throws(() => b.allocate('fd00:10:96::a'), IpAllocatedError, 'provided IP is already allocated', 'IP_ALLOCATED');
});

t('release of a free, foreign or malformed address is a silent no-op', () => {
  const a = new ClusterIpAllocator('10.96.0.0/24', new Rng(1));
  a.allocate('10.96.0.1');
  for (const ip of ['10.96.0.2', '10.97.0.1', '10.96.0.255', 'bogus', '']) a.release(ip);
  assert.is(a.used, 1);
  a.release('10.96.0.1');
  a.release('10.96.0.1');
  assert.is(a.used, 0);
});

t('dynamic allocation stays out of the static band while the upper band has room', () => {
  for (const seed of [1, 2, 3, 99]) {
    const a = new ClusterIpAllocator('10.0.0.0/24', new Rng(seed));   // band .1-.16, upper .17-.254
    const upper = 254 - 16;
    for (let i = 0; i < upper; i++) {
      const last = Number(a.allocateNext().split('.')[3]);
      assert.ok(last >= 17 && last <= 254, `seed ${seed}: dynamic .${last} in the static band`);
    }
    const lower = drain(a).map((ip) => Number(ip.split('.')[3])).sort((x, y) => x - y);
    assert.equal(lower, Array.from({ length: 16 }, (_, i) => i + 1));
  }
});

t('a static request in the band succeeds; dynamic fill then skips it', () => {
  const a = new ClusterIpAllocator('10.0.0.0/27', new Rng(5));      // band .1-.16, upper .17-.30
  a.allocate('10.0.0.10');
  a.allocate('10.0.0.20');
  const got = drain(a);
  assert.is(got.length, 28);
  assert.not.ok(got.includes('10.0.0.10'));
  assert.not.ok(got.includes('10.0.0.20'));
  const m = a.metrics();
  assert.equal(m.allocationTotal, { static: 2, dynamic: 28 });
  assert.equal(m.bands, { static: { used: 16, size: 16 }, dynamic: { used: 14, size: 14 } });
  assert.is(m.available, 0);
});

t('the start is uniformly random in the upper band (seeded, repeatable)', () => {
  const firsts = new Set<string>();
  for (let seed = 0; seed < 2000; seed++) firsts.add(new ClusterIpAllocator('10.0.0.0/24', new Rng(seed)).allocateNext());
  const lasts = [...firsts].map((ip) => Number(ip.split('.')[3]));
  assert.ok(Math.min(...lasts) >= 17);
  assert.ok(firsts.size > 230, `only ${firsts.size} distinct first picks of 238`);
  const seq = (seed: number) => { const a = new ClusterIpAllocator('fd00::/112', new Rng(seed)); return [1, 2, 3, 4].map(() => a.allocateNext()); };
  assert.equal(seq(42), seq(42));
  assert.not.equal(seq(42), seq(43));
});

t('exhausting a /28 (14 usable, no band), then release and reuse', () => {
  const a = new ClusterIpAllocator('10.1.0.0/28', new Rng(3));
  const got = drain(a).sort();
  assert.equal(got, Array.from({ length: 14 }, (_, i) => `10.1.0.${i + 1}`).sort());
  throws(() => a.allocateNext(), RangeFullError, 'range is full', 'RANGE_FULL');
  a.release('10.1.0.7');
  a.release('10.1.0.9');
  assert.equal([a.allocateNext(), a.allocateNext()].sort(), ['10.1.0.7', '10.1.0.9']);
  throws(() => a.allocateNext(), RangeFullError, 'range is full', 'RANGE_FULL');
  assert.equal(a.metrics().allocationErrorsTotal, { static: 0, dynamic: 3 });   // drain's last call, then two
});

t('addressAt and offsetOf agree with the generic address arithmetic at every prefix', () => {
  const cidrs = ['10.0.0.0/8', '10.96.0.0/12', '10.96.0.0/16', '10.96.16.0/20', '192.168.1.0/24', '192.168.1.4/30',
    '2001:db8:1::/64', 'fd00:10:96::/112', 'fd00::100/120', 'fd00::a8/125', '::ffff:0:0/112'];
  const rng = new Rng(17);
  for (const cidr of cidrs) {
    const a = new ClusterIpAllocator(cidr, rng), base = addrAdd(parseCidr(cidr)!.network, 1);
    for (const off of [0, 1, a.size - 1, rng.intn(a.size), rng.intn(a.size)]) {
      const want = formatIp(addrAdd(base, off));
      assert.is(a.addressAt(off), want, `${cidr} slot ${off}`);
      if (!want.includes('.') || !cidr.includes(':')) assert.is(a.offsetOf(want), off, `${cidr} ${want}`);
    }
  }
});

t('a malformed CIDR is INVALID_SPEC', () => {
  throws(() => new ClusterIpAllocator('10.96.0.0', new Rng(1)), DomainError, 'invalid CIDR address: 10.96.0.0', 'INVALID_SPEC');
});

t.run();
