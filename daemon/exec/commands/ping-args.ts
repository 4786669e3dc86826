// iputils 20221126 ping's command line: GNU getopt over ping.c's option string, the
// strtol_or_err/ping_strtod checks with their exact messages and exit codes, and the usage text.
// Pure; imports the domain's IpFamily only.
import type { IpFamily } from '../../domain/types.js';

export interface IputilsOptions {
  family?: IpFamily;
  count?: number;
  /** -i in ms ((int)(seconds * 1000)); 1000 by default. */
  intervalMs: number;
  /** -W in ms: how long ping lingers for answers after its last probe (10 s). */
  lingerMs: number;
  /** -w in seconds; 0 = none. */
  deadline: number;
  payload: number;
  ttl?: number;
  numeric: boolean;
  quiet: boolean;
  /** -I: an interface name (SO_BINDTODEVICE) or a source address (strict source). */
  device?: string;
  source?: string;
  /** Every non-option argument; ping uses the last. */
  targets: string[];
  /** Warnings ping prints on stderr and carries on (ping_strtod's "garbage"). */
  warnings: string;
}

export type ParsedArgs = { ok: true; o: IputilsOptions } | { ok: false; stderr: string; exitCode: number };

// ping.c main(): "h?" "4bRT:" "6F:N:" "aABc:CdDe:fi:I:l:Lm:M:nOp:qQ:rs:S:t:UvVw:W:"
const WITH_ARG = new Set('TFNceiIlmMpQsStwW');
const FLAGS = new Set('h?4bR6aABCdDfLnOqrUvV');
// Options whose output the simulation does not reproduce (timestamps, flood dots, record route...).
const NOT_SIMULATED = new Set('DfAaOvURTNpV');
const LONG_MAX = 9223372036854775807n;

/** usage(): printed on stderr with exit 2 for -h and after a getopt error. */
export const iputilsUsage = (): string => USAGE;

const USAGE = `
Usage
  ping [options] <destination>

Options:
  <destination>      dns name or ip address
  -a                 use audible ping
  -A                 use adaptive ping
  -B                 sticky source address
  -c <count>         stop after <count> replies
  -C                 call connect() syscall on socket creation
  -D                 print timestamps
  -d                 use SO_DEBUG socket option
  -e <identifier>    define identifier for ping session, default is random for
                     SOCK_RAW and kernel defined for SOCK_DGRAM
                     Imply using SOCK_RAW (for IPv4 only for identifier 0)
  -f                 flood ping
  -h                 print help and exit
  -I <interface>     either interface name or address
  -i <interval>      seconds between sending each packet
  -L                 suppress loopback of multicast packets
  -l <preload>       send <preload> number of packages while waiting replies
  -m <mark>          tag the packets going out
  -M <pmtud opt>     define mtu discovery, can be one of <do|dont|want>
  -n                 no dns name resolution
  -O                 report outstanding replies
  -p <pattern>       contents of padding byte
  -q                 quiet output
  -Q <tclass>        use quality of service <tclass> bits
  -s <size>          use <size> as number of data bytes to be sent
  -S <size>          use <size> as SO_SNDBUF socket option value
  -t <ttl>           define time to live
  -U                 print user-to-user latency
  -v                 verbose output
  -V                 print version and exit
  -w <deadline>      reply wait <deadline> in seconds
  -W <timeout>       time to wait for response

IPv4 options:
  -4                 use IPv4
  -b                 allow pinging broadcast
  -R                 record route
  -T <timestamp>     define timestamp, can be one of <tsonly|tsandaddr|tsprespec>

IPv6 options:
  -6                 use IPv6
  -F <flowlabel>     define flow label, default is random
  -N <nodeinfo opt>  use icmp6 node info query, try <help> as argument

For more details see ping(8).
`;

/** iputils strtol_or_err(): base 10, the whole string, min..max; failures exit 1. */
function strtolOrErr(prog: string, s: string, min: bigint, max: bigint): bigint | ParsedArgs {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)$/.exec(s);
  if (!m) return { ok: false, stderr: `${prog}: invalid argument: '${s}'\n`, exitCode: 1 };
  const v = BigInt(m[1]);
  if (v > LONG_MAX || v < -LONG_MAX - 1n) return { ok: false, stderr: `${prog}: invalid argument: '${s}': Numerical result out of range\n`, exitCode: 1 };
  if (v < min || v > max) return { ok: false, stderr: `${prog}: invalid argument: '${s}': out of range: ${min} <= value <= ${max}\n`, exitCode: 1 };
  return v;
}

