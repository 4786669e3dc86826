// Properties of the pipeline: it never throws on arbitrary bytes at any namespace, and packets
// it rewrites (TTL, echo reply) keep valid checksums.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { compile } from '../../daemon/compile/compile.js';
import { buildFib } from '../../dataplane/tables/fib.js';
import { HopOut } from '../../dataplane/pipeline/hop.js';
import { PacketState } from '../../dataplane/pipeline/state.js';
import { processAt } from '../../dataplane/pipeline/receive.js';
import { Action } from '../../dataplane/pipeline/verdict.js';
import { echoRequest } from '../../dataplane/exchange/probes.js';
import { ipv4ChecksumValid } from '../../dataplane/wire/ipv4.js';
import { icmpv4ChecksumValid } from '../../dataplane/wire/icmpv4.js';
import { icmpv6ChecksumValid } from '../../dataplane/wire/icmpv6.js';
import { parseIp } from '../../dataplane/wire/ip.js';
import { openNetFixture } from './fixture.js';

const t = suite('pipeline properties');
const SEED = 20261122;

t('processAt never throws on random bytes, at any namespace, from any interface', async () => {
  const f = await openNetFixture({ a: 'netsim-worker', b: 'netsim-worker2' });
  try {
    f.tc.cluster.network.sync();
    const fib = buildFib(f.tc.cluster.network.dataplane.program!);
    const out = new HopOut();
    const st = new PacketState(() => 0);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(fib.nsCount - 1), fc.integer({ min: -1, max: fib.ifaceNs.length - 1 }), fc.boolean(), (bytes, ns, inIface, v6) => {
      if (bytes.length > 0) bytes[0] = (bytes[0] & 0x0f) | (v6 ? 0x60 : 0x40);
      const a = processAt(fib, st, ns, inIface, bytes, out);
      return a >= Action.FORWARD && a <= Action.DROP;
    }), { seed: SEED, numRuns: 3000 });
  } finally { await f.tc.close(); }
});

t('an echo request answered in place keeps valid IP and ICMP checksums (both families)', async () => {
  const f = await openNetFixture({ b: 'netsim-worker2' });
  try {
    f.tc.cluster.network.sync();
    const p = f.tc.cluster.network.dataplane.program!;
    const fib = buildFib(p);
    const ns = p.namespaces.findIndex((n) => n.name === 'pod/default/b');
    const out = new HopOut();
    const st = new PacketState(() => 0);
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 300 }), fc.boolean(), (ident, seq, size, v6) => {
      const dst = v6 ? f.ips('b').v6! : f.ips('b').v4!;
      const src = parseIp(v6 ? 'fd00:10:244:1::9' : '10.244.1.9')!;
      const pkt = echoRequest(src, parseIp(dst)!, ident, seq, size, 61, 5e9);
      if (processAt(fib, st, ns, 1, pkt, out) !== Action.REPLY) return false;
      if (v6) return icmpv6ChecksumValid(pkt.subarray(40), pkt.subarray(8, 24), pkt.subarray(24, 40)) && pkt[40] === 129;
      return ipv4ChecksumValid(pkt) && icmpv4ChecksumValid(pkt.subarray(20)) && pkt[20] === 0 && pkt[8] === 64;
    }), { seed: SEED, numRuns: 300 });
  } finally { await f.tc.close(); }
});

t('compile gives a valid program for an empty cluster', () => {
  const p = compile({ generation: 1, cniMode: 'routed', proxyMode: 'iptables', podSubnets: ['10.244.0.0/16'], nodeSubnets: ['172.18.0.0/16'], nodes: [], pods: [] });
  assert.equal(p.namespaces.length, 0);
  assert.equal(buildFib(p).nsCount, 0);
});

t.run();
