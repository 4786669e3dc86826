// Test-only packet sequences for the capture tests: the exchanges of /work/shared/spec/real-output
// (tcpdump-icmp.txt, tcpdump-icmp6.txt, tcpdump-tcp.txt) rebuilt packet for packet, and the
// simulated cluster's typical exchanges. Each packet carries its capture time in ns.
import * as p from './packets.js';

export interface Timed { ns: bigint; data: Uint8Array }

/** Nanoseconds since the epoch of a UTC time of day on 2025-01-01 (`03:18:47.493451`). */
export function at(clock: string): bigint {
  const m = /^(\d\d):(\d\d):(\d\d)\.(\d{6})$/.exec(clock);
  if (!m) throw new Error(`bad clock ${clock}`);
  const secs = Date.UTC(2025, 0, 1) / 1000 + Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  return BigInt(secs) * 1_000_000_000n + BigInt(m[4]) * 1000n;
}

/** `ping -c 2 127.0.0.1` (or ::1) as real-output/tcpdump-icmp*.txt captured it on lo. */
export function realPing(v6: boolean): Timed[] {
  const [addr, id, times] = v6
    ? ['::1', 23450, ['03:18:43.447506', '03:18:43.447514', '03:18:44.478504', '03:18:44.478515']]
    : ['127.0.0.1', 23444, ['03:18:40.415453', '03:18:40.415464', '03:18:41.438516', '03:18:41.438530']];
  return times.map((t, i) => ({
    ns: at(t), data: p.icmpEcho(addr, addr, i % 2 === 0 ? 'echoRequest' : 'echoReply', id, 1 + (i >> 1)),
  }));
}

/** `curl http://127.0.0.1:18080/` as real-output/tcpdump-tcp.txt captured it: seq, ack, window and timestamps as there. */
export function realCurl(): Timed[] {
  const C = '127.0.0.1', ISN_C = 1727954616, ISN_S = 130761666, TC = 3635383632, TS = 1666603115;
  const c = (t: string, seq: number, ack: number, flags: number, window: number, options: Uint8Array, len = 0): Timed => ({
    ns: at(t), data: p.tcp(C, C, { srcPort: 42348, dstPort: 18080, seq, ack, flags, window, options, payload: new Uint8Array(len) }),
  });
  const s = (t: string, seq: number, ack: number, flags: number, window: number, options: Uint8Array, len = 0): Timed => ({
    ns: at(t), data: p.tcp(C, C, { srcPort: 18080, dstPort: 42348, seq, ack, flags, window, options, payload: new Uint8Array(len) }),
  });
  const { TCP_ACK: A, TCP_SYN: S, TCP_PSH: P, TCP_FIN: F } = p;
  return [
    c('03:18:47.493451', ISN_C, 0, S, 65495, p.synOptions(65495, TC, 0, 10)),
    s('03:18:47.493465', ISN_S, ISN_C + 1, S | A, 65483, p.synOptions(65495, TS, TC, 10)),
    c('03:18:47.493478', ISN_C + 1, ISN_S + 1, A, 64, p.tsOptions(TC, TS)),
    c('03:18:47.493545', ISN_C + 1, ISN_S + 1, P | A, 64, p.tsOptions(TC, TS), 79),
    s('03:18:47.493550', ISN_S + 1, ISN_C + 80, A, 64, p.tsOptions(TS, TC)),
    s('03:18:47.494919', ISN_S + 1, ISN_C + 80, P | A, 64, p.tsOptions(TS + 1, TC), 155),
    c('03:18:47.494965', ISN_C + 80, ISN_S + 156, A, 64, p.tsOptions(TC + 1, TS + 1)),
    s('03:18:47.494989', ISN_S + 156, ISN_C + 80, P | A, 64, p.tsOptions(TS + 1, TC + 1), 980),
    c('03:18:47.494992', ISN_C + 80, ISN_S + 1136, A, 68, p.tsOptions(TC + 1, TS + 1)),
    c('03:18:47.495028', ISN_C + 80, ISN_S + 1136, F | A, 68, p.tsOptions(TC + 1, TS + 1)),
  ];
}

const POD_A = '10.244.1.5', POD_B = '10.244.2.7', SVC = '10.96.0.12';
const POD_A6 = 'fd00:10:244:1::5', POD_B6 = 'fd00:10:244:2::7';

/** Pod-to-pod ping across nodes, both families (TTL 62 / hop limit 62 after two routed hops). */
export function clusterPing(): Timed[] {
  const t0 = at('12:00:02.000000');
  const ms = (n: number): bigint => t0 + BigInt(n) * 1_000_000n;
  return [
    { ns: ms(0), data: p.icmpEcho(POD_A, POD_B, 'echoRequest', 187, 1, p.pingData(), 62) },
    { ns: ms(0) + 21_000n, data: p.icmpEcho(POD_B, POD_A, 'echoReply', 187, 1, p.pingData(), 62) },
    { ns: ms(1000), data: p.icmpEcho(POD_A, POD_B, 'echoRequest', 187, 2, p.pingData(), 62) },
    { ns: ms(1000) + 19_000n, data: p.icmpEcho(POD_B, POD_A, 'echoReply', 187, 2, p.pingData(), 62) },
    { ns: ms(2000), data: p.icmpEcho(POD_A6, POD_B6, 'echoRequest', 12000, 1, p.pingData(), 62) },
    { ns: ms(2000) + 25_000n, data: p.icmpEcho(POD_B6, POD_A6, 'echoReply', 12000, 1, p.pingData(), 62) },
  ];
}

