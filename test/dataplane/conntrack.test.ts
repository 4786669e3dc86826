// Conntrack and the NAT it carries: the WordHash against a Map model, every reply after DNAT
// (and after masquerade) meets its entry and comes back with the Service address and valid
// checksums, and flows to a removed endpoint are purged on the next install (reliability K1).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { WordHash } from '../../dataplane/tables/word-hash.js';
import { buildFib } from '../../dataplane/tables/fib.js';
import { CtFlag } from '../../dataplane/tables/conntrack.js';
import { HopOut } from '../../dataplane/pipeline/hop.js';
import { PacketState } from '../../dataplane/pipeline/state.js';
import { processAt } from '../../dataplane/pipeline/receive.js';
import { Action } from '../../dataplane/pipeline/verdict.js';
import { endpointsOf, tcpSegment } from '../../dataplane/exchange/tcp-segment.js';
import { formatIp, parseIp } from '../../dataplane/wire/ip.js';
import { tcpChecksumValid } from '../../dataplane/wire/tcp.js';
import { ipv4ChecksumValid } from '../../dataplane/wire/ipv4.js';
import { TCP_ACK, TCP_SYN } from '../../dataplane/wire/tcp.js';
import { openNetFixture } from './fixture.js';
import { AGNHOST, deploy, expose, httpGet } from './svc-fixture.js';

const t = suite('conntrack');
const SEED = 424242;

t('WordHash behaves as a Map under random set/delete/get', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('set', 'del', 'get'), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 1e6 })), { maxLength: 400 }), (ops) => {
    const h = new WordHash(3, 4), model = new Map<number, number>(), k = new Int32Array(3);
    for (const [op, key, v] of ops) {
      k[0] = key; k[1] = -key; k[2] = key * 7;
      if (op === 'set') { h.set(k, 0, v); model.set(key, v); } else if (op === 'del') { if (h.delete(k, 0) !== model.delete(key)) return false; } else if (h.get(k, 0) !== (model.get(key) ?? -1)) return false;
    }
    return h.size === model.size;
  }), { seed: SEED, numRuns: 300 });
});

t('a reply after DNAT, and after masquerade, meets its entry and leaves with the Service address', async () => {
  const f = await openNetFixture({ client: 'netsim-worker' });
  try {
    await deploy(f, 'echo', 2, { image: AGNHOST, args: ['netexec', '--http-port=8080'] });
    const svc = await expose(f, 'echo', { ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }] });
    f.tc.cluster.network.sync();
    const p = f.tc.cluster.network.dataplane.program!;
    const fib = buildFib(p);
    const node = p.namespaces.findIndex((n) => n.name === 'node/netsim-worker');
    const veth = fib.nsIfaceBase[node] + p.namespaces[node].interfaces.findIndex((i) => i.peer && p.namespaces[i.peer.ns].name === 'pod/default/client');
    const vip = parseIp(svc.spec.clusterIP!)!, client = parseIp(f.ips('client').v4!)!, nodeAddr = parseIp('172.18.0.3')!;
    const out = new HopOut();
    fc.assert(fc.property(fc.integer({ min: 1024, max: 65535 }), fc.boolean(), fc.integer({ min: 0, max: 1 }), (sport, fromNode, pick) => {
      const st = new PacketState(() => pick);
      st.resize(p.services.length);
      const src = fromNode ? nodeAddr : client;
      const syn = tcpSegment({ addr: src, port: sport }, { addr: vip, port: 80 }, 1000, 0, TCP_SYN, new Uint8Array(0));
      if (processAt(fib, st, node, fromNode ? -1 : veth, syn, out) !== Action.FORWARD) return false;
      const seen = endpointsOf(syn);
      const e = out.natEntry;
      if (e < 0 || !(st.ct.flags[e] & CtFlag.ORIG) || !!(st.ct.flags[e] & CtFlag.SNAT) !== fromNode) return false;
      if (!ipv4ChecksumValid(syn) || !tcpChecksumValid(syn.subarray(20), seen.src.addr, seen.dst.addr)) return false;
      const reply = tcpSegment(seen.dst, seen.src, 5000, 1001, TCP_SYN | TCP_ACK, new Uint8Array(0));
      processAt(fib, st, node, -1, reply, out);
      const back = endpointsOf(reply);
      return formatIp(back.src.addr) === svc.spec.clusterIP && back.src.port === 80 && formatIp(back.dst.addr) === formatIp(src) && back.dst.port === sport
        && ipv4ChecksumValid(reply) && tcpChecksumValid(reply.subarray(20), back.src.addr, back.dst.addr);
    }), { seed: SEED, numRuns: 200 });
  } finally { await f.tc.close(); }
});

t('flows to an endpoint that went away are purged at the next install', async () => {
  const f = await openNetFixture({ client: 'netsim-worker' });
  try {
    await deploy(f, 'echo', 3, { image: AGNHOST, args: ['netexec', '--http-port=8080'] });
    const svc = await expose(f, 'echo', { ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }] });
    for (let i = 0; i < 30; i++) httpGet(f.pod('client'), svc.spec.clusterIP!, 80, '/hostname');
    const ct = f.tc.cluster.network.dataplane.state.ct;
    const flowsTo = (ip: string) => { let n = 0; const want = parseIp(ip) as number; ct.forEach((e) => { if ((ct.flags[e] & CtFlag.ORIG) && (ct.rwDst[4 * e] >>> 0) === want) n++; }); return n; };
    const victim = f.tc.cluster.store.list('Pod', 'default').find((p) => p.metadata.labels?.app === 'echo')!;
    assert.ok(flowsTo(victim.status.podIP!) > 0, 'some flows went to the victim');
    await f.tc.cluster.pods.delete('default', victim.metadata.name);
    f.tc.cluster.network.sync();
    assert.is(flowsTo(victim.status.podIP!), 0);
  } finally { await f.tc.close(); }
});

t.run();