/** iputils ping_strtod(): C strtod in the C locale; trailing garbage only warns, inf/nan fail (exit 2). */
function pingStrtod(prog: string, s: string, what: string, o: IputilsOptions): number | ParsedArgs {
  // An empty argument fails with whatever errno setlocale() left behind: ENOENT in a container.
  if (s === '') return { ok: false, stderr: `${prog}: ${what}: : No such file or directory\n`, exitCode: 2 };
  const m = /^[ \t\n\v\f\r]*([+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan))/i.exec(s);
  const end = m ? m[0].length : 0;
  if (end < s.length) o.warnings += `${prog}: option argument contains garbage: ${s.slice(end)}\n${prog}: this will become fatal error in the future\n`;
  const v = m ? Number(m[1].replace(/^([+-]?)inf(inity)?$/i, '$1Infinity')) : 0;
  if (!Number.isFinite(v)) return { ok: false, stderr: `${prog}: ${what}: ${s}: Numerical result out of range\n`, exitCode: 2 };
  return v;
}

const usageError = (prog: string, msg: string): ParsedArgs => ({ ok: false, stderr: `${prog}: ${msg}\n${iputilsUsage()}`, exitCode: 2 });

/** GNU getopt with argument permutation: options may follow the destination. */
export function parseIputilsArgs(argv: readonly string[]): ParsedArgs {
  const prog = argv[0];
  const o: IputilsOptions = {
    intervalMs: 1000, lingerMs: 10_000, deadline: 0, payload: 56, numeric: false, quiet: false, targets: [], warnings: '',
    ...(prog.endsWith('6') ? { family: 'IPv6' as const } : prog.endsWith('4') ? { family: 'IPv4' as const } : {}),
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { o.targets.push(...argv.slice(i + 1)); break; }
    if (!a.startsWith('-') || a === '-') { o.targets.push(a); continue; }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (WITH_ARG.has(c)) {
        const v = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
        if (v === undefined) return usageError(prog, `option requires an argument -- '${c}'`);
        const r = applyValued(prog, c, v, o);
        if (r) return r;
        break;
      }
      if (!FLAGS.has(c)) return usageError(prog, `invalid option -- '${c}'`);
      const r = applyFlag(prog, c, o);
      if (r) return r;
    }
  }
  return { ok: true, o };
}

function applyFlag(prog: string, c: string, o: IputilsOptions): ParsedArgs | undefined {
  if (c === 'h' || c === '?') return { ok: false, stderr: iputilsUsage(), exitCode: 2 };
  if (NOT_SIMULATED.has(c)) return { ok: false, stderr: `${prog}: option -${c} is not simulated by netsim\n`, exitCode: 2 };
  if (c === '4' || c === '6') {
    const f: IpFamily = c === '4' ? 'IPv4' : 'IPv6';
    if (o.family && o.family !== f) return { ok: false, stderr: `${prog}: only one -4 or -6 option may be specified\n`, exitCode: 2 };
    o.family = f;
  } else if (c === 'n') o.numeric = true;
  else if (c === 'q') o.quiet = true;
  return undefined;
}

function applyValued(prog: string, c: string, v: string, o: IputilsOptions): ParsedArgs | undefined {
  if (NOT_SIMULATED.has(c)) return { ok: false, stderr: `${prog}: option -${c} is not simulated by netsim\n`, exitCode: 2 };
  const int = (min: bigint, max: bigint) => strtolOrErr(prog, v, min, max);
  switch (c) {
    case 'c': { const r = int(1n, LONG_MAX); if (typeof r !== 'bigint') return r; o.count = Number(r); break; }
    case 's': { const r = int(0n, 2147483647n); if (typeof r !== 'bigint') return r; o.payload = Number(r); break; }
    case 't': { const r = int(0n, 255n); if (typeof r !== 'bigint') return r; o.ttl = Number(r); break; }
    case 'w': { const r = int(0n, 2147483647n); if (typeof r !== 'bigint') return r; o.deadline = Number(r); break; }
    case 'i': {
      const r = pingStrtod(prog, v, 'bad timing interval', o);
      if (typeof r !== 'number') return r;
      if (r > 2147483647 / 1000) return { ok: false, stderr: `${prog}: bad timing interval: ${v}\n`, exitCode: 2 };
      o.intervalMs = Math.max(0, Math.trunc(r * 1000));
      break;
    }
    case 'W': {
      const r = pingStrtod(prog, v, 'bad linger time', o);
      if (typeof r !== 'number') return r;
      if (r < 0 || r > 2147483647 / 1000) return { ok: false, stderr: `${prog}: bad linger time: ${v}\n`, exitCode: 2 };
      o.lingerMs = Math.trunc(r * 1000);
      break;
    }
    case 'I': {
      // An address with a colon is IPv6 (with an optional %scope naming the device), a dotted
      // quad a source address, anything else an interface.
      const pct = v.indexOf('%');
      if (v.includes(':')) { o.source = pct < 0 ? v : v.slice(0, pct); if (pct >= 0) o.device = v.slice(pct + 1); } else if (/^\d+\.\d+\.\d+\.\d+$/.test(v)) o.source = v; else o.device = v;
      break;
    }
    default: break;   // -e -l -m -M -Q -S -F: accepted; nothing in the simulation depends on them
  }
  return undefined;
}