/** `curl http://10.96.0.12/` from pod A after DNAT to nginx: handshake, request, response, FIN both ways. */
export function clusterCurl(): Timed[] {
  const t0 = at('12:00:03.000000');
  const us = (n: number): bigint => t0 + BigInt(n) * 1000n;
  const req = p.ascii('GET / HTTP/1.1\r\nHost: 10.96.0.12\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n');
  const res = p.ascii('HTTP/1.1 200 OK\r\nServer: nginx/1.23.2\r\nContent-Type: text/html\r\nContent-Length: 615\r\n\r\n');
  const ISN_C = 1234567890, ISN_S = 3094805, TC = 11, TS = 4000;
  const { TCP_ACK: A, TCP_SYN: S, TCP_PSH: P, TCP_FIN: F } = p;
  const c = (n: number, seq: number, ack: number, flags: number, opts: Uint8Array, payload?: Uint8Array): Timed =>
    ({ ns: us(n), data: p.tcp(POD_A, SVC, { srcPort: 45678, dstPort: 80, seq, ack, flags, window: flags & S ? 64240 : 502, options: opts, payload }) });
  const s = (n: number, seq: number, ack: number, flags: number, opts: Uint8Array, payload?: Uint8Array): Timed =>
    ({ ns: us(n), data: p.tcp(SVC, POD_A, { srcPort: 80, dstPort: 45678, seq, ack, flags, window: flags & S ? 65160 : 509, options: opts, payload }) });
  return [
    c(0, ISN_C, 0, S, p.synOptions(1460, TC, 0, 7)),
    s(80, ISN_S, ISN_C + 1, S | A, p.synOptions(1460, TS, TC, 7)),
    c(120, ISN_C + 1, ISN_S + 1, A, p.tsOptions(TC, TS)),
    c(200, ISN_C + 1, ISN_S + 1, P | A, p.tsOptions(TC, TS), req),
    s(260, ISN_S + 1, ISN_C + 1 + req.length, A, p.tsOptions(TS, TC)),
    s(400, ISN_S + 1, ISN_C + 1 + req.length, P | A, p.tsOptions(TS, TC), res),
    s(420, ISN_S + 1 + res.length, ISN_C + 1 + req.length, P | A, p.tsOptions(TS, TC), new Uint8Array(615).fill(0x3c)),
    c(460, ISN_C + 1 + req.length, ISN_S + 1 + res.length + 615, A, p.tsOptions(TC + 1, TS)),
    c(600, ISN_C + 1 + req.length, ISN_S + 1 + res.length + 615, F | A, p.tsOptions(TC + 1, TS)),
    s(650, ISN_S + 1 + res.length + 615, ISN_C + 2 + req.length, F | A, p.tsOptions(TS + 1, TC + 1)),
    c(700, ISN_C + 2 + req.length, ISN_S + 2 + res.length + 615, A, p.tsOptions(TC + 1, TS + 1)),
  ];
}

/** A DNS query and answer as plain UDP (the DNS printer is a later piece of work), v4 and v6. */
export function clusterUdp(): Timed[] {
  const t0 = at('12:00:04.000000');
  return [
    { ns: t0, data: p.udp(POD_A, 53124, '10.96.0.10', 53, new Uint8Array(47)) },
    { ns: t0 + 300_000n, data: p.udp('10.96.0.10', 53, POD_A, 53124, new Uint8Array(92)) },
    { ns: t0 + 1_000_000n, data: p.udp(POD_A6, 40000, POD_B6, 9999, p.ascii('hello\n')) },
  ];
}

/** UDP to a closed port answered with port unreachable, then traceroute's first hop, both families. */
export function clusterErrors(): Timed[] {
  const t0 = at('12:00:05.000000');
  const probe4 = p.udp(POD_A, 40000, SVC, 53, new Uint8Array(8));
  const probe6 = p.udp(POD_A6, 40001, POD_B6, 33434, new Uint8Array(32), 1);
  const trace4 = p.udp(POD_A, 40002, POD_B, 33434, new Uint8Array(32), 1);
  return [
    { ns: t0, data: probe4 },
    { ns: t0 + 40_000n, data: p.icmpError(SVC, POD_A, 'dstUnreachable', 3, probe4) },
    { ns: t0 + 1_000_000n, data: probe6 },
    { ns: t0 + 1_050_000n, data: p.icmpError(POD_B6, POD_A6, 'dstUnreachable', 4, probe6) },
    { ns: t0 + 2_000_000n, data: trace4 },
    { ns: t0 + 2_030_000n, data: p.icmpError('10.244.1.1', POD_A, 'timeExceeded', 0, trace4) },
    { ns: t0 + 3_000_000n, data: probe6 },
    { ns: t0 + 3_030_000n, data: p.icmpError('fd00:10:244:1::1', POD_A6, 'timeExceeded', 0, probe6) },
  ];
}
