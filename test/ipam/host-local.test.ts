import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { HostLocalFullError, HostLocalRange, IPV6_RANGE_CAP, PodIpAllocator } from '../../daemon/ipam/host-local.js';
import { DomainError } from '../../daemon/domain/errors.js';

const t = suite('ipam/host-local');

function drain(r: HostLocalRange): string[] {
  const out: string[] = [];
  for (;;) {
    try { out.push(r.allocate()); } catch (e) {
      if (e instanceof HostLocalFullError) return out;
      throw e;
    }
  }
}

// Edge sizes (TestAllocateTiny / TestAllocateSmall style): range bounds as host-local's
// Range.String prints them, the first pod address, how many pods fit, and the last one.
const sizes = [
  { name: 'v4 /30: one pod', cidr: '10.244.1.0/30', range: '10.244.1.1-10.244.1.2', first: '10.244.1.2', pods: 1, last: '10.244.1.2' },
  { name: 'v4 /29', cidr: '10.244.1.8/29', range: '10.244.1.9-10.244.1.14', first: '10.244.1.10', pods: 5, last: '10.244.1.14' },
  { name: 'v4 /24 (broadcast .255 never handed out)', cidr: '10.244.1.0/24', range: '10.244.1.1-10.244.1.254', first: '10.244.1.2', pods: 253, last: '10.244.1.254' },
  { name: 'v6 /126: the all-ones address is usable', cidr: 'fd00:10:244:1::/126', range: 'fd00:10:244:1::1-fd00:10:244:1::3', first: 'fd00:10:244:1::2', pods: 2, last: 'fd00:10:244:1::3' },
  { name: 'v6 /120', cidr: 'fd00:10:244:1::/120', range: 'fd00:10:244:1::1-fd00:10:244:1::ff', first: 'fd00:10:244:1::2', pods: 254, last: 'fd00:10:244:1::ff' },
  { name: 'v6 /112 (exactly the cap)', cidr: 'fd00:10:244:1::/112', range: 'fd00:10:244:1::1-fd00:10:244:1::ffff', first: 'fd00:10:244:1::2', pods: 65534, last: 'fd00:10:244:1::ffff' },
  { name: 'v6 /64 (capped window)', cidr: 'fd00:10:244:1::/64', range: 'fd00:10:244:1::1-fd00:10:244:1::ffff', first: 'fd00:10:244:1::2', pods: IPV6_RANGE_CAP - 1, last: 'fd00:10:244:1::ffff' },
];
for (const c of sizes) t(`range ${c.name}: fills, fails with the exact error, reuses after release`, () => {
  const r = new HostLocalRange(c.cidr);
  assert.is(r.toString(), c.range);
  const got = drain(r);
  assert.is(got.length, c.pods);
  assert.is(got[0], c.first);
  assert.is(got[got.length - 1], c.last);
  assert.is(new Set(got).size, got.length);
  assert.is(r.count, c.pods);
  try { r.allocate(); assert.unreachable(); } catch (e) {
    assert.instance(e, HostLocalFullError);
    assert.is((e as Error).message, `no IP addresses available in range set: ${c.range}`);
    assert.is((e as HostLocalFullError).code, 'RANGE_FULL');
  }
  assert.ok(r.release(c.first));
  assert.is(r.allocate(), c.first);
});

const tooSmall = [
  { name: 'v4 /32', cidr: '10.244.1.5/32', want: 'Network 10.244.1.5/32 too small to allocate from' },
  { name: 'v4 /31', cidr: '10.244.1.4/31', want: 'Network 10.244.1.4/31 too small to allocate from' },
  { name: 'v6 /128', cidr: 'fd00::1/128', want: 'Network fd00::1/128 too small to allocate from' },
  { name: 'v6 /127', cidr: 'fd00::/127', want: 'Network fd00::/127 too small to allocate from' },
  { name: 'host bits set', cidr: '10.244.1.7/24', want: 'Network has host bits set. For a subnet mask of length 24 the network address is 10.244.1.0' },
  { name: 'not a CIDR', cidr: '10.244.1.0', want: 'invalid CIDR address: 10.244.1.0' },
];
for (const c of tooSmall) t(`range rejects ${c.name}`, () => {
  try { new HostLocalRange(c.cidr); assert.unreachable(); } catch (e) {
    assert.instance(e, DomainError);
    assert.is((e as DomainError).code, 'INVALID_SPEC');
    assert.is((e as Error).message, c.want);
  }
});

t('round-robin: a freed IP is not reused until the range wraps', () => {
  const r = new HostLocalRange('10.244.1.0/29');                  // pods .2 .. .6
  assert.equal([r.allocate(), r.allocate(), r.allocate()], ['10.244.1.2', '10.244.1.3', '10.244.1.4']);
  r.release('10.244.1.2');
  assert.is(r.allocate(), '10.244.1.5');
  assert.is(r.allocate(), '10.244.1.6');
  assert.is(r.allocate(), '10.244.1.2');                          // wrapped past the gateway
  assert.is(r.lastReserved, '10.244.1.2');
});

