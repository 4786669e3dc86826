// The pipeline's integer checksum paths against wire/: RFC 1624 updates equal wire's, NAT
// rewrites leave IPv4 header and TCP/UDP checksums that verify (a zero UDP checksum stays
// zero), and processAt drops exactly the IPv4 headers wire's ipv4ChecksumValid rejects.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { csumUpdate16, csumUpdate32, rewrite4, rewriteFlow } from '../../dataplane/pipeline/rewrite.js';
import { HopOut } from '../../dataplane/pipeline/hop.js';
import { processAt } from '../../dataplane/pipeline/receive.js';
import { PacketState } from '../../dataplane/pipeline/state.js';
import { DropReason } from '../../dataplane/pipeline/verdict.js';
import { benchProgram, globalIface, nodeNs } from '../../dataplane/bench/bench-program.js';
import { udpPacket } from '../../dataplane/exchange/probes.js';
import { endpointsOf, tcpSegment } from '../../dataplane/exchange/tcp-segment.js';
import { buildFib } from '../../dataplane/tables/fib.js';
import { updateChecksum16, updateChecksum32 } from '../../dataplane/wire/checksum.js';
import { fillIpv4Checksum, ipv4ChecksumValid } from '../../dataplane/wire/ipv4.js';
import { tcpChecksumValid } from '../../dataplane/wire/tcp.js';
import { udpChecksumValid } from '../../dataplane/wire/udp.js';

const t = suite('pipeline/checksums');
const SEED = 20261122;
const u16 = fc.integer({ min: 0, max: 0xffff }), i32 = fc.integer({ min: -0x80000000, max: 0x7fffffff });

t('csumUpdate16 and csumUpdate32 equal wire/checksum.ts', () => {
  fc.assert(fc.property(u16, u16, u16, (c, o, n) => csumUpdate16(c, o, n) === updateChecksum16(c, o, n)), { seed: SEED, numRuns: 2000 });
  fc.assert(fc.property(u16, i32, i32, (c, o, n) => csumUpdate32(c, o, n) === updateChecksum32(c, o >>> 0, n >>> 0)), { seed: SEED, numRuns: 2000 });
});

const word = (b: Uint8Array, o: number) => (b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3];

t('NAT rewrites keep every checksum valid, in both families, TCP and UDP', () => {
  const addr4 = fc.integer({ min: 1, max: 0xfffffffe }), port = fc.integer({ min: 1, max: 0xffff });
  const addr6 = fc.uint8Array({ minLength: 16, maxLength: 16 });
  fc.assert(fc.property(fc.boolean(), fc.boolean(), addr4, addr4, addr4, addr4, addr6, addr6, addr6, addr6, port, port, port, port, fc.boolean(),
    (v6, tcp, s4, d4, ns4, nd4, s6, d6, ns6, nd6, sp, dp, nsp, ndp, zeroUdp) => {
      const src = v6 ? s6 : s4, dst = v6 ? d6 : d4;
      const pkt = tcp ? tcpSegment({ addr: src, port: sp }, { addr: dst, port: dp }, 1, 2, 0x10, new Uint8Array(7)) : udpPacket(src, dst, sp, dp, 7, 64);
      const h = v6 ? 40 : 20, cs = tcp ? h + 16 : h + 6;
      if (!tcp && !v6 && zeroUdp) { pkt[cs] = 0; pkt[cs + 1] = 0; }
      const w = new Int32Array(8);
      if (v6) for (let i = 0; i < 4; i++) { w[i] = word(ns6, 4 * i); w[4 + i] = word(nd6, 4 * i); }
      else { w[0] = ns4 | 0; w[4] = nd4 | 0; }
      const ports = (nsp << 16) | ndp;
      if (v6) rewriteFlow(pkt, true, 40, tcp ? 6 : 17, w, 0, w, 4, ports); else rewrite4(pkt, 20, tcp ? 6 : 17, w[0], w[4], ports);
      const e = endpointsOf(pkt);
      if (e.src.port !== nsp || e.dst.port !== ndp) return false;
      if (!v6 && (!ipv4ChecksumValid(pkt) || e.src.addr !== ns4 || e.dst.addr !== nd4)) return false;
      if (!tcp && !v6 && zeroUdp) return pkt[cs] === 0 && pkt[cs + 1] === 0;
      return tcp ? tcpChecksumValid(pkt.subarray(h), e.src.addr, e.dst.addr) : udpChecksumValid(pkt.subarray(h), e.src.addr, e.dst.addr);
    }), { seed: SEED, numRuns: 1500 });
});

t('processAt drops an IPv4 header as BAD_CHECKSUM exactly when wire rejects its checksum (options included)', () => {
  const shape = { nodes: 2, pods: 2, services: 0 }, p = benchProgram(shape), fib = buildFib(p);
  const st = new PacketState(() => 0), out = new HopOut(), ns = nodeNs(shape, 0), inIface = globalIface(p, ns, 1);
  fc.assert(fc.property(fc.integer({ min: 5, max: 15 }), fc.uint8Array({ minLength: 60, maxLength: 60 }), fc.boolean(), (ihl, bytes, fix) => {
    const b = new Uint8Array(100);
    b.set(bytes);
    b[0] = 0x40 | ihl; b[2] = 0; b[3] = 100; b[6] &= 0x1f;
    if (fix) fillIpv4Checksum(b);
    processAt(fib, st, ns, inIface, b.slice(), out);
    return (out.reason === DropReason.BAD_CHECKSUM) === !ipv4ChecksumValid(b);
  }), { seed: SEED, numRuns: 2000 });
});

t.run();
