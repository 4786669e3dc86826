import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ClusterIpAllocator } from '../../daemon/ipam/cluster-ip.js';
import { NodePortAllocator } from '../../daemon/ipam/node-port.js';
import { ServiceAllocations, clusterIpFailure, initNodePorts } from '../../daemon/ipam/service-allocations.js';
import { DomainError, InvalidError, RangeFullError, type ResourceRef } from '../../daemon/domain/errors.js';
import { Rng } from '../../daemon/sim/rng.js';

const t = suite('ipam/service-allocations');

function cluster(v4 = '10.96.0.0/16', ports = { base: 30000, size: 2768 }): ServiceAllocations {
  const rng = new Rng(11);
  return new ServiceAllocations(
    [new ClusterIpAllocator(v4, rng), new ClusterIpAllocator('fd00:10:96::/112', rng)],
    new NodePortAllocator(ports, rng));
}

const ref = (name: string): ResourceRef => ({ kind: 'Service', resource: 'services', name, namespace: 'default' });

function throwsWith(f: () => unknown, cls: Function, message: string, code: string): void {
  try { f(); assert.unreachable('expected a throw'); } catch (e) {
    assert.instance(e, cls);
    assert.is((e as Error).message, message);
    assert.is((e as DomainError).code, code);
  }
}

t('a dual-stack create commits both IPs and a port, owned by the Service', () => {
  const s = cluster();
  assert.equal(s.families, ['IPv4', 'IPv6']);
  const tx = s.begin('default/web');
  const v4 = tx.allocateIp('IPv4'), v6 = tx.allocateIp('IPv6', 'FD00:10:96:0::10'), port = tx.allocatePort(30080);
  assert.is(v6, 'fd00:10:96::10');                                   // canonical text
  assert.equal(tx.commit(), { ips: [], ports: [] });
  assert.is(s.ipOwner(v4), 'default/web');
  assert.is(s.ipOwner('fd00:10:96::0010'), 'default/web');
  assert.is(s.portOwner(port), 'default/web');
  assert.ok(s.clusterIps.get('IPv6')!.has(v6));
});

t('a create that fails later rolls back everything it took (R2.5)', () => {
  const s = cluster();
  s.begin('default/a').allocatePort(30080);
  const tx = s.begin('default/b');
  const ip = tx.allocateIp('IPv4', '10.96.0.10');
  tx.allocatePort(30081);
  throwsWith(() => tx.allocatePort(30080), DomainError, 'provided port is already allocated', 'IP_ALLOCATED');
  assert.equal(tx.rollback(), { ips: ['10.96.0.10'], ports: [30081] });
  assert.not.ok(s.clusterIps.get('IPv4')!.has(ip));
  assert.is(s.ipOwner(ip), undefined);
  assert.is(s.portOwner(30081), undefined);
  assert.is(s.portOwner(30080), 'default/a');
  assert.throws(() => tx.commit(), /already ended/);
});

t('an update releases the old secondary only at commit (R1.7)', () => {
  const s = cluster();
  const create = s.begin('default/web');
  const v6 = create.allocateIp('IPv6');
  create.commit();
  const update = s.begin('default/web');
  update.releaseIp(v6);
  assert.ok(s.clusterIps.get('IPv6')!.has(v6), 'still held before commit');
  throwsWith(() => s.begin('default/other').allocateIp('IPv6', v6), DomainError, 'provided IP is already allocated', 'IP_ALLOCATED');
  assert.equal(update.commit(), { ips: [v6], ports: [] });
  assert.not.ok(s.clusterIps.get('IPv6')!.has(v6));
  const again = s.begin('default/other');
  assert.is(again.allocateIp('IPv6', v6), v6);
});

t('a rolled-back update keeps what it meant to release', () => {
  const s = cluster();
  const c = s.begin('default/web');
  const port = c.allocatePort();
  c.commit();
  const u = s.begin('default/web');
  u.releasePort(port);
  u.allocatePort(30001);
  assert.equal(u.rollback(), { ips: [], ports: [30001] });
  assert.ok(s.nodePorts.has(port));
  assert.is(s.portOwner(port), 'default/web');
});

t('a release by a non-owner is a no-op', () => {
  const s = cluster();
  const c = s.begin('default/web');
  c.allocateIp('IPv4', '10.96.0.20');
  c.allocatePort(30500);
  c.commit();
  const thief = s.begin('default/thief');
  thief.releaseIp('10.96.0.20');
  thief.releasePort(30500);
  thief.releaseIp('not-an-ip');
  assert.equal(thief.commit(), { ips: [], ports: [] });
  assert.ok(s.clusterIps.get('IPv4')!.has('10.96.0.20'));
  assert.ok(s.nodePorts.has(30500));
});

t('a family without a Service CIDR is FAMILY_NOT_ENABLED', () => {
  const s = new ServiceAllocations([new ClusterIpAllocator('10.96.0.0/16', new Rng(1))], new NodePortAllocator({ base: 30000, size: 10 }, new Rng(1)));
  throwsWith(() => s.begin('default/x').allocateIp('IPv6'), DomainError, "can't allocate IP for family IPv6: no allocator", 'FAMILY_NOT_ENABLED');
});

