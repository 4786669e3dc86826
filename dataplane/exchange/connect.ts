// A connection as the dataplane runs it: TCP's handshake (with Linux's SYN retransmissions
// at 1, 3, 7, 15, 31 and 63 s, giving up at 127 s), the request, the application's answer
// in MSS-sized segments, and the close; or one UDP datagram and its answer. Every segment is
// walked, so captures see the real exchange. ICMP errors abort a connect in SYN_SENT at once
// (Linux tcp_v4_err); a RST means refused.
import { ipHeaderLength, ipProtocol, isIpv6Packet } from '../wire/ip-packet.js';
import { appFromKey, respond } from '../apps/index.js';
import { familyOf, formatIp, parseIp, type IpFamily } from '../wire/ip.js';
import { TCP_ACK, TCP_FIN, TCP_PSH, TCP_RST, TCP_SYN } from '../wire/tcp.js';
import { Proto, socketKey, type Fib } from '../tables/fib.js';
import { icmpErrorKind, type IcmpErrorKind } from './icmp-errors.js';
import { udpPacket } from './probes.js';
import { pickSource } from './route-check.js';
import { endpointsOf, tcpSegment, type Endpoint } from './tcp-segment.js';
import { walk, type Arrival, type WalkEnv } from './walk.js';

export interface ConnectSpec {
  family: IpFamily; dst: string; port: number; protocol: 'TCP' | 'UDP';
  request: Uint8Array; connectTimeoutMs: number; totalTimeoutMs?: number;
  /** Virtual epoch ms of the start (the application's clock). */
  startMs: number;
}

export type ConnectRun =
  | { outcome: 'ok'; src: string; srcPort: number; response: Uint8Array; connectMs: number; totalMs: number }
  | { outcome: 'refused'; elapsedMs: number }
  | { outcome: 'timeout'; elapsedMs: number; phase: 'connect' | 'transfer' }
  | { outcome: 'unreachable'; elapsedMs: number; error: IcmpErrorKind }
  | { outcome: 'network-unreachable' };

const SYN_SCHEDULE_MS = [0, 1000, 3000, 7000, 15000, 31000, 63000];
const SYN_GIVE_UP_MS = 127000;
/** 1500-byte MTU minus IP and TCP headers with the timestamp option (Linux's usual MSS in use). */
const MSS = 1448;
const EMPTY = new Uint8Array(0);
const ms = (ns: number) => ns / 1e6;

/** What came back to the client: an ICMP error kind, 'rst', or undefined for anything else. */
function answerKind(pkt: Uint8Array): IcmpErrorKind | 'rst' | 'synack' | undefined {
  const v6 = isIpv6Packet(pkt), h = ipHeaderLength(pkt), proto = ipProtocol(pkt);
  if (proto === 6) return pkt[h + 13] & TCP_RST ? 'rst' : (pkt[h + 13] & (TCP_SYN | TCP_ACK)) === (TCP_SYN | TCP_ACK) ? 'synack' : undefined;
  if (proto === 1 || proto === 58) return icmpErrorKind(v6, pkt[h], pkt[h + 1]);
  return undefined;
}

const isSyn = (pkt: Uint8Array): boolean => {
  const h = ipHeaderLength(pkt);
  return ipProtocol(pkt) === 6 && (pkt[h + 13] & (TCP_SYN | TCP_ACK)) === TCP_SYN;
};

/** Runs one exchange from namespace `ns`. */
export function runConnect(env: WalkEnv, ns: number, spec: ConnectSpec): ConnectRun {
  const dst = parseIp(spec.dst);
  if (dst === undefined || familyOf(spec.dst) !== spec.family) return { outcome: 'network-unreachable' };
  const src = pickSource(env.fib, ns, dst);
  if (src === undefined) return { outcome: 'network-unreachable' };
  const client: Endpoint = { addr: src, port: 32768 + Math.floor(env.rand() * 28232) };
  const key = socketKey(ns, spec.protocol === 'TCP' ? Proto.TCP : Proto.UDP, client.port);
  env.fib.sockets.add(key);
  try {
    return spec.protocol === 'TCP' ? tcpExchange(env, ns, spec, client, { addr: dst, port: spec.port }) : udpExchange(env, ns, spec, client, { addr: dst, port: spec.port });
  } finally {
    env.fib.sockets.delete(key);
  }
}

function appContext(f: Fib, serverNs: number, server: Endpoint, client: Endpoint, atNs: number, startMs: number) {
  const ns = f.program.namespaces[serverNs];
  const podName = ns.name.split('/').pop() ?? '';
  return { podName, hostname: ns.hostname ?? podName, clientAddr: formatIp(client.addr), clientPort: client.port, serverAddr: formatIp(server.addr), serverPort: server.port, nowMs: startMs + ms(atNs) };
}

function serverAnswer(f: Fib, a: Arrival, protocol: 'TCP' | 'UDP', request: Uint8Array, startMs: number): Uint8Array | undefined {
  const e = endpointsOf(a.pkt);
  const app = appFromKey(f.listeners.get(socketKey(a.ns, protocol === 'TCP' ? Proto.TCP : Proto.UDP, e.dst.port)) ?? '');
  return app ? respond(app, protocol, request, appContext(f, a.ns, e.dst, e.src, a.atNs, startMs)) : undefined;
}

