// Byte vectors shared by the wire tests; checksums computed independently (Python RFC 1071).
import { hex } from './codec-contract.js';

export const V4_SRC = 0x0af40105;   // 10.244.1.5
export const V6_SRC = hex('fd00 0010 0244 0001 0000 0000 0000 0005');   // fd00:10:244:1::5
export const V6_DST = hex('fd00 0010 0244 0002 0000 0000 0000 0007');   // fd00:10:244:2::7
export const V6_DNS = hex('fd00 0010 0096 0000 0000 0000 0000 000a');   // fd00:10:96::a

export const ICMPV4_ECHO_REQUEST = hex(`
  45 00 0020     // version 4, IHL 5, TOS 0, total length 32
  0000 4000      // ident 0, DF
  40 01 21ea     // TTL 64, protocol ICMP, header checksum
  0af40105       // src 10.244.1.5
  0af40207       // dst 10.244.2.7
  08 00 2104     // type 8 echo request, code 0, checksum
  1234 0001      // ident 0x1234, seq 1
  61626364       // data "abcd"
`);

export const ICMPV6_ECHO_REPLY = hex(`
  6000 0000      // version 6, traffic class 0, flow label 0
  000c 3a 40     // payload length 12, next header 58 (ICMPv6), hop limit 64
  fd00 0010 0244 0001 0000 0000 0000 0005   // src fd00:10:244:1::5
  fd00 0010 0244 0002 0000 0000 0000 0007   // dst fd00:10:244:2::7
  81 00 a904     // type 129 echo reply, code 0, checksum
  1234 0001      // ident 0x1234, seq 1
  61626364       // data "abcd"
`);

export const UDP_V4 = hex(`
  45 00 0020 0000 4000 40 11 246b   // IPv4, total 32, DF, TTL 64, UDP, checksum
  0af40105 0a60000a                 // 10.244.1.5 -> 10.96.0.10
  9c40 0035      // src port 40000, dst port 53
  000c 6e2d      // length 12, checksum (IPv4 pseudo-header)
  70696e67       // "ping"
`);

export const UDP_V6_SEGMENT = hex(`
  9c40 0035      // src port 40000, dst port 53
  000c 8784      // length 12, checksum (IPv6 pseudo-header fd00:10:244:1::5 -> fd00:10:96::a)
  70696e67       // "ping"
`);

export const TCP_SYN_V4 = hex(`
  45 00 0028 0000 4000 40 06 2477   // IPv4, total 40, DF, TTL 64, TCP, checksum
  0af40105 0a600001                 // 10.244.1.5 -> 10.96.0.1
  9c40 01bb      // src port 40000, dst port 443
  01020304       // seq
  00000000       // ack
  50 02 faf0     // data offset 5, flags SYN, window 64240
  fc96 0000      // checksum, urgent pointer 0
`);
