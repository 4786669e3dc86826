// GNU Wget 1.21.3's command line (src/main.c option table, getopt_long messages) for the options
// netsim simulates. Pure; imports nothing.
import type { IpFamily } from '../../domain/types.js';

export interface GnuWgetOptions {
  url: string;
  quiet: boolean;
  /** -v (default) / -nv. */
  verbose: boolean;
  /** -O FILE; `-` is stdout. Files are not kept by the simulation. */
  output?: string;
  connectTimeoutMs?: number;
  readTimeoutMs?: number;
  /** -t N (20); 0 and `inf` mean "forever", simulated as 20. */
  tries: number;
  serverResponse: boolean;
  family?: IpFamily;
  agent: string;
  headers: string[];
}

export type GnuWgetArgs = { ok: true; opts: GnuWgetOptions } | { ok: false; stderr: string; exitCode: number };

const USAGE = 'Usage: wget [OPTION]... [URL]...\n\nTry `wget --help\' for more options.\n';

const secs = (v: string) => (/^\d+(\.\d+)?$/.test(v) ? Math.round(Number(v) * 1000) : undefined);

type Apply = (o: Partial<GnuWgetOptions> & { headers: string[] }, v: string) => void;
const VALUED: Readonly<Record<string, Apply>> = {
  O: (o, v) => { o.output = v; }, 'output-document': (o, v) => { o.output = v; },
  T: (o, v) => { o.connectTimeoutMs = secs(v); o.readTimeoutMs = secs(v); }, timeout: (o, v) => { o.connectTimeoutMs = secs(v); o.readTimeoutMs = secs(v); },
  'connect-timeout': (o, v) => { o.connectTimeoutMs = secs(v); }, 'read-timeout': (o, v) => { o.readTimeoutMs = secs(v); },
  t: (o, v) => { o.tries = v === 'inf' || v === '0' ? 20 : Number(v) || 20; }, tries: (o, v) => { o.tries = v === 'inf' || v === '0' ? 20 : Number(v) || 20; },
  U: (o, v) => { o.agent = v; }, 'user-agent': (o, v) => { o.agent = v; },
  header: (o, v) => { o.headers.push(v); },
};
const FLAGS: Readonly<Record<string, (o: Partial<GnuWgetOptions>) => void>> = {
  q: (o) => { o.quiet = true; }, quiet: (o) => { o.quiet = true; },
  v: (o) => { o.verbose = true; }, verbose: (o) => { o.verbose = true; }, 'no-verbose': (o) => { o.verbose = false; },
  S: (o) => { o.serverResponse = true; }, 'server-response': (o) => { o.serverResponse = true; },
  '4': (o) => { o.family = 'IPv4'; }, 'inet4-only': (o) => { o.family = 'IPv4'; },
  '6': (o) => { o.family = 'IPv6'; }, 'inet6-only': (o) => { o.family = 'IPv6'; },
  c: () => {}, continue: () => {}, 'no-check-certificate': () => {}, 'no-cache': () => {},
};

export function parseGnuWgetArgs(argv: readonly string[]): GnuWgetArgs {
  const o: Partial<GnuWgetOptions> & { headers: string[] } = { headers: [] };
  const urls: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-nv') { o.verbose = false; continue; }
    if (a.startsWith('--') && a.length > 2) {
      const [name, inline] = a.slice(2).split(/=(.*)/s);
      if (FLAGS[name]) { FLAGS[name](o); continue; }
      if (!VALUED[name]) return { ok: false, stderr: `wget: unrecognized option '${a}'\n${USAGE}`, exitCode: 2 };
      const v = inline ?? argv[++i];
      if (v === undefined) return { ok: false, stderr: `wget: option '--${name}' requires an argument\n${USAGE}`, exitCode: 2 };
      VALUED[name](o, v);
      continue;
    }
    if (!a.startsWith('-') || a.length === 1) { urls.push(a); continue; }
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      if (FLAGS[f]) { FLAGS[f](o); continue; }
      if (!VALUED[f]) return { ok: false, stderr: `wget: invalid option -- '${f}'\n${USAGE}`, exitCode: 2 };
      const v = a.length > j + 1 ? a.slice(j + 1) : argv[++i];
      if (v === undefined) return { ok: false, stderr: `wget: option requires an argument -- '${f}'\n${USAGE}`, exitCode: 2 };
      VALUED[f](o, v);
      break;
    }
  }
  if (urls.length === 0) return { ok: false, stderr: `wget: missing URL\n${USAGE}`, exitCode: 1 };
  return {
    ok: true,
    opts: {
      url: urls[0], quiet: o.quiet ?? false, verbose: o.verbose ?? true, tries: o.tries ?? 20, serverResponse: o.serverResponse ?? false,
      agent: o.agent ?? 'Wget/1.21.3', headers: o.headers,
      ...(o.output !== undefined ? { output: o.output } : {}), ...(o.family ? { family: o.family } : {}),
      ...(o.connectTimeoutMs !== undefined ? { connectTimeoutMs: o.connectTimeoutMs } : {}),
      ...(o.readTimeoutMs !== undefined ? { readTimeoutMs: o.readTimeoutMs } : {}),
    },
  };
}
