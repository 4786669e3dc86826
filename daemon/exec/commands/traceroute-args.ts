// traceroute 2.1.2's command line as libsupp/clif.c parses it: short groups, --long[=arg],
// traceroute.c's option handlers and CLIF's exact error reports (exit 2); options whose output
// netsim does not reproduce are refused. Imports IpFamily and ping-stats.ts only.
import type { IpFamily } from '../../domain/types.js';
import { formatG } from './ping-stats.js';

export interface TracerouteArgs {
  family?: IpFamily;
  numeric: boolean;
  firstTtl: number;
  maxHops: number;
  queries: number;
  waitSecs: number;
  hereFactor: number;
  nearFactor: number;
  sendSecs: number;
  port: number;
  /** argv index and text of the `host` and `packetlen` arguments. */
  args: { index: number; text: string }[];
  /** -s, resolved while parsing as traceroute does. */
  sourceFamily?: IpFamily;
}

export type ParsedTraceroute =
  | { ok: true; a: TracerouteArgs }
  | { ok: false; stderr: string; exitCode: number; stdout?: string };

/** getaddr() for -s: the address's family, or the line getaddr prints when it fails. */
export type SourceLookup = (name: string, family?: IpFamily) => IpFamily | string;

type Handler = (a: TracerouteArgs, v: string, lookup: SourceLookup) => boolean | string;
interface Opt { short?: string; long?: string; arg?: string; handler?: Handler; refuse?: true; exit?: 'help' | 'version' }

/** C strtol/strtoul(arg, &end, 0) over the whole string (hex, octal, decimal); undefined if it stops early. */
function strtolBase0(v: string): bigint | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(v);
  if (!m) return undefined;
  const digits = m[2];
  const n = /^0[xX]/.test(digits) ? BigInt(digits) : digits.startsWith('0') ? BigInt(`0o${digits.slice(1) || '0'}`) : BigInt(digits);
  return m[1] === '-' ? -n : n;
}

/** CLIF_set_uint: strtoul() stored as unsigned int (so -1 is 4294967295). */
export function clifUint(v: string): number | undefined {
  const n = strtolBase0(v);
  if (n === undefined) return undefined;
  const clamped = n > 0xffffffffffffffffn ? 0xffffffffffffffffn : n < -0xffffffffffffffffn ? -0xffffffffffffffffn : n;
  return Number(BigInt.asUintN(32, BigInt.asUintN(64, clamped)));
}

/** CLIF_arg_int: strtol() stored as int. */
export function clifInt(v: string): number | undefined {
  const n = strtolBase0(v);
  return n === undefined ? undefined : Number(BigInt.asIntN(32, n));
}

