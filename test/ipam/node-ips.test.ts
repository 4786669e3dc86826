import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { NodeIpAllocator, NodeIpRange, nodeSubnetFullMessage } from '../../daemon/ipam/node-ips.js';
import { parseIpRange } from '../../daemon/ipam/ip-range.js';
import { DomainError, RangeFullError } from '../../daemon/domain/errors.js';

const t = suite('ipam/node-ips');

const KIND = { nodeSubnets: ['172.18.0.0/16', 'fc00:f853:ccd:e793::/64'], excluded: ['172.18.255.200-172.18.255.250', 'fc00:f853:ccd:e793:ffff::/112'] };

t('kind layout: .1 is the gateway, nodes get .2, .3, ... in both families', () => {
  const a = new NodeIpAllocator(KIND);
  assert.equal(a.allocate(), ['172.18.0.2', 'fc00:f853:ccd:e793::2']);
  assert.equal(a.allocate(), ['172.18.0.3', 'fc00:f853:ccd:e793::3']);
  assert.is(a.ranges[0].gateway, '172.18.0.1');
});

t('the lowest free address is reused after a node is deleted (libnetwork ipam)', () => {
  const a = new NodeIpAllocator(KIND);
  a.allocate(); a.allocate(); a.allocate();
  a.release(['172.18.0.3', 'fc00:f853:ccd:e793::3']);
  assert.equal(a.allocate(), ['172.18.0.3', 'fc00:f853:ccd:e793::3']);
  assert.equal(a.allocate(), ['172.18.0.5', 'fc00:f853:ccd:e793::5']);
});

t('excluded ranges (LoadBalancer pools) are skipped', () => {
  const r = new NodeIpRange('172.18.255.192/26', [parseIpRange('172.18.255.200-172.18.255.250')!]);
  const got: string[] = [];
  for (;;) { try { got.push(r.allocate()); } catch { break; } }
  assert.equal(got, ['172.18.255.194', '172.18.255.195', '172.18.255.196', '172.18.255.197', '172.18.255.198', '172.18.255.199',
    '172.18.255.251', '172.18.255.252', '172.18.255.253', '172.18.255.254']);
  assert.not.ok(r.occupy('172.18.255.210'));                      // a pool address is never a node's
  assert.not.ok(r.release('172.18.255.210'));
  assert.is(r.count, 10);
});

const edge = [
  { name: 'v4 /30: one node', subnet: '10.0.0.0/30', nodes: ['10.0.0.2'] },
  { name: 'v6 /126', subnet: 'fd00::/126', nodes: ['fd00::2', 'fd00::3'] },
];
for (const c of edge) t(`edge size ${c.name}, then the exact full error`, () => {
  const r = new NodeIpRange(c.subnet);
  assert.equal(c.nodes.map(() => r.allocate()), c.nodes);
  try { r.allocate(); assert.unreachable(); } catch (e) {
    assert.instance(e, RangeFullError);
    assert.is((e as Error).message, nodeSubnetFullMessage(c.subnet));
  }
  r.release(c.nodes[0]);
  assert.is(r.allocate(), c.nodes[0]);
});

t('too small or malformed subnets fail at construction', () => {
  for (const s of ['10.0.0.0/31', '10.0.0.0/32', 'fd00::/127']) assert.throws(() => new NodeIpRange(s), /too small to allocate from/);
  assert.throws(() => new NodeIpRange('10.0.0/24'), /invalid CIDR address/);
  try { new NodeIpAllocator({ nodeSubnets: ['10.0.0.0/24'], excluded: ['10.0.0.9-10.0.0.1'] }); assert.unreachable(); } catch (e) {
    assert.is((e as DomainError).code, 'INVALID_SPEC');
    assert.is((e as Error).message, 'invalid IP range: 10.0.0.9-10.0.0.1');
  }
});

t('occupy reports what it could not take; all-or-none allocation', () => {
  const a = new NodeIpAllocator({ nodeSubnets: ['10.0.0.0/30', 'fd00::/64'] });
  assert.equal(a.occupy(['10.0.0.2', 'fd00::9', '10.0.0.2', '192.168.1.1', '10.0.0.1']), ['10.0.0.2', '192.168.1.1', '10.0.0.1']);
  try { a.allocate(); assert.unreachable(); } catch (e) {
    assert.is((e as Error).message, nodeSubnetFullMessage('10.0.0.0/30'));
  }
  assert.is(a.ranges[1].count, 1);                                // nothing taken from the IPv6 range
});

t.run();
