import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LoadBalancerPools } from '../../daemon/ipam/lb-pool.js';
import { DomainError } from '../../daemon/domain/errors.js';

const t = suite('ipam/lb-pool');
const KIND = ['172.18.255.200-172.18.255.250', 'fc00:f853:ccd:e793:ffff::/112'];

t('sequential per family, lowest free first', () => {
  const p = new LoadBalancerPools(KIND);
  assert.equal(p.families, ['IPv4', 'IPv6']);
  assert.is(p.allocate('IPv4'), '172.18.255.200');
  assert.is(p.allocate('IPv4'), '172.18.255.201');
  assert.is(p.allocate('IPv6'), 'fc00:f853:ccd:e793:ffff::');     // a CIDR pool starts at its first address
  assert.is(p.allocate('IPv6'), 'fc00:f853:ccd:e793:ffff::1');
  p.release('172.18.255.200');
  assert.is(p.allocate('IPv4'), '172.18.255.200');
});

t('an exhausted pool or a family without a pool gives undefined (<pending>)', () => {
  const p = new LoadBalancerPools(['10.0.0.1-10.0.0.3']);
  assert.equal([p.allocate('IPv4'), p.allocate('IPv4'), p.allocate('IPv4')], ['10.0.0.1', '10.0.0.2', '10.0.0.3']);
  assert.is(p.allocate('IPv4'), undefined);
  assert.is(p.allocate('IPv6'), undefined);
  assert.equal(p.usage('IPv4'), { used: 3, size: 3 });
});

t('pools of one family are used in config order', () => {
  const p = new LoadBalancerPools(['10.0.0.5-10.0.0.5', '10.0.1.0/31', 'fd00::/127']);
  assert.equal([p.allocate('IPv4'), p.allocate('IPv4'), p.allocate('IPv4'), p.allocate('IPv4')],
    ['10.0.0.5', '10.0.1.0', '10.0.1.1', undefined]);
  p.release('10.0.1.0');
  assert.is(p.allocate('IPv4'), '10.0.1.0');
});

t('occupy (rebuild, requested IPs) and release', () => {
  const p = new LoadBalancerPools(KIND);
  const cases = [
    { name: 'a free pool address', ip: '172.18.255.200', want: true },
    { name: 'the same again', ip: '172.18.255.200', want: false },
    { name: 'outside every pool', ip: '172.18.255.199', want: false },
    { name: 'IPv6 in the /112, non-canonical text', ip: 'FC00:F853:CCD:E793:FFFF:0:0:7', want: true },
    { name: 'malformed', ip: 'nope', want: false },
  ];
  for (const c of cases) assert.is(p.occupy(c.ip), c.want, c.name);
  assert.is(p.allocate('IPv4'), '172.18.255.201');
  assert.ok(p.has('fc00:f853:ccd:e793:ffff::7'));
  p.release('fc00:f853:ccd:e793:ffff::7');
  p.release('1.2.3.4');                                            // foreign: no-op
  assert.not.ok(p.has('fc00:f853:ccd:e793:ffff::7'));
  assert.ok(p.contains('fc00:f853:ccd:e793:ffff::ffff'));
  assert.not.ok(p.contains('fc00:f853:ccd:e793:fffe::1'));
});

t('a malformed pool is INVALID_SPEC', () => {
  for (const bad of ['10.0.0.9-10.0.0.1', '10.0.0.1-fd00::1', 'x']) {
    try { new LoadBalancerPools([bad]); assert.unreachable(); } catch (e) {
      assert.instance(e, DomainError);
      assert.is((e as DomainError).code, 'INVALID_SPEC');
      assert.is((e as Error).message, `invalid LoadBalancer pool: ${bad}`);
    }
  }
});

t.run();