t('rebuild reports doubly assigned, out-of-range and invalid addresses (repair.go events)', () => {
  const s = cluster();
  const cases = [
    { name: 'first owner', owner: 'default/a', ip: '10.96.0.50', want: undefined },
    { name: 'same owner again (both families listed twice)', owner: 'default/a', ip: '10.96.0.50', want: undefined },
    { name: 'a second Service', owner: 'default/b', ip: '10.96.0.50',
      want: { reason: 'ClusterIPAlreadyAllocated', message: 'Cluster IP 10.96.0.50 was assigned to multiple services; please recreate service' } },
    { name: 'outside both CIDRs', owner: 'default/c', ip: '10.0.0.1',
      want: { reason: 'ClusterIPOutOfRange', message: 'Cluster IP 10.0.0.1 is not within the service CIDR 10.96.0.0/16,fd00:10:96::/112; please recreate service' } },
    { name: 'not an IP', owner: 'default/d', ip: '10.96.0.999',
      want: { reason: 'ClusterIPNotValid', message: 'Cluster IP 10.96.0.999 is not a valid IP; please recreate service' } },
  ];
  for (const c of cases) assert.equal(s.occupyIp(c.owner, c.ip), c.want, c.name);
  assert.is(s.ipOwner('10.96.0.50'), 'default/a');
  const ports = [
    { name: 'first owner', owner: 'default/a', port: 30053, want: undefined },
    { name: 'shared by 53/TCP and 53/UDP of one Service', owner: 'default/a', port: 30053, want: undefined },
    { name: 'a second Service', owner: 'default/b', port: 30053,
      want: { reason: 'PortAlreadyAllocated', message: 'Port 30053 was assigned to multiple services; please recreate service' } },
    { name: 'outside the range', owner: 'default/c', port: 8080,
      want: { reason: 'PortOutOfRange', message: 'Port 8080 is not within the port range 30000-32767; please recreate service' } },
  ];
  for (const c of ports) assert.equal(s.occupyPort(c.owner, c.port), c.want, c.name);
});

t('initNodePorts: ports with the same number share one nodePort (R3.3)', () => {
  const cases = [
    { name: '53/TCP and 53/UDP share an allocated port', ports: [{ port: 53 }, { port: 53 }], allocateNew: true, same: [[0, 1]], count: 1 },
    { name: 'a later request is taken for the earlier port', ports: [{ port: 53 }, { port: 53, nodePort: 30053 }], allocateNew: true, want: [30053, 30053], count: 1 },
    { name: 'distinct ports get distinct nodePorts', ports: [{ port: 80 }, { port: 443 }], allocateNew: true, distinct: true, count: 2 },
    { name: 'two different requests for one port number', ports: [{ port: 53, nodePort: 30053 }, { port: 53, nodePort: 30054 }], allocateNew: true, want: [30053, 30054], count: 2 },
    { name: 'allocateLoadBalancerNodePorts false: only requests', ports: [{ port: 80 }, { port: 443, nodePort: 30443 }], allocateNew: false, want: [0, 30443], count: 1 },
  ];
  for (const c of cases) {
    const s = cluster();
    const tx = s.begin('default/dns');
    const got = initNodePorts(tx, ref('dns'), c.ports, c.allocateNew);
    if (c.want) assert.equal(got, c.want, c.name);
    if (c.same) for (const [i, j] of c.same) assert.is(got[i], got[j], c.name);
    if (c.distinct) assert.is(new Set(got).size, got.length, c.name);
    assert.is(tx.ports.length, c.count, c.name);
  }
});

t('initNodePorts: Service-level errors with the field path and the allocator message', () => {
  const s = cluster();
  s.begin('default/a').allocatePort(30080);
  throwsWith(() => initNodePorts(s.begin('default/b'), ref('b'), [{ port: 80, nodePort: 30080 }], true), InvalidError,
    'Service "b" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated', 'IP_ALLOCATED');
  throwsWith(() => initNodePorts(s.begin('default/b'), ref('b'), [{ port: 80 }, { port: 81, nodePort: 8080 }], true), InvalidError,
    'Service "b" is invalid: spec.ports[1].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767', 'IP_NOT_IN_RANGE');
  const tiny = cluster('10.96.0.0/16', { base: 30000, size: 1 });
  throwsWith(() => initNodePorts(tiny.begin('default/c'), ref('c'), [{ port: 80 }, { port: 81 }], true), RangeFullError,
    'failed to allocate a nodePort: range is full', 'RANGE_FULL');
});

t('clusterIpFailure words allocator errors as allocIPs does', () => {
  const s = cluster();
  s.begin('default/a').allocateIp('IPv4', '10.96.0.10');
  const attempt = (ip: string) => { try { s.begin('default/b').allocateIp('IPv4', ip); } catch (e) { return e; } };
  const dup = clusterIpFailure(attempt('10.96.0.10'), ref('web'), ['10.96.0.10'], '10.96.0.10') as InvalidError;
  assert.is(dup.message, 'Service "web" is invalid: spec.clusterIPs: Invalid value: []string{"10.96.0.10"}: failed to allocate IP 10.96.0.10: provided IP is already allocated');
  assert.is(dup.code, 'IP_ALLOCATED');
  const out = clusterIpFailure(attempt('1.1.1.1'), ref('x'), ['1.1.1.1'], '1.1.1.1') as InvalidError;
  assert.is(out.message, 'Service "x" is invalid: spec.clusterIPs: Invalid value: []string{"1.1.1.1"}: failed to allocate IP 1.1.1.1: the provided IP (1.1.1.1) is not in the valid range. The range of valid IPs is 10.96.0.0/16');
  assert.is(out.code, 'IP_NOT_IN_RANGE');
  const full = clusterIpFailure(new RangeFullError('range is full'), ref('y'), []) as RangeFullError;
  assert.is(full.message, 'failed to allocate a serviceIP: range is full');
});

t.run();
