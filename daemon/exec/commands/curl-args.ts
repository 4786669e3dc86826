// curl 7.88's command line (src/tool_getparam.c) for the options netsim simulates, and the
// URL (lib/urlapi.c with CURLU_GUESS_SCHEME). Pure; imports only wire/ip.ts.
import { parseIpv4, parseIpv6 } from '../../../dataplane/wire/ip.js';

export interface CurlOptions {
  url?: string;
  silent: boolean;
  showError: boolean;
  verbose: boolean;
  include: boolean;
  head: boolean;
  fail: boolean;
  /** -o FILE: the body goes there instead of stdout (files are not kept; /dev/null is the common case). */
  output?: string;
  maxTimeMs?: number;
  connectTimeoutMs?: number;
  family?: 'IPv4' | 'IPv6';
  method?: string;
  headers: string[];
  data?: string;
  writeOut?: string;
}

export type CurlArgs = { ok: true; opts: CurlOptions } | { ok: false; stderr: string; exitCode: number };

// Options without a value; -L (--location) and -k (--insecure) are accepted and change nothing
// (no simulated server redirects on its own; there is no TLS).
const FLAGS: Readonly<Record<string, (o: CurlOptions) => void>> = {
  s: (o) => { o.silent = true; }, silent: (o) => { o.silent = true; },
  S: (o) => { o.showError = true; }, 'show-error': (o) => { o.showError = true; },
  v: (o) => { o.verbose = true; }, verbose: (o) => { o.verbose = true; },
  i: (o) => { o.include = true; }, include: (o) => { o.include = true; },
  I: (o) => { o.head = true; }, head: (o) => { o.head = true; },
  f: (o) => { o.fail = true; }, fail: (o) => { o.fail = true; },
  '4': (o) => { o.family = 'IPv4'; }, ipv4: (o) => { o.family = 'IPv4'; },
  '6': (o) => { o.family = 'IPv6'; }, ipv6: (o) => { o.family = 'IPv6'; },
  L: () => {}, location: () => {}, k: () => {}, insecure: () => {}, N: () => {}, 'no-buffer': () => {},
};

type Setter = (o: CurlOptions, v: string) => string | undefined;
const seconds = (v: string): number | undefined => (/^\d+(\.\d+)?$/.test(v) ? Math.round(Number(v) * 1000) : undefined);

// Options with a value; a setter returns an error reason (param2text) or undefined.
const VALUED: Readonly<Record<string, Setter>> = {
  o: (o, v) => { o.output = v; return undefined; },
  m: (o, v) => { const ms = seconds(v); if (ms === undefined) return 'expected a proper numerical parameter'; o.maxTimeMs = ms; return undefined; },
  'connect-timeout': (o, v) => { const ms = seconds(v); if (ms === undefined) return 'expected a proper numerical parameter'; o.connectTimeoutMs = ms; return undefined; },
  H: (o, v) => { o.headers.push(v); return undefined; },
  X: (o, v) => { o.method = v; return undefined; },
  d: (o, v) => { o.data = o.data === undefined ? v : `${o.data}&${v}`; return undefined; },
  w: (o, v) => { o.writeOut = v; return undefined; },
  url: (o, v) => { o.url ??= v; return undefined; },
};
const LONG_ALIASES: Readonly<Record<string, string>> = {
  output: 'o', 'max-time': 'm', header: 'H', request: 'X', data: 'd', 'data-raw': 'd', 'data-binary': 'd', 'data-ascii': 'd', 'write-out': 'w',
};

const helpf = (msg: string) => `curl: ${msg}\ncurl: try 'curl --help' or 'curl --manual' for more information\n`;

