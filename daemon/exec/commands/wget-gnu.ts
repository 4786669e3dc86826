// GNU Wget 1.21.3 (Debian 12): the verbose log of src/http.c, src/connect.c and src/host.c, the
// retry loop of http_loop (20 tries, waits of 1..10 s; refused and unreachable are final) and the
// exit codes of src/exits.c (4 network, 8 server error). Imports command.ts, net-client.ts, wget-*.ts.
import type { IpFamily } from '../../domain/types.js';
import type { CommandContext, CommandResult } from '../command.js';
import { bodyText, connectErrno, KERNEL_SYN_TIMEOUT_MS, lookupTargets, parseHttpResponse, responseHeader, type HttpResponse, type Lookup, type Target } from './net-client.js';
import { dotProgress, retrRate } from './wget-dots.js';
import { parseGnuWgetArgs, type GnuWgetOptions } from './wget-gnu-args.js';
import { parseWgetUrl, type WgetUrl } from './wget-url.js';

/** LOG_VERBOSE (default), LOG_NOTQUIET (also with -nv), LOG_NONVERBOSE (only with -nv). */
type Level = 'verbose' | 'notquiet' | 'nonverbose';

class WgetLog {
  text = '';
  constructor(private readonly o: GnuWgetOptions) {}
  put(level: Level, s: string): void {
    if (this.o.quiet) return;
    if (level === 'verbose' && !this.o.verbose) return;
    if (level === 'nonverbose' && this.o.verbose) return;
    this.text += s;
  }
}

const two = (n: number) => String(n).padStart(2, '0');
/** datetime_str: local time (UTC in a container) as `2024-05-01 10:00:05`. */
const datetime = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
};

/** url_string: scheme, host (bracketed IPv6), the port only when not the default, the path. */
function urlString(u: WgetUrl): string {
  const host = u.host.includes(':') ? `[${u.host}]` : u.host.toLowerCase();
  const dflt = u.scheme === 'https' ? 443 : 80;
  return `${u.scheme}://${host}${u.port !== dflt ? `:${u.port}` : ''}${u.path}`;
}

/** The request of gethttp: Host, User-Agent, Accept, Accept-Encoding, Connection. */
function request(u: WgetUrl, o: GnuWgetOptions): string {
  const host = u.host.includes(':') ? `[${u.host}]` : u.host;
  const hostValue = u.port !== (u.scheme === 'https' ? 443 : 80) ? `${host}:${u.port}` : host;
  const lines = [`GET ${u.path} HTTP/1.1`, `Host: ${hostValue}`, `User-Agent: ${o.agent}`, 'Accept: */*', 'Accept-Encoding: identity', 'Connection: Keep-Alive', ...o.headers];
  return `${lines.join('\r\n')}\r\n\r\n`;
}

interface Run { ctx: CommandContext; o: GnuWgetOptions; url: WgetUrl; log: WgetLog; startMs: number; at: number; resolved?: Target[] }
type TryResult = { kind: 'done'; exit: number; stdout?: string } | { kind: 'retry'; exit: number };

export function gnuWget(ctx: CommandContext, argv: readonly string[], lookup: Lookup): CommandResult {
  const parsed = parseGnuWgetArgs(argv);
  if (!parsed.ok) return { stdout: '', stderr: parsed.stderr, exitCode: parsed.exitCode };
  const o = parsed.opts;
  const url = parseWgetUrl(o.url);
  if (!url) return { stdout: '', stderr: `${o.url}: Unsupported scheme.\n`, exitCode: 1 };
  const nowMs = ctx.exec.now ? Date.parse(ctx.exec.now) : Date.now();
  const run: Run = { ctx, o, url, log: new WgetLog(o), startMs: nowMs, at: 0 };
  for (let count = 1; ; count++) {
    if (count > 1) run.at += Math.min(count - 1, 10) * 1000;
    const r = attempt(run, count, lookup);
    if (r.kind === 'done') return { stdout: r.stdout ?? '', stderr: run.log.text, exitCode: r.exit };
    run.log.put('verbose', count === o.tries ? 'Giving up.\n\n' : 'Retrying.\n\n');
    if (count === o.tries) return { stdout: '', stderr: run.log.text, exitCode: r.exit };
  }
}

function attempt(run: Run, count: number, lookup: Lookup): TryResult {
  const { o, url, log } = run;
  const tryTag = count > 1 ? `  (try:${String(count).padStart(2)})` : '';
  log.put('verbose', `--${datetime(run.startMs + run.at)}--${tryTag}  ${urlString(url)}\n`);
  const targets = run.resolved ?? resolve(run, lookup);
  if (targets.length === 0) {
    log.put('notquiet', `wget: unable to resolve host address '${url.host}'\n`);
    return { kind: 'done', exit: 4 };
  }
  let lastError = '';
  for (const target of targets) {
    log.put('verbose', connectingTo(url, target));
    const r = run.ctx.exec.net!.connect({
      family: target.family, dst: target.address, port: url.port, protocol: 'TCP',
      request: new TextEncoder().encode(url.scheme === 'https' ? '' : request(url, o)),
      connectTimeoutMs: Math.min(o.connectTimeoutMs ?? KERNEL_SYN_TIMEOUT_MS, KERNEL_SYN_TIMEOUT_MS), totalTimeoutMs: o.readTimeoutMs,
    });
    if (r.outcome === 'ok' && url.scheme === 'https') return noTls(run);
    if (r.outcome === 'ok') { run.at += r.totalMs; return received(run, parseHttpResponse(r.response, false), r.response, (r.totalMs - r.connectMs) / 1000); }
    if (r.outcome === 'timeout' && r.phase === 'transfer') {
      run.at += r.elapsedMs;
      log.put('verbose', 'connected.\nHTTP request sent, awaiting response... ');
      log.put('notquiet', 'Read error (Connection timed out) in headers.\n');
      return { kind: 'retry', exit: 4 };
    }
    if (r.outcome !== 'network-unreachable') run.at += r.elapsedMs;
    lastError = connectErrno(r, target.family) ?? '';
    log.put('notquiet', `failed: ${lastError}.\n`);
  }
  // retryable_socket_connect_error: refused and unreachable end the run unless --retry-connrefused.
  return lastError === 'Connection timed out' ? { kind: 'retry', exit: 4 } : { kind: 'done', exit: 4 };
}

