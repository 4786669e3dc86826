// curl 7.88.1 (Debian 12) over the simulated network: one HTTP/1.1 exchange per run, with the
// connect errors, timeouts and exit codes of lib/connect.c, lib/multi.c and lib/http.c. The name
// lookup is injected (curl.ts passes resolve.ts). Imports exec/ command and net types.
import { fail, type CommandContext, type CommandHandler } from '../command.js';
import type { ConnectResult } from '../net.js';
import { parseCurlArgs, parseCurlUrl, type CurlOptions, type CurlUrl } from './curl-args.js';
import type { MeterSample } from './curl-progress.js';
import { CurlTranscript } from './curl-verbose.js';
import { writeOut, type WriteOutFacts } from './curl-write-out.js';
import { bodyText, connectErrno, KERNEL_SYN_TIMEOUT_MS, lookupTargets, parseHttpResponse, type Lookup, type Target } from './net-client.js';

const byteLength = (s: string) => new TextEncoder().encode(s).length;

/** lib/connect.c DEFAULT_CONNECT_TIMEOUT. */
const CURL_CONNECT_TIMEOUT_MS = 300_000;

/** curl with name lookup `lookup`. */
export function curlWith(lookup: Lookup): CommandHandler {
  return (ctx, argv) => {
    const args = parseCurlArgs(argv);
    if (!args.ok) return fail(args.stderr, args.exitCode);
    if (!ctx.exec.net) return fail('curl: the dataplane is not running\n', 2);
    const o = args.opts;
    const t = new CurlTranscript({ meter: !o.silent, verbose: o.verbose, errors: !o.silent || o.showError });
    const facts: WriteOutFacts = { code: 0, httpCode: 0, totalMs: 0, sizeDownload: 0, url: o.url ?? '' };
    facts.code = run(ctx, o, t, lookup, facts);
    return { stdout: t.stdout + (o.writeOut !== undefined ? writeOut(o.writeOut, facts) : ''), stderr: t.stderr, exitCode: facts.code };
  };
}

function userAgent(ctx: CommandContext): string {
  return ctx.exec.image.name === 'curl' ? `curl/${ctx.exec.image.version}` : 'curl/7.88.1';
}

/** The request as lib/http.c Curl_http writes it: Host, User-Agent, Accept, -H headers, then the -d body's two headers. */
export function curlRequest(o: CurlOptions, url: CurlUrl, agent: string): { head: string; body: string } {
  const method = o.method ?? (o.head ? 'HEAD' : o.data !== undefined ? 'POST' : 'GET');
  const custom = o.headers.map((h) => {
    const semi = /^([^:;]+);\s*$/.exec(h);
    if (semi) return { name: semi[1], line: `${semi[1]}:` };
    const c = h.indexOf(':');
    if (c <= 0) return undefined;
    const value = h.slice(c + 1).trim();
    return { name: h.slice(0, c).trim(), line: value === '' ? undefined : `${h.slice(0, c)}:${h.slice(c + 1)}` };
  }).filter((h) => h !== undefined);
  const has = (name: string) => custom.some((h) => h.name.toLowerCase() === name.toLowerCase());
  const host = custom.find((h) => h.name.toLowerCase() === 'host');
  const lines = [`${method} ${url.path} HTTP/1.1`];
  if (!host) lines.push(`Host: ${url.hostHeader}`);
  else if (host.line) lines.push(host.line);
  if (!has('user-agent')) lines.push(`User-Agent: ${agent}`);
  if (!has('accept')) lines.push('Accept: */*');
  for (const h of custom) if (h.line && h.name.toLowerCase() !== 'host') lines.push(h.line);
  if (o.data !== undefined) {
    if (!has('content-length')) lines.push(`Content-Length: ${byteLength(o.data)}`);
    if (!has('content-type')) lines.push('Content-Type: application/x-www-form-urlencoded');
  }
  return { head: lines.map((l) => `${l}\r\n`).join('') + '\r\n', body: o.data ?? '' };
}

function run(ctx: CommandContext, o: CurlOptions, t: CurlTranscript, lookup: Lookup, facts: WriteOutFacts): number {
  const parsed = parseCurlUrl(o.url ?? '');
  if (!parsed.ok) return t.error(parsed.code, parsed.message);
  const url = parsed.url;
  t.begin();
  const targets = lookupTargets(lookup, ctx, url.host, o.family);
  if (targets.length === 0) {
    t.info(`Could not resolve host: ${url.host}`);
    t.info('Closing connection 0');
    return t.error(6, `Could not resolve host: ${url.host}`);
  }
  return connectAll(ctx, o, url, targets, t, facts);
}

