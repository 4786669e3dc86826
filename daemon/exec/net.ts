// What the simulated network tools (ping, traceroute, curl, wget, nc, tcpdump) ask of the
// dataplane, seen from inside one network namespace. Types only: the daemon implements
// NetAccess over the dataplane host; exec/ never imports the dataplane itself.
import type { IpFamily } from '../domain/types.js';

/** Why a probe came back as an ICMP error (iputils and traceroute print each differently). */
export type IcmpErrorKind =
  | 'net-unreachable'   // ICMP 3/0, ICMPv6 1/0 "No route"
  | 'host-unreachable'  // ICMP 3/1, ICMPv6 1/3 "Address unreachable" (neighbour resolution failed)
  | 'port-unreachable'  // ICMP 3/3, ICMPv6 1/4
  | 'admin-prohibited'  // ICMP 3/13, ICMPv6 1/1
  | 'ttl-exceeded';     // ICMP 11/0, ICMPv6 3/0

/** Where a namespace would send a packet to `dst`, as `connect()` on a datagram socket finds out. */
export type RouteCheck =
  | { ok: true; family: IpFamily; src: string }
  | { ok: false; error: 'network-unreachable' };

export interface EchoOptions {
  family: IpFamily;
  dst: string;
  /** Probes to send; the caller has already applied -c and -w. */
  count: number;
  /** Milliseconds between probes (ping -i, in ms). */
  intervalMs: number;
  /** ICMP payload bytes (ping -s; 56 by default). */
  payloadSize: number;
  /** IP TTL / hop limit of the requests (ping -t; 64 by default). */
  ttl: number;
  /** ICMP echo identifier. */
  ident: number;
  /** icmp_seq of the first probe: 1 for iputils (the default), 0 for busybox. */
  firstSeq?: number;
}

export interface EchoProbe {
  /** icmp_seq as sent (iputils starts at 1, busybox at 0). */
  seq: number;
  /** When the request left, in ms since the first request. */
  sentAtMs: number;
  outcome: 'reply' | 'error' | 'lost';
  /** Reply or error arrival, in ms since the first request. */
  atMs?: number;
  /** Round-trip time in ms (replies). */
  rttMs?: number;
  /** TTL / hop limit of the reply as received. */
  ttl?: number;
  /** ICMP bytes of the reply (header + payload), e.g. 64. */
  bytes?: number;
  /** Source address of the reply or of the ICMP error. */
  from?: string;
  error?: IcmpErrorKind;
}

export type EchoResult =
  | { ok: true; src: string; probes: EchoProbe[] }
  | { ok: false; error: 'network-unreachable' };

export interface TracerouteOptions {
  family: IpFamily;
  dst: string;
  firstTtl: number;
  maxHops: number;
  /** Probes per hop (traceroute -q; 3). */
  queries: number;
  /** How long to wait for a probe's answer, in ms (traceroute -w; 5000). */
  waitMs: number;
  /** Whole packet length in bytes (60 for IPv4, 80 for IPv6 by default). */
  packetLen: number;
  /** First UDP destination port (33434); each probe uses the next one. */
  basePort: number;
}

export interface TraceProbe {
  /** Who answered (the hop router or the destination); undefined = no answer (`*`). */
  from?: string;
  rttMs?: number;
  /** The ICMP error that came back: ttl-exceeded for a hop, port-unreachable at the end. */
  error?: IcmpErrorKind;
}

export interface TraceHop { ttl: number; probes: TraceProbe[] }

export type TracerouteResult =
  | { ok: true; src: string; hops: TraceHop[]; reached: boolean }
  | { ok: false; error: 'network-unreachable' };

export type TransportProtocol = 'TCP' | 'UDP';

export interface ConnectOptions {
  family: IpFamily;
  dst: string;
  port: number;
  protocol: TransportProtocol;
  /** Bytes the client sends once connected (an HTTP request); empty for a bare connect (nc -z). */
  request: Uint8Array;
  /** Give up connecting after this many ms (curl --connect-timeout; the kernel's SYN retries ~127 s otherwise). */
  connectTimeoutMs: number;
  /** Give up on the whole exchange after this many ms (curl -m). */
  totalTimeoutMs?: number;
}

export type ConnectResult =
  | {
      outcome: 'ok';
      /** The local address and port the client used. */
      src: string;
      srcPort: number;
      /** Everything the server sent before closing. */
      response: Uint8Array;
      connectMs: number;
      totalMs: number;
    }
  | { outcome: 'refused'; elapsedMs: number }                       // RST, or ICMP port unreachable
  | { outcome: 'timeout'; elapsedMs: number; phase: 'connect' | 'transfer' }
  | { outcome: 'unreachable'; elapsedMs: number; error: IcmpErrorKind }
  | { outcome: 'network-unreachable' };                              // no route in this namespace

/** A packet seen on an interface: a copy of its IP bytes, when (virtual epoch ms) and which way. */
export interface SeenPacket { data: Uint8Array; atMs: number; direction: 'in' | 'out' }

/** The network as one namespace (a pod's, or a node's for hostNetwork pods and node exec) sees it. */
export interface NetAccess {
  route(dst: string): RouteCheck;
  echo(opts: EchoOptions): EchoResult;
  traceroute(opts: TracerouteOptions): TracerouteResult;
  connect(opts: ConnectOptions): ConnectResult;
  /** Interface names of this namespace (`lo`, `eth0`, ...). */
  interfaces(): string[];
  /** Taps interface `iface` until the returned function is called. */
  capture(iface: string, sink: (p: SeenPacket) => void): () => void;
}