// There is no TLS in the simulation: Debian's wget (GnuTLS) meets a plain-text peer (CONSSLERR, exit 4).
function noTls(run: Run): TryResult {
  run.log.put('verbose', 'connected.\n');
  run.log.put('notquiet', 'GnuTLS: An unexpected TLS packet was received.\nUnable to establish SSL connection.\n');
  return { kind: 'done', exit: 4 };
}

// lookup_host: `Resolving web (web)... 10.96.0.12` for names, up to three addresses; cached after.
function resolve(run: Run, lookup: Lookup): Target[] {
  const { url, log } = run;
  const family: IpFamily | undefined = run.o.family;
  const targets = lookupTargets(lookup, run.ctx, url.host, family);
  run.resolved = targets;
  if (targets.some((t) => t.address === url.host)) return targets;
  log.put('verbose', `Resolving ${url.host} (${url.host})... `);
  if (targets.length === 0) log.put('verbose', 'failed: Name or service not known.\n');
  else log.put('verbose', `${targets.slice(0, 3).map((t) => t.address).join(', ')}${targets.length > 3 ? ', ...' : ''}\n`);
  return targets;
}

function connectingTo(url: WgetUrl, t: Target): string {
  if (url.host !== t.address) return `Connecting to ${url.host} (${url.host})|${t.address}|:${url.port}... `;
  return t.family === 'IPv6' ? `Connecting to [${t.address}]:${url.port}... ` : `Connecting to ${t.address}:${url.port}... `;
}

function received(run: Run, resp: HttpResponse | undefined, raw: Uint8Array, secs: number): TryResult {
  const { o, log } = run;
  log.put('verbose', 'connected.\nHTTP request sent, awaiting response... ');
  if (!resp && raw.length === 0) { log.put('notquiet', 'No data received.\n'); return { kind: 'retry', exit: 7 }; }
  const tms = datetime(run.startMs + run.at);
  if (resp) {
    log.put('verbose', o.serverResponse ? `\n${resp.headLines.filter((l) => l.trim() !== '').map((l) => `  ${l.replace(/\r?\n$/, '')}\n`).join('')}` : `${resp.code} ${resp.reason}\n`);
    if (resp.code >= 400) {
      log.put('notquiet', `${tms} ERROR ${resp.code}: ${resp.reason}.\n`);
      log.put('verbose', '\n');
      return { kind: 'done', exit: 8 };
    }
  } else log.put('verbose', '200 No headers, assuming HTTP/0.9\n');
  const body = resp ? resp.body : raw;
  return saved(run, body, resp, tms, secs);
}

function saved(run: Run, body: Uint8Array, resp: HttpResponse | undefined, tms: string, secs: number): TryResult {
  const { o, url, log } = run;
  const length = resp?.contentLength;
  const type = resp ? responseHeader(resp, 'content-type')?.split(';')[0].trim() : undefined;
  const human = length !== undefined && length >= 1024 ? ` (${humanReadable(length)})` : '';
  if (resp) log.put('verbose', `Length: ${length !== undefined ? `${length}${human}` : 'unspecified'}${type ? ` [${type}]` : ''}\n`);
  const toStdout = o.output === '-';
  const file = o.output ?? (url.path.replace(/[?#].*$/, '').split('/').pop() || 'index.html');
  log.put('verbose', `Saving to: '${toStdout ? 'STDOUT' : file}'\n`);
  log.put('verbose', dotProgress(body.length, length ?? 0, secs));
  const rate = retrRate(body.length, secs);
  const sizes = length !== undefined ? `${body.length}/${length}` : `${body.length}`;
  log.put('verbose', toStdout ? `${tms} (${rate}) - written to stdout [${sizes}]\n\n` : `${tms} (${rate}) - '${file}' saved [${sizes}]\n\n`);
  log.put('nonverbose', `${tms} URL:${urlString(url)} [${sizes}] -> "${toStdout ? '-' : file}" [1]\n`);
  return { kind: 'done', exit: 0, stdout: toStdout ? bodyText(body) : '' };
}

/** human_readable(n, 10, 1): `1.2K`, `45K`, `3.4M`. */
function humanReadable(n: number): string {
  const units = ['K', 'M', 'G', 'T'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${v < 10 ? (Math.round(v * 10) / 10).toString() : Math.round(v).toString()}${units[i]}`;
}
