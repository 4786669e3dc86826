// Tests wire/ipv4, ipv6, icmpv4, icmpv6, udp, tcp: byte vectors both ways, the codec contract.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { testCodec, type Codec } from './codec-contract.js';
import * as v from './vectors.js';
import * as ip4 from '../../dataplane/wire/ipv4.js';
import * as ip6 from '../../dataplane/wire/ipv6.js';
import * as icmp4 from '../../dataplane/wire/icmpv4.js';
import * as icmp6 from '../../dataplane/wire/icmpv6.js';
import * as udp from '../../dataplane/wire/udp.js';
import * as tcp from '../../dataplane/wire/tcp.js';

const test = suite('wire/headers');

const ipv4Codec: Codec<ip4.Ipv4Repr> = {
  parse: ip4.parseIpv4, emit: ip4.emitIpv4,
  bufferLen: (r) => ip4.ipv4BufferLen(r) + r.payloadLen, payloadStart: ip4.ipv4BufferLen,
};
const ipv6Codec: Codec<ip6.Ipv6Repr> = {
  parse: ip6.parseIpv6, emit: ip6.emitIpv6,
  bufferLen: (r) => ip6.ipv6BufferLen(r) + r.payloadLen, payloadStart: ip6.ipv6BufferLen,
};

const cases = [
  { name: 'IPv4 header of an ICMP echo request', codec: ipv4Codec, bytes: v.ICMPV4_ECHO_REQUEST,
    repr: { src: v.V4_SRC, dst: 0x0af40207, protocol: 1, payloadLen: 12, ttl: 64 } },
  { name: 'ICMPv4 echo request', bytes: v.ICMPV4_ECHO_REQUEST.subarray(20),
    codec: { parse: icmp4.parseIcmpv4, emit: icmp4.emitIcmpv4, bufferLen: icmp4.icmpv4BufferLen, payloadStart: icmp4.icmpv4BufferLen },
    repr: { kind: 'echoRequest', ident: 0x1234, seqNo: 1, data: Uint8Array.from([0x61, 0x62, 0x63, 0x64]) } },
  { name: 'IPv6 header of an ICMPv6 echo reply', codec: ipv6Codec, bytes: v.ICMPV6_ECHO_REPLY,
    repr: { src: v.V6_SRC, dst: v.V6_DST, nextHeader: 58, payloadLen: 12, hopLimit: 64 } },
  { name: 'ICMPv6 echo reply', bytes: v.ICMPV6_ECHO_REPLY.subarray(40),
    codec: { parse: (b: Uint8Array) => icmp6.parseIcmpv6(b, v.V6_SRC, v.V6_DST), emit: (r: icmp6.Icmpv6Repr, b: Uint8Array) => icmp6.emitIcmpv6(r, b, v.V6_SRC, v.V6_DST),
      bufferLen: icmp6.icmpv6BufferLen, payloadStart: icmp6.icmpv6BufferLen },
    repr: { kind: 'echoReply', ident: 0x1234, seqNo: 1, data: Uint8Array.from([0x61, 0x62, 0x63, 0x64]) } },
  { name: 'IPv4 header of a UDP datagram', codec: ipv4Codec, bytes: v.UDP_V4,
    repr: { src: v.V4_SRC, dst: 0x0a60000a, protocol: 17, payloadLen: 12, ttl: 64 } },
  { name: 'UDP over IPv4', bytes: v.UDP_V4.subarray(20), codec: udpCodec(v.V4_SRC, 0x0a60000a),
    repr: { srcPort: 40000, dstPort: 53, payloadLen: 4 } },
  { name: 'UDP over IPv6', bytes: v.UDP_V6_SEGMENT, codec: udpCodec(v.V6_SRC, v.V6_DNS),
    repr: { srcPort: 40000, dstPort: 53, payloadLen: 4 } },
  { name: 'TCP SYN over IPv4', bytes: v.TCP_SYN_V4.subarray(20),
    codec: { parse: (b: Uint8Array) => tcp.parseTcp(b, v.V4_SRC, 0x0a600001), emit: (r: tcp.TcpRepr, b: Uint8Array) => tcp.emitTcp(r, b, v.V4_SRC, 0x0a600001),
      bufferLen: tcp.tcpBufferLen, payloadStart: () => 20 },
    repr: { srcPort: 40000, dstPort: 443, seq: 0x01020304, ack: 0, flags: tcp.TCP_SYN, window: 64240, payloadLen: 0 } },
] as const;

function udpCodec(src: number | Uint8Array, dst: number | Uint8Array): Codec<udp.UdpRepr> {
  return { parse: (b) => udp.parseUdp(b, src, dst), emit: (r, b) => udp.emitUdp(r, b, src, dst),
    bufferLen: udp.udpBufferLen, payloadStart: () => 8 };
}

for (const c of cases) test(`codec: ${c.name}`, () => testCodec(c.codec as Codec<unknown>, c.repr, c.bytes));

test('views: accessors and payload subarrays share the buffer', () => {
  const b = v.ICMPV4_ECHO_REQUEST.slice();
  assert.ok(ip4.checkIpv4(b));
  assert.is(ip4.ipv4Ttl(b), 64);
  const p = ip4.ipv4Payload(b);
  assert.is(p.length, 12);
  p[0] = 0; assert.is(b[20], 0, 'payload is a view, not a copy');
  assert.is(ip6.ipv6Payload(v.ICMPV6_ECHO_REPLY).length, 12);
  assert.is(udp.udpPayload(v.UDP_V4.subarray(20)).length, 4);
});

test('rejects corrupt checksums and truncation', () => {
  const bad = v.ICMPV4_ECHO_REQUEST.slice(); bad[11] ^= 1;
  assert.is(ip4.parseIpv4(bad), undefined, 'IPv4 header checksum');
  assert.is(ip4.parseIpv4(v.ICMPV4_ECHO_REQUEST.subarray(0, 31)), undefined, 'total length > buffer');
  assert.is(icmp4.parseIcmpv4(bad.subarray(20).fill(1, 4, 5)), undefined, 'ICMP checksum');
  assert.is(icmp6.parseIcmpv6(v.ICMPV6_ECHO_REPLY.subarray(40), v.V6_DST, v.V6_DNS), undefined, 'wrong pseudo-header');
  const zero = v.UDP_V6_SEGMENT.slice(); zero[6] = 0; zero[7] = 0;
  assert.is(udp.parseUdp(zero, v.V6_SRC, v.V6_DNS), undefined, 'zero UDP checksum invalid over IPv6');
  const zero4 = v.UDP_V4.slice(20); zero4[6] = 0; zero4[7] = 0;
  assert.ok(udp.parseUdp(zero4, v.V4_SRC, 0x0a60000a), 'zero UDP checksum means none over IPv4');
});

test('ICMPv4 time exceeded carries the invoking packet', () => {
  const invoking = v.UDP_V4.subarray(0, 28);
  const repr = { kind: 'timeExceeded', code: 0, invoking } as const;
  const b = new Uint8Array(icmp4.icmpv4BufferLen(repr));
  icmp4.emitIcmpv4(repr, b);
  assert.equal(Array.from(b.subarray(0, 2)), [11, 0]);
  assert.equal(icmp4.parseIcmpv4(b), { kind: 'timeExceeded', code: 0, invoking: invoking.slice() });
});

test.run();