function tcpExchange(env: WalkEnv, ns: number, spec: ConnectSpec, client: Endpoint, server: Endpoint): ConnectRun {
  const isn = Math.floor(env.rand() * 0x1_0000_0000);
  const limit = Math.min(spec.connectTimeoutMs, SYN_GIVE_UP_MS);
  let syn: Arrival | undefined;
  for (const at of SYN_SCHEDULE_MS) {
    if (at >= limit) break;
    const a = walk(env, ns, tcpSegment(client, server, isn, 0, TCP_SYN, EMPTY, 64240), at * 1e6);
    if (!a.delivered) continue;
    if (isSyn(a.pkt)) { syn = a; break; }
    const kind = answerKind(a.pkt);
    if (kind === 'rst' || kind === 'port-unreachable') return { outcome: 'refused', elapsedMs: ms(a.atNs) };
    if (kind && kind !== 'synack') return { outcome: 'unreachable', elapsedMs: ms(a.atNs), error: kind };
  }
  if (!syn) return { outcome: 'timeout', elapsedMs: limit, phase: 'connect' };
  const seen = endpointsOf(syn.pkt), serverNs = syn.ns;
  const sisn = Math.floor(env.rand() * 0x1_0000_0000);
  const back = walk(env, serverNs, tcpSegment(seen.dst, seen.src, sisn, isn + 1, TCP_SYN | TCP_ACK, EMPTY, 65160), syn.atNs);
  if (!back.delivered || answerKind(back.pkt) !== 'synack') return { outcome: 'timeout', elapsedMs: limit, phase: 'connect' };
  const connectNs = back.atNs;
  const c2s = (seq: number, ack: number, flags: number, data: Uint8Array, t: number) => walk(env, ns, tcpSegment(client, server, seq, ack, flags, data), t);
  const s2c = (seq: number, ack: number, flags: number, data: Uint8Array, t: number) => walk(env, serverNs, tcpSegment(seen.dst, seen.src, seq, ack, flags, data), t);
  let t = c2s(isn + 1, sisn + 1, TCP_ACK, EMPTY, connectNs).atNs;
  const req = spec.request;
  let response: Uint8Array = EMPTY, lastByteNs = connectNs;
  if (req.length > 0) {
    const d = c2s(isn + 1, sisn + 1, TCP_PSH | TCP_ACK, req, t);
    if (!d.delivered) return { outcome: 'timeout', elapsedMs: spec.totalTimeoutMs ?? limit, phase: 'transfer' };
    response = serverAnswer(env.fib, d, 'TCP', req, spec.startMs) ?? EMPTY;
    t = s2c(sisn + 1, isn + 1 + req.length, TCP_ACK, EMPTY, d.atNs).atNs;
    for (let off = 0; off < response.length; off += MSS) {
      const seg = response.subarray(off, Math.min(off + MSS, response.length));
      const r = s2c(sisn + 1 + off, isn + 1 + req.length, TCP_PSH | TCP_ACK, seg, t);
      lastByteNs = r.atNs;
      t = c2s(isn + 1 + req.length, sisn + 1 + off + seg.length, TCP_ACK, EMPTY, r.atNs).atNs;
    }
  }
  const totalMs = ms(lastByteNs);
  if (spec.totalTimeoutMs !== undefined && totalMs > spec.totalTimeoutMs) return { outcome: 'timeout', elapsedMs: spec.totalTimeoutMs, phase: 'transfer' };
  const cseq = isn + 1 + req.length, sseq = sisn + 1 + response.length;
  const fin = c2s(cseq, sseq, TCP_FIN | TCP_ACK, EMPTY, t);
  const finAck = s2c(sseq, cseq + 1, TCP_FIN | TCP_ACK, EMPTY, fin.atNs);
  c2s(cseq + 1, sseq + 1, TCP_ACK, EMPTY, finAck.atNs);
  return { outcome: 'ok', src: formatIp(client.addr), srcPort: client.port, response, connectMs: ms(connectNs), totalMs };
}

function udpExchange(env: WalkEnv, ns: number, spec: ConnectSpec, client: Endpoint, server: Endpoint): ConnectRun {
  const wait = spec.totalTimeoutMs ?? spec.connectTimeoutMs;
  const a = walk(env, ns, udpPacket(client.addr, server.addr, client.port, server.port, spec.request, 64), 0);
  if (!a.delivered) return { outcome: 'timeout', elapsedMs: wait, phase: 'transfer' };
  const kind = answerKind(a.pkt);
  if (kind === 'port-unreachable') return { outcome: 'refused', elapsedMs: ms(a.atNs) };
  if (kind && kind !== 'rst' && kind !== 'synack') return { outcome: 'unreachable', elapsedMs: ms(a.atNs), error: kind };
  const answer = serverAnswer(env.fib, a, 'UDP', spec.request, spec.startMs);
  if (!answer) return { outcome: 'timeout', elapsedMs: wait, phase: 'transfer' };
  const seen = endpointsOf(a.pkt);
  const r = walk(env, a.ns, udpPacket(seen.dst.addr, seen.src.addr, seen.dst.port, seen.src.port, answer, 64), a.atNs);
  if (!r.delivered || r.ns !== ns) return { outcome: 'timeout', elapsedMs: wait, phase: 'transfer' };
  return { outcome: 'ok', src: formatIp(client.addr), srcPort: client.port, response: answer, connectMs: 0, totalMs: ms(r.atNs) };
}
