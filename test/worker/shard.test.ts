// flowShard/packetShard: symmetric (both directions of a flow meet one worker), an ICMP error
// meets the flow it quotes, and the spread over workers is uniform (chi-square at 99 %).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { flowShard, packetShard } from '../../dataplane/worker/shard.js';
import { echoRequest, udpPacket } from '../../dataplane/exchange/probes.js';
import { icmpv4Error, icmpv6Error } from '../../dataplane/pipeline/icmp.js';
import { buildFib } from '../../dataplane/tables/fib.js';
import { benchProgram, nodeAddr4, nodeAddr6 } from '../../dataplane/bench/bench-program.js';
import { ipv6ToWords, parseIp } from '../../dataplane/wire/ip.js';

const t = suite('worker/shard');
const SEED = 20240611;
const u32 = fc.integer({ min: 0, max: 0xffff_ffff });
const port = fc.integer({ min: 0, max: 65535 });
const tuple = fc.record({ s: fc.tuple(u32, u32, u32, u32), d: fc.tuple(u32, u32, u32, u32), proto: fc.constantFrom(1, 6, 17, 58), sport: port, dport: port });
type Tuple = { s: number[]; d: number[]; proto: number; sport: number; dport: number };
const shardOf = (x: Tuple, w: number) => flowShard(x.s[0], x.s[1], x.s[2], x.s[3], x.d[0], x.d[1], x.d[2], x.d[3], x.proto, x.sport, x.dport, w);
const reversed = (x: Tuple): Tuple => ({ s: x.d, d: x.s, proto: x.proto, sport: x.dport, dport: x.sport });
const run = (p: fc.IPropertyWithHooks<[Tuple]> | fc.IProperty<[Tuple]>) => fc.assert(p, { seed: SEED, numRuns: 1000, verbose: true });

t('A→B and B→A land on the same worker, for 1 to 8 workers', () => {
  run(fc.property(tuple, (x) => {
    for (let w = 1; w <= 8; w++) {
      const a = shardOf(x, w);
      if (a !== shardOf(reversed(x), w) || a < 0 || a >= w || !Number.isInteger(a)) return false;
    }
    return true;
  }));
});

/** Pearson's chi-square of `counts` against the uniform distribution. */
function chiSquare(counts: readonly number[], n: number): number {
  const e = n / counts.length;
  return counts.reduce((s, c) => s + (c - e) ** 2 / e, 0);
}

// Critical values of chi-square at 99 % for df = workers - 1 (NIST/SEMATECH table).
for (const c of [{ name: '2 workers', workers: 2, critical: 6.635 }, { name: '4 workers', workers: 4, critical: 11.345 }]) {
  t(`10k random tuples spread uniformly over ${c.name} (chi-square < ${c.critical})`, () => {
    const tuples = fc.sample(tuple, { seed: SEED, numRuns: 10_000 });
    const counts = new Array<number>(c.workers).fill(0);
    for (const x of tuples) counts[shardOf(x, c.workers)]++;
    const chi = chiSquare(counts, tuples.length);
    assert.ok(chi < c.critical, `chi-square ${chi.toFixed(3)} over ${counts.join('/')}`);
  });
}

t('10k flows differing only in source port still spread (chi-square, 4 workers)', () => {
  const counts = [0, 0, 0, 0];
  for (let p = 0; p < 10_000; p++) counts[flowShard(0x0af40102, 0, 0, 0, 0x0af40203, 0, 0, 0, 17, 30000 + p, 53, 4)]++;
  assert.ok(chiSquare(counts, 10_000) < 11.345, counts.join('/'));
});

const ip = (s: string) => parseIp(s)!;
const whole = (b: Uint8Array, w: number) => packetShard(b, 0, b.length, w);

t('packetShard: a UDP datagram and its answer, v4 and v6, meet on the same worker', () => {
  run(fc.property(tuple, (x) => {
    const v4a = x.s[0], v4b = x.d[0];
    const a4 = udpPacket(v4a, v4b, x.sport, x.dport, 8, 64), b4 = udpPacket(v4b, v4a, x.dport, x.sport, 8, 64);
    const s6 = new Uint8Array(16), d6 = new Uint8Array(16);
    new DataView(s6.buffer).setUint32(0, x.s[0]); new DataView(s6.buffer).setUint32(12, x.s[3]);
    new DataView(d6.buffer).setUint32(0, x.d[0]); new DataView(d6.buffer).setUint32(12, x.d[3]);
    const a6 = udpPacket(s6, d6, x.sport, x.dport, 8, 64), b6 = udpPacket(d6, s6, x.dport, x.sport, 8, 64);
    const w6 = ipv6ToWords(s6), v6d = ipv6ToWords(d6);
    return whole(a4, 4) === whole(b4, 4) && whole(a6, 4) === whole(b6, 4)
      && whole(a4, 4) === flowShard(v4a, 0, 0, 0, v4b, 0, 0, 0, 17, x.sport, x.dport, 4)
      && whole(a6, 4) === flowShard(w6[0], w6[1], w6[2], w6[3], v6d[0], v6d[1], v6d[2], v6d[3], 17, x.sport, x.dport, 4);
  }));
});

t('packetShard: echo requests and replies shard by ident; an ICMP error meets the flow it quotes', () => {
  const fib = buildFib(benchProgram({ nodes: 2, pods: 4, services: 0 }));
  const cases = [
    { name: 'IPv4', a: ip('10.244.0.2'), b: ip(nodeAddr4(1)), err: icmpv4Error, type: 3, code: 3 },
    { name: 'IPv6', a: ip('fd00:10:244::2'), b: ip(nodeAddr6(1)), err: icmpv6Error, type: 1, code: 4 },
  ];
  for (const c of cases) {
    const spread = new Set<number>();
    for (let ident = 0; ident < 64; ident++) {
      const req = echoRequest(c.a, c.b, ident, 1, 16, 64, 0), rep = echoRequest(c.b, c.a, ident, 1, 16, 64, 0);
      assert.is(whole(req, 4), whole(rep, 4), `${c.name} ident ${ident}`);
      spread.add(whole(req, 4));
      const flow = udpPacket(c.a, c.b, 40000 + ident, 53, 8, 64);
      const error = c.err(fib, 1, flow, c.type, c.code, true)!;
      assert.ok(error, `${c.name}: an error was generated`);
      assert.is(whole(error, 4), whole(flow, 4), `${c.name}: the error about flow ${ident}`);
    }
    assert.ok(spread.size > 1, `${c.name}: idents spread over workers`);
  }
});

t('packetShard: one worker, truncated and non-IP bytes never fail', () => {
  const cases = [
    { name: 'one worker', b: udpPacket(1, 2, 3, 4, 8, 64), w: 1, want: 0 },
    { name: 'empty', b: new Uint8Array(0), w: 4, want: 0 },
    { name: 'version 5', b: new Uint8Array(40).fill(0x50, 0, 1), w: 4, want: 0 },
    { name: 'IPv4 header cut short', b: udpPacket(1, 2, 3, 4, 8, 64).subarray(0, 19), w: 4, want: 0 },
  ];
  for (const c of cases) assert.is(whole(c.b, c.w), c.want, c.name);
  fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), (b) => { const w = whole(b, 3); return w >= 0 && w < 3; }), { seed: SEED, numRuns: 2000 });
});

t.run();