t('lastReserved: the persisted cursor resumes allocation; a foreign cursor restarts at the start', () => {
  const r = new HostLocalRange('10.244.1.0/24');
  r.lastReserved = '10.244.1.100';
  assert.is(r.allocate(), '10.244.1.101');
  r.lastReserved = '10.244.1.254';
  assert.is(r.allocate(), '10.244.1.2');                          // wraps, skipping the gateway
  r.lastReserved = '10.244.9.9';                                  // not in the range
  assert.is(r.lastReserved, undefined);
  assert.is(r.allocate(), '10.244.1.3');
  r.lastReserved = undefined;
  assert.is(r.allocate(), '10.244.1.4');
});

t('occupy rebuilds state; the gateway and foreign addresses are refused', () => {
  const r = new HostLocalRange('10.244.1.0/24');
  assert.ok(r.occupy('10.244.1.2'));
  assert.not.ok(r.occupy('10.244.1.2'));                         // already taken
  assert.not.ok(r.occupy('10.244.1.1'));                         // the gateway belongs to the bridge
  assert.ok(r.has('10.244.1.2'));
  assert.not.ok(r.has('10.244.1.1'));
  assert.is(r.allocate(), '10.244.1.3');
  const foreign = ['10.244.2.5', '10.244.1.255', '10.244.1.0', 'fd00::5'];
  for (const ip of foreign) {
    try { r.occupy(ip); assert.unreachable(); } catch (e) {
      assert.is((e as DomainError).code, 'IP_NOT_IN_RANGE');
      assert.is((e as Error).message, `${ip} not in range set 10.244.1.1-10.244.1.254`);
    }
  }
});

t('release is idempotent and ignores foreign, gateway and malformed addresses', () => {
  const r = new HostLocalRange('fd00:10:244:1::/64');
  const ip = r.allocate();
  assert.ok(r.release(ip));
  assert.not.ok(r.release(ip));
  for (const other of ['fd00:10:244:1::1', 'fd00:10:244:2::2', '10.0.0.1', 'nonsense', 'fd00:10:244:1::1:0']) {
    assert.not.ok(r.release(other), other);
  }
  assert.is(r.count, 0);
});

t('PodIpAllocator: one IP per podCIDR in node order', () => {
  const p = new PodIpAllocator(['10.244.1.0/24', 'fd00:10:244:1::/64']);
  assert.equal(p.allocate(), ['10.244.1.2', 'fd00:10:244:1::2']);
  assert.equal(p.allocate(), ['10.244.1.3', 'fd00:10:244:1::3']);
  const v6first = new PodIpAllocator(['fd00:10:244:1::/64', '10.244.1.0/24']);
  assert.equal(v6first.allocate(), ['fd00:10:244:1::2', '10.244.1.2']);
});

t('PodIpAllocator: all or none, the error names the failing range set', () => {
  const p = new PodIpAllocator(['10.244.1.0/24', 'fd00:10:244:1::/126']);
  p.allocate(); p.allocate();
  try { p.allocate(); assert.unreachable(); } catch (e) {
    assert.instance(e, HostLocalFullError);
    assert.is((e as HostLocalFullError).rangeIndex, 1);
    assert.is((e as Error).message, 'no IP addresses available in range set: fd00:10:244:1::1-fd00:10:244:1::3');
  }
  assert.is(p.ranges[0].count, 2);                                // the IPv4 address was given back
  assert.equal(p.cursors, ['10.244.1.4', 'fd00:10:244:1::3']);    // but its cursor moved, as on disk
  p.release(['10.244.1.2', 'fd00:10:244:1::2']);
  assert.equal(p.allocate(), ['10.244.1.5', 'fd00:10:244:1::2']);
});

t('PodIpAllocator: occupy, release and cursors round-trip', () => {
  const p = new PodIpAllocator(['10.244.1.0/24', 'fd00:10:244:1::/64']);
  p.occupy(['10.244.1.7', 'fd00:10:244:1::7']);
  p.cursors = ['10.244.1.7', 'fd00:10:244:1::7'];
  assert.equal(p.allocate(), ['10.244.1.8', 'fd00:10:244:1::8']);
  p.release(['10.244.1.8', 'fd00:10:244:1::8', '192.168.0.1']);
  assert.is(p.ranges[0].count, 1);
  assert.throws(() => p.occupy(['10.244.2.1']), /10.244.2.1 not in range set 10.244.1.1-10.244.1.254,fd00:10:244:1::1-fd00:10:244:1::ffff/);
});

t.run();
