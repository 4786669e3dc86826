import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatCidr, parseCidr } from '../../dataplane/wire/ip.js';
import { CidrSet, ERR_NO_CIDRS_REMAINING, ERR_SUBNET_TOO_BIG } from '../../daemon/ipam/cidr-set.js';
import { DomainError, RangeFullError } from '../../daemon/domain/errors.js';

const t = suite('ipam/cidr-set');
const cidr = (s: string) => parseCidr(s)!;
const set = (cluster: string, mask: number) => new CidrSet(cidr(cluster), mask);
const next = (s: CidrSet) => formatCidr(s.allocateNext());

// cidr_set_test.go TestCIDRSetFullyAllocated and friends: every size hands out its CIDRs in
// index order, then fails with the exact error, then reuses a released one.
const sizes = [
  { name: 'v4 /30 cluster, /30 nodes: one CIDR', cluster: '127.123.234.0/30', mask: 30, want: ['127.123.234.0/30'] },
  { name: 'v4 /24 cluster, /26 nodes', cluster: '10.244.0.0/24', mask: 26, want: ['10.244.0.0/26', '10.244.0.64/26', '10.244.0.128/26', '10.244.0.192/26'] },
  { name: 'v4 /31 nodes', cluster: '10.0.0.0/30', mask: 31, want: ['10.0.0.0/31', '10.0.0.2/31'] },
  { name: 'v4 /32 nodes', cluster: '10.0.0.0/31', mask: 32, want: ['10.0.0.0/32', '10.0.0.1/32'] },
  { name: 'v6 /62 cluster, /64 nodes', cluster: 'fd00:10:244::/62', mask: 64, want: ['fd00:10:244::/64', 'fd00:10:244:1::/64', 'fd00:10:244:2::/64', 'fd00:10:244:3::/64'] },
  { name: 'v6 /111 cluster, /112 nodes', cluster: 'fd00:10:96::/111', mask: 112, want: ['fd00:10:96::/112', 'fd00:10:96::1:0/112'] },
];
for (const c of sizes) t(`allocates in order until full: ${c.name}`, () => {
  const s = set(c.cluster, c.mask);
  assert.equal(c.want.map(() => next(s)), c.want);
  assert.is(s.allocated, c.want.length);
  try { s.allocateNext(); assert.unreachable(); } catch (e) {
    assert.instance(e, RangeFullError);
    assert.is((e as Error).message, ERR_NO_CIDRS_REMAINING);
    assert.is((e as RangeFullError).code, 'RANGE_FULL');
  }
  s.release(cidr(c.want[0]));
  assert.is(next(s), c.want[0]);
});

t('the default kind layout: 10.244.0.0/16 by /24 and fd00:10:244::/56 by /64', () => {
  const v4 = set('10.244.0.0/16', 24), v6 = set('fd00:10:244::/56', 64);
  assert.equal([next(v4), next(v4), next(v4)], ['10.244.0.0/24', '10.244.1.0/24', '10.244.2.0/24']);
  assert.equal([next(v6), next(v6)], ['fd00:10:244::/64', 'fd00:10:244:1::/64']);
  assert.is(v4.maxCidrs, 256);
  assert.is(v6.maxCidrs, 256);
});

t('the next-candidate cursor rolls on: a released CIDR is reused only after the wrap', () => {
  const s = set('10.0.0.0/22', 24);
  assert.equal([next(s), next(s)], ['10.0.0.0/24', '10.0.1.0/24']);
  s.release(cidr('10.0.0.0/24'));
  assert.is(next(s), '10.0.2.0/24');
  assert.is(next(s), '10.0.3.0/24');
  assert.is(next(s), '10.0.0.0/24');            // wrapped
  assert.throws(() => s.allocateNext(), /no remaining CIDRs/);
});

t('occupy skips taken CIDRs and is idempotent; release of a free CIDR is a no-op', () => {
  const s = set('10.0.0.0/16', 24);
  s.occupy(cidr('10.0.0.0/24'));
  s.occupy(cidr('10.0.0.0/24'));
  s.occupy(cidr('10.0.2.0/24'));
  assert.is(s.allocated, 2);
  assert.equal([next(s), next(s)], ['10.0.1.0/24', '10.0.3.0/24']);
  s.release(cidr('10.0.9.0/24'));
  assert.is(s.allocated, 4);
});

const spans = [
  { name: 'a wider CIDR covers several node CIDRs', occupy: '10.0.4.0/22', used: 4, first: '10.0.0.0/24', skip: ['10.0.4.0/24', '10.0.7.0/24'] },
  { name: 'a narrower CIDR takes its one node CIDR', occupy: '10.0.5.16/28', used: 1, first: '10.0.0.0/24', skip: ['10.0.5.0/24'] },
  { name: 'a CIDR holding the whole cluster takes all', occupy: '10.0.0.0/8', used: 256, first: undefined, skip: [] },
  { name: 'a Service range holding the cluster (10.0.0.0/12)', occupy: '10.0.0.0/12', used: 256, first: undefined, skip: [] },
];
for (const c of spans) t(`occupy range: ${c.name}`, () => {
  const s = set('10.0.0.0/16', 24);
  s.occupy(cidr(c.occupy));
  assert.is(s.allocated, c.used);
  for (const k of c.skip) assert.ok(s.isUsed(cidr(k)), k);
  if (c.first) assert.is(next(s), c.first);
  else assert.throws(() => s.allocateNext(), /no remaining CIDRs/);
  s.release(cidr(c.occupy));
  assert.is(s.allocated, c.first ? 1 : 0);
});

t('occupy and release outside the cluster CIDR fail with cidrset wording', () => {
  const s = set('10.244.0.0/16', 24);
  const cases = ['10.245.0.0/24', 'fd00::/64'];
  for (const text of cases) {
    try { s.occupy(cidr(text)); assert.unreachable(); } catch (e) {
      assert.instance(e, DomainError);
      assert.is((e as DomainError).code, 'IP_NOT_IN_RANGE');
      assert.is((e as Error).message, `cidr ${text} is out the range of cluster cidr 10.244.0.0/16`);
    }
  }
  assert.throws(() => s.release(cidr('10.245.0.0/24')), /out the range/);
});

const badSets = [
  { name: 'IPv6 node mask 17 bits longer', cluster: 'fd00:10:244::/47', mask: 64, want: ERR_SUBNET_TOO_BIG },
  { name: 'IPv6 /16 cluster with /64 nodes', cluster: 'beef::/16', mask: 64, want: ERR_SUBNET_TOO_BIG },
  { name: 'node mask shorter than the cluster mask', cluster: '10.244.0.0/16', mask: 15, want: /mask size of cluster CIDR must be less than or equal/ },
];
for (const c of badSets) t(`NewCIDRSet rejects ${c.name}`, () => {
  try { set(c.cluster, c.mask); assert.unreachable(); } catch (e) {
    assert.is((e as DomainError).code, 'INVALID_SPEC');
    if (typeof c.want === 'string') assert.is((e as Error).message, c.want);
    else assert.match((e as Error).message, c.want);
  }
});

t('IPv6 node mask exactly 16 bits longer is allowed (a /48 cluster with /64 nodes)', () => {
  const s = set('fd00:10::/48', 64);
  assert.is(s.maxCidrs, 65536);
  assert.is(formatCidr(s.indexToCidr(65535)), 'fd00:10:0:ffff::/64');
});

t.run();