function connectAll(ctx: CommandContext, o: CurlOptions, url: CurlUrl, targets: readonly Target[], t: CurlTranscript, facts: WriteOutFacts): number {
  const request = curlRequest(o, url, userAgent(ctx));
  const bytes = new TextEncoder().encode(url.scheme === 'https' ? '' : request.head + request.body);
  const cap = Math.min(o.connectTimeoutMs ?? CURL_CONNECT_TIMEOUT_MS, o.maxTimeMs ?? Infinity);
  let at = 0;
  let timedOut = false;
  for (const target of targets) {
    t.info(target.family === 'IPv6' ? `  Trying [${target.address}]:${url.port}...` : `  Trying ${target.address}:${url.port}...`);
    const connectTimeoutMs = Math.min(cap - at, KERNEL_SYN_TIMEOUT_MS);
    const r = ctx.exec.net!.connect({
      family: target.family, dst: target.address, port: url.port, protocol: 'TCP', request: bytes, connectTimeoutMs,
      ...(o.maxTimeMs !== undefined ? { totalTimeoutMs: o.maxTimeMs - at } : {}),
    });
    if (r.outcome === 'ok') return exchange(o, url, target, r, at, request, t, facts);
    if (r.outcome === 'network-unreachable') { t.info(`Immediate connect fail for ${target.address}: Network is unreachable`); continue; }
    at += r.elapsedMs;
    if (r.outcome === 'timeout' && r.phase === 'transfer') return timeout(o, url, target, r.phase, at, request, t);
    t.waitUntil(at, { downloaded: 0, uploaded: 0 });
    if (r.outcome === 'timeout' && connectTimeoutMs < KERNEL_SYN_TIMEOUT_MS) return timeout(o, url, target, r.phase, at, request, t);
    t.info(`connect to ${target.address} port ${url.port} failed: ${connectErrno(r, target.family)}`);
    timedOut = r.outcome === 'timeout';
  }
  const message = `Failed to connect to ${url.host} port ${url.port} after ${Math.floor(at)} ms: Couldn't connect to server`;
  return finish(t, at, message, timedOut ? 28 : 7);
}

/** failf, then multi_done (Curl_pgrsDone, `Closing connection 0`), then the tool's error line. */
function finish(t: CurlTranscript, at: number, message: string, code: number, counters: Omit<MeterSample, 'us'> = { downloaded: 0, uploaded: 0 }): number {
  t.waitUntil(at, { downloaded: 0, uploaded: counters.uploaded });
  t.info(message);
  t.done(at, counters);
  t.info('Closing connection 0');
  return t.error(code, message);
}

// Who gave up: curl's -m (multi_handle_timeout), --connect-timeout (the eyeballer's timer in
// lib/connect.c baller_connect, noticed on the next wakeup: +1 ms), or -m during the transfer.
function timeout(o: CurlOptions, url: CurlUrl, target: Target, phase: 'connect' | 'transfer', at: number, request: { head: string; body: string }, t: CurlTranscript): number {
  const ms = Math.floor(at);
  if (phase === 'transfer') {
    connected(url, target, request, t);
    return finish(t, at, `Operation timed out after ${ms} milliseconds with 0 bytes received`, 28, { downloaded: 0, uploaded: byteLength(request.body) });
  }
  if (o.maxTimeMs !== undefined && o.maxTimeMs <= (o.connectTimeoutMs ?? Infinity)) {
    return finish(t, at, `Connection timed out after ${ms} milliseconds`, 28);
  }
  t.info(`${target.family === 'IPv6' ? 'ipv6' : 'ipv4'} connect timeout after ${ms}ms, move on!`);
  return finish(t, at, `Failed to connect to ${url.host} port ${url.port} after ${ms + 1} ms: Timeout was reached`, 28);
}

function connected(url: CurlUrl, target: Target, request: { head: string; body: string }, t: CurlTranscript): void {
  t.info(`Connected to ${url.host} (${target.address}) port ${url.port} (#0)`);
  t.requestHead(request.head);
  t.data('out', byteLength(request.body));
}

type Ok = Extract<ConnectResult, { outcome: 'ok' }>;

function exchange(o: CurlOptions, url: CurlUrl, target: Target, r: Ok, start: number, request: { head: string; body: string }, t: CurlTranscript, facts: WriteOutFacts): number {
  const end = start + r.totalMs;
  t.waitUntil(start + r.connectMs, { downloaded: 0, uploaded: 0 });
  Object.assign(facts, { remoteIp: target.address, remotePort: url.port, totalMs: end });
  if (url.scheme === 'https') return tlsFailure(url, target, end, t);
  connected(url, target, request, t);
  const uploaded = byteLength(request.body);
  const sent = { downloaded: 0, uploaded, sizeUl: uploaded };
  t.waitUntil(end, sent);
  const resp = parseHttpResponse(r.response, o.head);
  if (!resp) {
    if (r.response.length > 0) return finish(t, end, 'Received HTTP/0.9 when not allowed', 1, sent);
    return finish(t, end, 'Empty reply from server', 52, sent);
  }
  const sizeDl = resp.contentLength !== undefined ? { sizeDl: resp.contentLength } : {};
  facts.httpCode = resp.code;
  if (resp.version === 'HTTP/1.0') t.info('HTTP 1.0, assume close after body');
  for (const line of resp.headLines) {
    t.responseLine(line);
    if ((o.include || o.head) && o.output === undefined) t.stdout += line;
  }
  if (o.fail && resp.code >= 400) return finish(t, end, `The requested URL returned error: ${resp.code}`, 22, { ...sent, ...sizeDl });
  t.data('in', resp.body.length);
  if (o.output === undefined) t.stdout += bodyText(resp.body);
  facts.sizeDownload = resp.body.length;
  t.done(end, { ...sent, downloaded: resp.body.length, ...sizeDl });
  t.info(resp.keepAlive ? `Connection #0 to host ${url.host} left intact` : 'Closing connection 0');
  return 0;
}

// There is no TLS in the simulation: whatever listens on an https:// port speaks plain TCP or
// HTTP, which OpenSSL 3 reports as a bad record version (curl exit 35).
function tlsFailure(url: CurlUrl, target: Target, end: number, t: CurlTranscript): number {
  t.info(`Connected to ${url.host} (${target.address}) port ${url.port} (#0)`);
  t.info('ALPN: offers h2,http/1.1');
  t.info('TLSv1.3 (OUT), TLS handshake, Client hello (1):');
  return finish(t, end, 'error:0A00010B:SSL routines::wrong version number', 35);
}