/** Parses argv[1..]; errors are curl's (`curl: option -x: is unknown`, exit 2). */
export function parseCurlArgs(argv: readonly string[]): CurlArgs {
  const o: CurlOptions = { silent: false, showError: false, verbose: false, include: false, head: false, fail: false, headers: [] };
  const bad = (opt: string, reason: string): CurlArgs => ({ ok: false, stderr: helpf(`option ${opt}: ${reason}`), exitCode: 2 });
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--') && a.length > 2) {
      const name = LONG_ALIASES[a.slice(2)] ?? a.slice(2);
      if (FLAGS[name]) { FLAGS[name](o); continue; }
      const set = VALUED[name];
      if (!set) return bad(a, 'is unknown');
      if (i + 1 >= argv.length) return bad(a, 'requires parameter');
      const err = set(o, argv[++i]);
      if (err) return bad(a, err);
    } else if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const f = a[j];
        if (FLAGS[f]) { FLAGS[f](o); continue; }
        const set = VALUED[f];
        if (!set) return bad(`-${f}`, 'is unknown');
        const value = a.length > j + 1 ? a.slice(j + 1) : argv[++i];
        if (value === undefined) return bad(`-${f}`, 'requires parameter');
        const err = set(o, value);
        if (err) return bad(`-${f}`, err);
        break;
      }
    } else o.url ??= a;
  }
  if (o.url === undefined) return { ok: false, stderr: helpf('no URL specified!'), exitCode: 2 };
  if (o.head && o.data !== undefined) {
    return { ok: false, stderr: 'Warning: You can only select one HTTP request method! You asked for both POST \nWarning: (-d, --data) and HEAD (-I, --head).\n', exitCode: 2 };
  }
  return { ok: true, opts: o };
}

export interface CurlUrl {
  scheme: 'http' | 'https';
  /** The host as written, without brackets (`fd00::1`, `web`). */
  host: string;
  /** Whether host is an IP literal (no resolution). */
  literal: boolean;
  port: number;
  /** Path and query as sent in the request line (`/`, `/echo?msg=x`). */
  path: string;
  /** The Host header value: brackets for IPv6, `:port` when not the scheme's default. */
  hostHeader: string;
}

export type UrlParse = { ok: true; url: CurlUrl } | { ok: false; code: number; message: string };

const MALFORMED: UrlParse = { ok: false, code: 3, message: 'URL using bad/illegal format or missing URL' };

/** `http://host[:port]/path`, `http://[v6]:port/`, `host/path` (http is guessed). */
export function parseCurlUrl(raw: string): UrlParse {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/.exec(raw);
  const scheme = (m ? m[1] : 'http').toLowerCase();
  const rest = m ? m[2] : raw;
  if (scheme !== 'http' && scheme !== 'https') return { ok: false, code: 1, message: `Protocol "${m ? m[1] : scheme}" not supported or disabled in libcurl` };
  const cut = rest.search(/[/?#]/);
  const authority = (cut < 0 ? rest : rest.slice(0, cut)).replace(/^.*@/, '');
  let path = (cut < 0 ? '' : rest.slice(cut)).replace(/#.*$/, '');
  if (!path.startsWith('/')) path = `/${path}`;
  const hp = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(authority);
  if (!hp || hp[1] === '') return MALFORMED;
  const bracketed = hp[1].startsWith('[');
  const host = bracketed ? hp[1].slice(1, -1) : hp[1];
  if (bracketed && parseIpv6(host) === undefined) return MALFORMED;
  if (!bracketed && !/^[A-Za-z0-9._-]+$/.test(host)) return MALFORMED;
  const dflt = scheme === 'https' ? 443 : 80;
  const port = hp[2] === undefined || hp[2] === '' ? dflt : Number(hp[2]);
  if (port > 65535) return MALFORMED;
  const literal = bracketed || parseIpv4(host) !== undefined;
  const hostPart = bracketed ? `[${host}]` : host.toLowerCase();
  return {
    ok: true,
    url: { scheme, host: bracketed ? host : host.toLowerCase(), literal, port, path, hostHeader: port === dflt ? hostPart : `${hostPart}:${port}` },
  };
}
