// fast-check properties over the wire layer (fixed seed): parsers never throw on arbitrary
// bytes, emit-then-parse round-trips, incremental rewrites equal a full recompute.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import * as ip4 from '../../dataplane/wire/ipv4.js';
import * as ip6 from '../../dataplane/wire/ipv6.js';
import * as icmp4 from '../../dataplane/wire/icmpv4.js';
import * as icmp6 from '../../dataplane/wire/icmpv6.js';
import * as udp from '../../dataplane/wire/udp.js';
import * as tcp from '../../dataplane/wire/tcp.js';
import * as v from './vectors.js';

const test = suite('wire/properties');
const OPTS = { seed: 20261122, numRuns: 400 };
const u16 = fc.integer({ min: 0, max: 0xffff });
const u32 = fc.integer({ min: 0, max: 0xffffffff });
const addr6 = fc.uint8Array({ minLength: 16, maxLength: 16 });

test('parsers never throw on arbitrary bytes', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), (b) => {
    ip4.parseIpv4(b); ip6.parseIpv6(b); icmp4.parseIcmpv4(b); icmp6.parseIcmpv6(b, v.V6_SRC, v.V6_DST);
    udp.parseUdp(b, v.V4_SRC, 1); udp.parseUdp(b, v.V6_SRC, v.V6_DST);
    tcp.parseTcp(b, v.V4_SRC, 1); tcp.parseTcp(b, v.V6_SRC, v.V6_DST);
  }), OPTS);
});

test('IPv4/IPv6 emit then parse round-trips', () => {
  fc.assert(fc.property(u32, u32, fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 255 }),
    (src, dst, protocol, payloadLen, ttl) => {
      const r = { src, dst, protocol, payloadLen, ttl };
      const b = new Uint8Array(20 + payloadLen);
      ip4.emitIpv4(r, b);
      assert.equal(ip4.parseIpv4(b), r);
    }), OPTS);
  fc.assert(fc.property(addr6, addr6, fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 255 }),
    (src, dst, nextHeader, payloadLen, hopLimit) => {
      const r = { src, dst, nextHeader, payloadLen, hopLimit };
      const b = new Uint8Array(40 + payloadLen);
      ip6.emitIpv6(r, b);
      assert.equal(ip6.parseIpv6(b), r);
    }), OPTS);
});

test('ICMP/UDP/TCP emit then parse round-trips', () => {
  fc.assert(fc.property(u16, u16, fc.uint8Array({ maxLength: 40 }), u32, u32, fc.integer({ min: 0, max: 255 }),
    (a, c, data, seq, ack, flags) => {
      const e4 = { kind: 'echoRequest', ident: a, seqNo: c, data } as const;
      const m4 = new Uint8Array(icmp4.icmpv4BufferLen(e4)); icmp4.emitIcmpv4(e4, m4);
      assert.equal(icmp4.parseIcmpv4(m4), e4);
      const e6 = { kind: 'dstUnreachable', code: 4, invoking: data } as const;
      const m6 = new Uint8Array(icmp6.icmpv6BufferLen(e6)); icmp6.emitIcmpv6(e6, m6, v.V6_SRC, v.V6_DST);
      assert.equal(icmp6.parseIcmpv6(m6, v.V6_SRC, v.V6_DST), e6);
      const u = { srcPort: a, dstPort: c, payloadLen: data.length };
      const ub = new Uint8Array(8 + data.length); ub.set(data, 8); udp.emitUdp(u, ub, v.V6_SRC, v.V6_DST);
      assert.equal(udp.parseUdp(ub, v.V6_SRC, v.V6_DST), u);
      const t = { srcPort: a, dstPort: c, seq, ack, flags, window: c, payloadLen: data.length };
      const tb = new Uint8Array(20 + data.length); tb.set(data, 20); tcp.emitTcp(t, tb, v.V4_SRC, 7);
      assert.equal(tcp.parseTcp(tb, v.V4_SRC, 7), t);
    }), OPTS);
});

test('incremental TTL and address rewrites equal a full recompute', () => {
  fc.assert(fc.property(u32, u32, fc.integer({ min: 0, max: 255 }), u16, (newSrc, newDst, ttl, port) => {
    const b = v.UDP_V4.slice();
    const seg = ip4.ipv4Payload(b);
    udp.updateUdpChecksumForAddr(seg, ip4.ipv4Dst(b), newDst);
    ip4.setIpv4DstUpdatingChecksum(b, newDst);
    udp.updateUdpChecksumForAddr(seg, ip4.ipv4Src(b), newSrc);
    ip4.setIpv4SrcUpdatingChecksum(b, newSrc);
    ip4.setIpv4TtlUpdatingChecksum(b, ttl);
    udp.setUdpDstPortUpdatingChecksum(seg, port);
    const inc = b.slice();
    ip4.fillIpv4Checksum(b); udp.fillUdpChecksum(seg, newSrc, newDst);
    assert.equal(inc, b);
    assert.ok(udp.parseUdp(seg, newSrc, newDst));
  }), OPTS);
  fc.assert(fc.property(addr6, u16, (newDst, port) => {
    const seg = v.TCP_SYN_V4.slice(20);
    tcp.setTcpDstPortUpdatingChecksum(seg, port);
    tcp.updateTcpChecksumForAddr(seg, 0x0a600001, 0x0a000001);
    const inc = seg.slice();
    tcp.fillTcpChecksum(seg, v.V4_SRC, 0x0a000001);
    assert.equal(inc, seg);
    const m = v.ICMPV6_ECHO_REPLY.slice(40);
    icmp6.updateIcmpv6ChecksumForAddr(m, v.V6_DST, newDst);
    assert.ok(icmp6.parseIcmpv6(m, v.V6_SRC, newDst));
  }), OPTS);
});

test.run();
