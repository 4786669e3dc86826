// Test-only seeded corpus for comparing with the real tcpdump: well-formed ICMP, ICMPv6, UDP,
// TCP (random options, HTTP heads), ICMP errors and IP-in-IP, then truncated or bit-flipped.
// Packets whose tcpdump output comes from printers this project does not reimplement are dropped.
import * as p from './packets.js';

/** mulberry32: a small, fixed-seed generator. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const A4 = ['10.244.1.5', '10.96.0.12', '10.0.0.1'];
const A6 = ['fd00:10:244:1::5', 'fd00::12', '::1.2.3.4', '2001:db8::1:0:0:1'];
/** Ports without a payload printer in tcpdump, except 80/8080 (HTTP, which pretty-http.ts prints). */
const PORTS = [40000, 45678, 80, 8080, 9999, 33434, 31000];
const HTTP = ['GET / HTTP/1.1\r\nHost: a\r\n\r\n', 'HTTP/1.1 404 Not Found\r\n', 'POST /x HTTP/1.0', 'hello world\r\n',
  'get /lower\n', 'X 200 y\r\n', 'BAD\rline\r\n', '\x00\x01binary'];
/** TCP option kinds with their usual lengths; MPTCP (30) and MD5 (19) are left out. */
const OPTION_LEN: Readonly<Record<number, number>> = { 2: 4, 3: 3, 4: 2, 6: 6, 7: 6, 8: 10, 11: 6, 12: 6, 13: 6, 20: 4, 28: 4 };

class Gen {
  constructor(private readonly rnd: () => number) {}
  int(n: number): number { return Math.floor(this.rnd() * n); }
  pick<T>(a: readonly T[]): T { return a[this.int(a.length)]; }
  chance(x: number): boolean { return this.rnd() < x; }

  options(): Uint8Array {
    const out: number[] = [];
    for (let i = this.int(5); i > 0; i--) {
      const k = this.pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 20, 28, 29, 34, 254, 99]);
      if (k <= 1) { out.push(k); continue; }
      const len = this.chance(0.8) ? OPTION_LEN[k] ?? (k === 5 ? 2 + 8 * this.int(3) : 2 + this.int(8)) : this.int(12);
      out.push(k, len);
      for (let j = 2; j < len; j++) out.push(k === 254 && j === 2 ? this.pick([0xf9, 0x12]) : k === 254 && j === 3 ? 0x89 : this.int(256));
    }
    while (out.length % 4) out.push(this.pick([0, 1]));
    return Uint8Array.from(out.slice(0, 40));
  }

  tcp(src: string, dst: string): Uint8Array {
    const payload = this.chance(0.5) ? p.ascii(this.pick(HTTP)) : new Uint8Array(this.int(30));
    const same = this.chance(0.15);      // equal ports: tcpdump orders the conversation by address
    return p.tcp(src, dst, {
      srcPort: same ? 9999 : this.pick(PORTS), dstPort: same ? 9999 : this.pick(PORTS), seq: this.int(2 ** 32),
      ack: this.int(2 ** 32), flags: this.int(256), window: this.int(65536), options: this.options(), payload,
    });
  }

  error(src: string, dst: string, v6: boolean): Uint8Array {
    const inner = this.chance(0.5) ? p.udp(dst, this.pick(PORTS), src, this.pick(PORTS), new Uint8Array(this.int(20)))
      : p.tcp(dst, src, { srcPort: this.pick(PORTS), dstPort: this.pick(PORTS), seq: 1, ack: 2, flags: 2, window: 3 });
    const b = p.icmpError(src, dst, this.pick(['dstUnreachable', 'timeExceeded'] as const), this.int(8), inner);
    if (this.chance(0.5)) {
      b[v6 ? 40 : 20] = v6 ? this.pick([1, 2, 3, 4, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 141, 142, 143, 144, 145, 146, 147, 200, 201, 250]) : this.int(20);
    }
    return b;
  }

  packet(depth = 0): Uint8Array {
    const v6 = this.chance(0.4), A = v6 ? A6 : A4, src = this.pick(A), dst = this.pick(A);
    switch (this.int(depth > 0 ? 5 : 6)) {
      case 0: return p.icmpEcho(src, dst, this.pick(['echoRequest', 'echoReply'] as const), this.int(65536), this.int(65536), new Uint8Array(this.int(64)));
      case 1: return p.udp(src, this.pick(PORTS), dst, this.pick(PORTS), new Uint8Array(this.int(40)));
      case 2: return this.tcp(src, dst);
      case 3: case 4: return this.error(src, dst, v6);
      default: return p.ipPacket(src, dst, this.pick([4, 41, 59, 77, 253]), this.packet(depth + 1));
    }
  }

  mutate(b: Uint8Array): Uint8Array {
    const r = this.rnd();
    if (r < 0.3) return b;
    if (r < 0.5) return b.slice(0, this.int(b.length + 1));
    const c = b.slice();
    for (let i = 1 + this.int(3); i > 0; i--) {
      const hot = c[0] >> 4 === 6 ? [4, 5, 6, 40, 41, 42, 43, 44, 45, 46, 47, 52, 53, 54] : [0, 2, 3, 6, 7, 9, 20, 21, 22, 23, 24, 25, 26, 27, 32, 33, 34];
      const at = this.chance(0.7) ? this.pick(hot) : this.int(c.length);
      if (at < c.length) c[at] = this.chance(0.5) ? this.int(256) : c[at] ^ (1 << this.int(8));
    }
    return c;
  }
}