/** strtod over the start of `s`: the value and how many characters it took (0 = none). */
function strtodPrefix(s: string): [number, number] {
  const m = /^[ \t\n\v\f\r]*[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/i.exec(s);
  return m ? [Number(m[0].trim().replace(/inf(inity)?$/i, 'Infinity')), m[0].length] : [0, 0];
}

/** set_wait_specs: MAX[,HERE[,NEAR]] (any one character separates them). */
function setWait(a: TracerouteArgs, v: string): boolean {
  a.hereFactor = 0; a.nearFactor = 0;
  const fields: number[] = [];
  let rest = v;
  for (let k = 0; k < 3; k++) {
    const [n, len] = strtodPrefix(rest);
    if (len === 0) return false;
    fields.push(n);
    rest = rest.slice(len);
    if (rest === '') break;
    if (k === 2) return false;
    rest = rest.slice(1);
  }
  [a.waitSecs, a.hereFactor = 0, a.nearFactor = 0] = fields;
  return true;
}

const uint = (set: (a: TracerouteArgs, n: number) => void): Handler => (a, v) => {
  const n = clifUint(v);
  if (n === undefined) return false;
  set(a, n);
  return true;
};
const accept: Handler = () => true;

// traceroute.c option_list, in its order (the order CLIF searches).
const OPTIONS: Opt[] = [
  { short: '4', handler: (a) => { a.family = 'IPv4'; return true; } },
  { short: '6', handler: (a) => { a.family = 'IPv6'; return true; } },
  { short: 'd', long: 'debug', handler: accept },
  { short: 'F', long: 'dont-fragment', handler: accept },
  { short: 'f', long: 'first', arg: 'first_ttl', handler: uint((a, n) => { a.firstTtl = n; }) },
  { short: 'g', long: 'gateway', arg: 'gate,...', refuse: true },
  { short: 'I', long: 'icmp', refuse: true },
  { short: 'T', long: 'tcp', refuse: true },
  { short: 'i', long: 'interface', arg: 'device', handler: accept },
  { short: 'm', long: 'max-hops', arg: 'max_ttl', handler: uint((a, n) => { a.maxHops = n; }) },
  { short: 'N', long: 'sim-queries', arg: 'squeries', handler: uint(() => undefined) },
  { short: 'n', handler: (a) => { a.numeric = true; return true; } },
  { short: 'p', long: 'port', arg: 'port', handler: uint((a, n) => { a.port = n; }) },
  { short: 't', long: 'tos', arg: 'tos', handler: uint(() => undefined) },
  { short: 'l', long: 'flowlabel', arg: 'flow_label', handler: uint(() => undefined) },
  { short: 'w', long: 'wait', arg: 'MAX,HERE,NEAR', handler: setWait },
  { short: 'q', long: 'queries', arg: 'nqueries', handler: uint((a, n) => { a.queries = n; }) },
  { short: 'r', handler: accept },
  { short: 's', long: 'source', arg: 'src_addr', handler: (a, v, lookup) => {
    const f = lookup(v, a.family);
    if (f !== 'IPv4' && f !== 'IPv6') return f;
    a.sourceFamily = f;
    return true;
  } },
  { short: 'z', long: 'sendwait', arg: 'sendwait', handler: (a, v) => {
    const [n, len] = strtodPrefix(v);
    if (len === 0 || len !== v.length) return false;
    a.sendSecs = n;
    return true;
  } },
  { short: 'e', long: 'extensions', handler: accept },
  { short: 'A', long: 'as-path-lookups', refuse: true },
  { short: 'M', long: 'module', arg: 'name', refuse: true },
  { short: 'O', long: 'options', arg: 'OPTS,...', refuse: true },
  { long: 'sport', arg: 'num', handler: uint(() => undefined) },
  { long: 'fwmark', arg: 'num', handler: uint(() => undefined) },
  { short: 'U', long: 'udp', refuse: true },
  { long: 'UL', refuse: true },
  { short: 'D', long: 'dccp', refuse: true },
  { short: 'P', long: 'protocol', arg: 'prot', refuse: true },
  { long: 'mtu', refuse: true },
  { long: 'back', refuse: true },
  { short: 'V', long: 'version', exit: 'version' },
  { long: 'help', exit: 'help' },
];

const err = (stderr: string): ParsedTraceroute => ({ ok: false, stderr: `${stderr}\n`, exitCode: 2 });
const name = (o: Opt, short: boolean) => (short ? `-${o.short}` : o.long === 'UL' ? '-UL' : `--${o.long}`);
const withArg = (o: Opt, short: boolean) => (short ? `-${o.short} ${o.arg}` : `--${o.long}=${o.arg}`);

/** Runs an option's handler as CLIF's call_function does; an error report on failure. */
function apply(o: Opt, short: boolean, v: string | undefined, at: number, a: TracerouteArgs, lookup: SourceLookup): ParsedTraceroute | 'exit-help' | 'exit-version' | undefined {
  if (o.exit) return o.exit === 'help' ? 'exit-help' : 'exit-version';
  if (o.refuse) return { ok: false, stderr: `traceroute: option ${name(o, short)} is not simulated by netsim\n`, exitCode: 2 };
  const r = o.handler!(a, v ?? '', lookup);
  if (r === true) return undefined;
  const report = o.arg ? `Cannot handle \`${name(o, short)}' option with arg \`${v}' (argc ${at})` : `Cannot handle \`${name(o, short)}' option (argc ${at})`;
  return err(typeof r === 'string' ? `${r}${report}` : report);
}

export interface ParseResult { parsed: ParsedTraceroute; help?: 'help' | 'version' }

/** CLIF_parse_cmdline over argv; `help` asks the caller to print the help or version and exit 0. */
export function parseTracerouteArgs(argv: readonly string[], lookup: SourceLookup): ParseResult {
  const a: TracerouteArgs = {
    numeric: false, firstTtl: 1, maxHops: 30, queries: 3, waitSecs: 5, hereFactor: 3, nearFactor: 10, sendSecs: 0, port: 0, args: [],
    ...(argv[0].endsWith('6') ? { family: 'IPv6' as const } : argv[0].endsWith('4') ? { family: 'IPv4' as const } : {}),
  };
  if (argv.length <= 1) return { parsed: { ok: false, stderr: '', exitCode: 0 }, help: 'help' };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') { for (let j = i + 1; j < argv.length; j++) a.args.push({ index: j, text: argv[j] }); break; }
    if (!arg.startsWith('-') || arg === '-') { a.args.push({ index: i, text: arg }); continue; }
    const step = arg.startsWith('--') || arg === '-UL' ? parseLong(argv, i, a, lookup) : parseShort(argv, i, a, lookup);
    if (typeof step !== 'number') return step;
    i = step;
  }
  return { parsed: { ok: true, a } };
}

