import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CidrNotAvailableError, NodeCidrAllocator } from '../../daemon/ipam/node-cidrs.js';
import { DomainError } from '../../daemon/domain/errors.js';

const t = suite('ipam/node-cidrs');

const EXHAUSTED = 'CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range';

t('dual-stack: one CIDR per family in cluster order (IPv4 primary)', () => {
  const a = new NodeCidrAllocator({ clusterCidrs: ['10.244.0.0/16', 'fd00:10:244::/56'] });
  assert.equal(a.allocate(), ['10.244.0.0/24', 'fd00:10:244::/64']);
  assert.equal(a.allocate(), ['10.244.1.0/24', 'fd00:10:244:1::/64']);
});

t('dual-stack IPv6 primary keeps that order; mask sizes per family', () => {
  const a = new NodeCidrAllocator({ clusterCidrs: ['fd12:b5e0:383f::/112', '10.1.0.0/16'], maskSizes: { IPv4: 26, IPv6: 120 } });
  assert.equal(a.allocate(), ['fd12:b5e0:383f::/120', '10.1.0.0/26']);
  assert.equal(a.allocate(), ['fd12:b5e0:383f::100/120', '10.1.0.64/26']);
});

t('single-stack allocators hold one set', () => {
  assert.equal(new NodeCidrAllocator({ clusterCidrs: ['10.244.0.0/16'] }).allocate(), ['10.244.0.0/24']);
  assert.equal(new NodeCidrAllocator({ clusterCidrs: ['fd00:10:244::/56'] }).allocate(), ['fd00:10:244::/64']);
});

t('subnets overlapping a reserved (Service) CIDR are never handed out (filterOutServiceRange)', () => {
  const a = new NodeCidrAllocator({ clusterCidrs: ['10.0.0.0/16'], reserved: ['10.0.0.0/23', 'fd00::/112', '10.0.5.0/28'] });
  assert.equal([a.allocate(), a.allocate(), a.allocate(), a.allocate()].flat(),
    ['10.0.2.0/24', '10.0.3.0/24', '10.0.4.0/24', '10.0.6.0/24']);
});

t('exhaustion: range_allocator error text with the index and the CIDRNotAvailable event', () => {
  const a = new NodeCidrAllocator({ clusterCidrs: ['10.244.0.0/23', 'fd00:10:244::/63'] });
  a.allocate(); a.allocate();
  try { a.allocate(); assert.unreachable(); } catch (e) {
    assert.instance(e, CidrNotAvailableError);
    const err = e as CidrNotAvailableError;
    assert.is(err.message, `failed to allocate cidr from cluster cidr at idx:0: ${EXHAUSTED}`);
    assert.is(err.code, 'RANGE_FULL');
    assert.is(err.idx, 0);
    assert.equal(err.event('netsim-worker3'), { type: 'Normal', reason: 'CIDRNotAvailable', message: 'Node netsim-worker3 status is now: CIDRNotAvailable' });
  }
});

t('when the second family is exhausted the first is released (all or none)', () => {
  const a = new NodeCidrAllocator({ clusterCidrs: ['10.244.0.0/22', 'fd00:10:244::/63'] });
  a.allocate(); a.allocate();
  try { a.allocate(); assert.unreachable(); } catch (e) {
    assert.is((e as CidrNotAvailableError).idx, 1);
    assert.match((e as Error).message, /^failed to allocate cidr from cluster cidr at idx:1: /);
  }
  assert.is(a.sets[0].allocated, 2);
  a.release('n0', ['10.244.0.0/24', 'fd00:10:244::/64']);
  assert.equal(a.allocate(), ['10.244.3.0/24', 'fd00:10:244::/64']);   // the IPv4 cursor rolled past .2 once
});

t('occupy then release by index, as occupyCIDRs / ReleaseCIDR do', () => {
  const a = new NodeCidrAllocator({ clusterCidrs: ['10.244.0.0/16', 'fd00:10:244::/56'] });
  a.occupy('w1', ['10.244.0.0/24', 'fd00:10:244::/64']);
  a.occupy('w1', ['10.244.0.0/24', 'fd00:10:244::/64']);          // idempotent
  assert.equal(a.allocate(), ['10.244.1.0/24', 'fd00:10:244:1::/64']);
  a.release('w1', ['10.244.0.0/24', 'fd00:10:244::/64']);
  a.release('w1', ['10.244.0.0/24', 'fd00:10:244::/64']);          // releasing twice is fine
  assert.is(a.sets[0].allocated, 1);
});

const badOccupy = [
  { name: 'a CIDR of the wrong family for its index', cidrs: ['fd00:10:244::/64'],
    want: 'failed to mark cidr[fd00:10:244::/64] at idx [0] as occupied for node: w1: cidr fd00:10:244::/64 is out the range of cluster cidr 10.244.0.0/16' },
  { name: 'more CIDRs than cluster CIDRs', cidrs: ['10.244.0.0/24', 'fd00:10:244::/64'],
    want: 'node:w1 has an allocated cidr: fd00:10:244::/64 at index:1 that does not exist in cluster cidrs configuration' },
  { name: 'an unparsable CIDR', cidrs: ['10.244.0.0/33'], want: 'failed to parse node w1, CIDR 10.244.0.0/33' },
];
for (const c of badOccupy) t(`occupy rejects ${c.name}`, () => {
  const a = new NodeCidrAllocator({ clusterCidrs: ['10.244.0.0/16'] });
  try { a.occupy('w1', c.cidrs); assert.unreachable(); } catch (e) {
    assert.instance(e, DomainError);
    assert.is((e as Error).message, c.want);
  }
});

t('bad configuration fails at construction', () => {
  assert.throws(() => new NodeCidrAllocator({ clusterCidrs: ['10.244.0.0/166'] }), /invalid CIDR address: 10.244.0.0\/166/);
  assert.throws(() => new NodeCidrAllocator({ clusterCidrs: ['fd00::/40'] }), /the node CIDR size is too big/);
});

t.run();