const MODELLED_PROTOCOLS = new Set([1, 4, 6, 17, 41, 58, 59, 77, 253]);
const PORT_SET = new Set(PORTS);

/**
 * False for packets that reach a tcpdump printer this project leaves out: other protocols (also
 * inside IP-in-IP), other ports, MPTCP and MD5 options, node information and renumbering.
 */
function modelled(b: Uint8Array, inner = false): boolean {
  if (b.length === 0) return inner;                       // tcpdump prints `[Invalid header ...]` without a timestamp
  const v = b[0] >> 4, hl = v === 4 ? (b[0] & 15) * 4 : 40;
  if ((v === 4 && b.length < 20) || (v === 6 && b.length < 40) || (v !== 4 && v !== 6)) return true;
  const nh = v === 4 ? b[9] : b[6];
  if (!MODELLED_PROTOCOLS.has(nh)) return false;
  if (nh === 4 || nh === 41) return modelled(b.subarray(hl), true);
  if ((nh === 6 || nh === 17) && b.length >= hl + 4) {
    if (!PORT_SET.has((b[hl] << 8) | b[hl + 1]) || !PORT_SET.has((b[hl + 2] << 8) | b[hl + 3])) return false;
  }
  if (nh === 6 && b.length > hl + 20 && b.subarray(hl + 20, hl + ((b[hl + 12] ?? 0) >> 4) * 4).some((x) => x === 19 || x === 30)) return false;
  return !(v === 6 && nh === 58 && b.length > 40 && [138, 139, 140, 155].includes(b[40]));
}

/** `n` packets from `seed`, most of them malformed in some way. */
export function corpus(seed: number, n: number): Uint8Array[] {
  const g = new Gen(rng(seed));
  const out: Uint8Array[] = [];
  while (out.length < n) {
    const b = g.mutate(g.packet());
    if (modelled(b)) out.push(b);
  }
  return out;
}

const F4 = ['10.0.0.1', '10.0.0.2', '10.244.1.5', '1.2.3.4', '5.6.7.8', '127.0.0.1', '127.0.0.0', '10.1.2.3'];
const F6 = ['fd00::1', 'fd00::2', 'fd00:10:244:1::5', '::1', 'fe80::1', 'fd00:10:244:2::7'];
const FPORTS = [53, 80, 443, 22, 8080, 1, 1024, 40000, 3];

/** Well-formed packets over few addresses and ports, for comparing filters: every protocol pcap names, IPv6 fragment headers, IPv4 fragments. */
export function filterCorpus(seed: number, n: number): Uint8Array[] {
  const g = new Gen(rng(seed));
  return Array.from({ length: n }, () => {
    const v6 = g.chance(0.4), A = v6 ? F6 : F4, src = g.pick(A), dst = g.pick(A);
    const ports = (): number[] => [g.pick(FPORTS), g.pick(FPORTS)].flatMap((x) => [x >> 8, x & 255]);
    let b: Uint8Array;
    switch (g.int(6)) {
      case 0: b = p.icmpEcho(src, dst, 'echoRequest', 1, 1, new Uint8Array(8)); break;
      case 1: b = p.udp(src, g.pick(FPORTS), dst, g.pick(FPORTS), new Uint8Array(4)); break;
      case 2: b = p.ipPacket(src, dst, g.pick([132, 2, 50, 51, 103, 112, 9, 47, 58, 1]), Uint8Array.of(...ports(), 0, 0, 0, 0, 6, 0, 0, 0)); break;
      case 3: b = p.ipPacket(src, dst, 44, Uint8Array.of(g.pick([6, 17, 58, 132]), 0, 0, 0, 0, 0, 0, 0, ...ports())); break;
      default: b = p.tcp(src, dst, { srcPort: g.pick(FPORTS), dstPort: g.pick(FPORTS), seq: 1, ack: 1, flags: 2, window: 1 });
    }
    if (!v6 && g.chance(0.1)) { b[6] = g.pick([0x20, 0x00, 0x40]); b[7] = g.pick([0, 1]); }   // first and later fragments
    return b;
  });
}