type Step = number | ParseResult;

function outcome(r: ReturnType<typeof apply>): ParseResult | undefined {
  if (r === 'exit-help') return { parsed: { ok: false, stderr: '', exitCode: 0 }, help: 'help' };
  if (r === 'exit-version') return { parsed: { ok: false, stderr: '', exitCode: 0 }, help: 'version' };
  return r ? { parsed: r } : undefined;
}

function parseLong(argv: readonly string[], i: number, a: TracerouteArgs, lookup: SourceLookup): Step {
  const arg = argv[i];
  const eq = arg.indexOf('=');
  const key = arg === '-UL' ? 'UL' : arg.slice(2, eq < 0 ? undefined : eq);
  const o = OPTIONS.find((x) => x.long === key);
  if (!o) return { parsed: err(eq < 0 ? `Bad option \`${arg}' (argc ${i})` : `Bad option \`${arg}' (with arg \`${arg.slice(eq + 1)}') (argc ${i})`) };
  let v: string | undefined;
  if (o.arg) {
    v = eq >= 0 ? arg.slice(eq + 1) : argv[i + 1];
    if (v === undefined) return { parsed: err(`Option \`--${o.long}' (argc ${i}) requires an argument: \`${withArg(o, false)}'`) };
    if (eq < 0) i++;
  }
  return outcome(apply(o, false, v, i, a, lookup)) ?? i;
}

function parseShort(argv: readonly string[], i: number, a: TracerouteArgs, lookup: SourceLookup): Step {
  const arg = argv[i];
  for (let j = 1; j < arg.length; j++) {
    const o = OPTIONS.find((x) => x.short === arg[j]);
    if (!o) return { parsed: err(`Bad option \`-${arg[j]}' (argc ${i})`) };
    let v: string | undefined;
    const at = i;
    if (o.arg) {
      if (j === arg.length - 1) {
        v = argv[i + 1];
        if (v === undefined) return { parsed: err(`Option \`-${o.short}' (argc ${i}) requires an argument: \`${withArg(o, true)}'`) };
        i++;
      } else if (j === 1) v = arg.slice(2);
      else return { parsed: err(`Option \`-${o.short}' (argc ${i}) requires an argument: \`${withArg(o, true)}'`) };
    }
    const r = outcome(apply(o, true, v, v !== undefined && i !== at ? i : at, a, lookup));
    if (r) return r;
    if (v !== undefined) break;
  }
  return i;
}

/** main()'s checks after parsing, in its order (ex_error: exit 2). */
export function checkTracerouteArgs(a: TracerouteArgs, family: IpFamily, packetLen: number): ParsedTraceroute | undefined {
  if (!a.firstTtl || a.firstTtl > a.maxHops) return err('first hop out of range');
  if (a.maxHops > 255) return err('max hops cannot be more than 255');
  if (!a.queries || a.queries > 10) return err('no more than 10 probes per hop');
  if (a.waitSecs < 0 || a.hereFactor < 0 || a.nearFactor < 0) {
    return err(`bad wait specifications \`${formatG(a.waitSecs)},${formatG(a.hereFactor)},${formatG(a.nearFactor)}' used`);
  }
  if (packetLen > 65000) return err(`too big packetlen ${packetLen} specified`);
  if (a.sourceFamily && a.sourceFamily !== family) return err('IP version mismatch in addresses specified');
  if (a.sendSecs < 0) return err(`bad sendtime \`${formatG(a.sendSecs)}' specified`);
  return undefined;
}
