// busybox 1.36 wget (networking/wget.c, libbb/progress.c): `Connecting to`, `writing to stdout`,
// the non-tty progress line and `written to stdout`; errors are `wget: ...`, exit 1.
// Imports command.ts, net-client.ts and wget-url.ts.
import { fail, type CommandContext, type CommandResult } from '../command.js';
import { bodyText, connectErrno, KERNEL_SYN_TIMEOUT_MS, lookupTargets, parseHttpResponse, type Lookup } from './net-client.js';
import { parseWgetUrl, type WgetUrl } from './wget-url.js';

interface BusyboxWgetOptions { quiet: boolean; output?: string; timeoutS: number; serverResponse: boolean; agent: string; url?: string }

// getopt32 "cqSO:o:P:Y:U:T:+t:n::" and the long options of wget_longopts.
function parseArgs(argv: readonly string[]): BusyboxWgetOptions | string {
  const o: BusyboxWgetOptions = { quiet: false, timeoutS: 900, serverResponse: false, agent: 'Wget' };
  const valued = new Set(['O', 'o', 'P', 'Y', 'U', 'T', 't', 'header', 'post-data', 'output-document', 'user-agent', 'timeout', 'tries', 'directory-prefix', 'proxy', 'output-file', 'post-file']);
  const set = (name: string, v: string) => {
    if (name === 'O' || name === 'output-document') o.output = v;
    else if (name === 'U' || name === 'user-agent') o.agent = v;
    else if (name === 'T' || name === 'timeout') o.timeoutS = Number(v) || 0;
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s);
      if (name === 'quiet') o.quiet = true;
      else if (name === 'server-response') o.serverResponse = true;
      else if (valued.has(name)) set(name, inline ?? argv[++i] ?? '');
      else if (!['spider', 'no-check-certificate', 'continue', 'no-cache', 'no-verbose', 'no-clobber', 'passive-ftp'].includes(name)) return `wget: unrecognized option '${a}'\n`;
      continue;
    }
    if (!a.startsWith('-') || a === '-') { o.url ??= a; continue; }
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      if (f === 'q') o.quiet = true;
      else if (f === 'S') o.serverResponse = true;
      else if (f === 'c') continue;
      else if (f === 'n') break;
      else if (valued.has(f)) { set(f, a.slice(j + 1) || argv[++i] || ''); break; }
      else return `wget: invalid option -- '${f}'\n`;
    }
  }
  return o;
}

/** The name busybox saves to: the URL path's last component, else index.html. */
function outputName(url: WgetUrl): string {
  const last = url.path.replace(/[?#].*$/, '').split('/').pop() ?? '';
  return last === '' ? 'index.html' : last;
}

/** bb_progress_update with stderr not a tty: no `\r`, the bar 80 - 48 = 32 columns wide, then a newline. */
export function busyboxProgress(file: string, bytes: number): string {
  const name = file.slice(0, 20).padEnd(20);
  return `${name} 100% |${'*'.repeat(32)}| ${smartUlltoa5(bytes)}  0:00:00 ETA\n`;
}

/** libbb smart_ulltoa5 with scale " kMGTPEZY": 5 columns (`  615`, `1234k`, `12.3M`). */
export function smartUlltoa5(n: number): string {
  if (n <= 99999) return String(n).padStart(5);
  let v = n * 10;
  let idx = 0;
  do { v = Math.floor(v / 1024); idx++; } while (v >= 100000);
  const u = Math.floor(v / 10);
  const scale = ' kMGTPEZY'[idx];
  if (u >= 100) return `${String(Math.floor(u / 10)).padStart(3)}${u % 10}${scale}`;
  return `${String(u).padStart(2)}.${v % 10}${scale}`;
}

export function busyboxWget(ctx: CommandContext, argv: readonly string[], lookup: Lookup): CommandResult {
  const o = parseArgs(argv);
  if (typeof o === 'string') return fail(o, 1);
  if (o.url === undefined) return fail('BusyBox v1.36.1 multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n', 1);
  const parsed = parseWgetUrl(o.url);
  if (!parsed) return fail(`wget: not an http or ftp url: ${o.url}\n`, 1);
  const url = parsed;
  const targets = lookupTargets(lookup, ctx, url.host);
  if (targets.length === 0) return fail(`wget: bad address '${url.authority}'\n`, 1);
  const target = targets[0];
  const dotted = target.family === 'IPv6' ? `[${target.address}]:${url.port}` : `${target.address}:${url.port}`;
  let err = o.quiet ? '' : `Connecting to ${url.authority} (${dotted})\n`;
  const request = `GET ${url.path} HTTP/1.1\r\nHost: ${url.authority}\r\nUser-Agent: ${o.agent}\r\nConnection: close\r\n\r\n`;
  const timeoutMs = o.timeoutS > 0 ? o.timeoutS * 1000 : KERNEL_SYN_TIMEOUT_MS;
  const r = ctx.exec.net!.connect({
    family: target.family, dst: target.address, port: url.port, protocol: 'TCP', request: new TextEncoder().encode(request),
    connectTimeoutMs: Math.min(timeoutMs, KERNEL_SYN_TIMEOUT_MS), totalTimeoutMs: timeoutMs,
  });
  if (r.outcome === 'timeout' && (r.phase === 'transfer' || timeoutMs < KERNEL_SYN_TIMEOUT_MS)) return fail(`${err}wget: download timed out\n`, 1);
  if (r.outcome !== 'ok') {
    const where = target.family === 'IPv4' ? ` (${target.address})` : '';
    return fail(`${err}wget: can't connect to remote host${where}: ${connectErrno(r, target.family)}\n`, 1);
  }
  // No TLS in the simulation: the TLS helper gets no handshake and the reply never parses.
  const resp = url.scheme === 'https' ? undefined : parseHttpResponse(r.response, false);
  if (!resp) return fail(`${err}wget: error getting response\n`, 1);
  if (o.serverResponse) err += resp.headLines.filter((l) => l.trim() !== '').map((l) => `  ${l.replace(/\r?\n$/, '')}\n`).join('');
  if (resp.code < 200 || resp.code > 308 || resp.code === 205 || resp.code === 206) {
    return fail(`${err}wget: server returned error: ${resp.headLines[0].replace(/\r?\n$/, '')}\n`, 1);
  }
  const toStdout = o.output === '-';
  const file = o.output ?? outputName(url);
  if (!o.quiet) {
    err += toStdout ? 'writing to stdout\n' : `saving to '${file}'\n`;
    if (resp.contentLength !== undefined && resp.contentLength > 0) err += busyboxProgress(toStdout ? '-' : file.split('/').pop() ?? file, resp.body.length);
    err += toStdout ? 'written to stdout\n' : `'${file}' saved\n`;
  }
  return { stdout: toStdout ? bodyText(resp.body) : '', stderr: err, exitCode: 0 };
}
