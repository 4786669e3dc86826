// What the client tools (curl, wget, nc) share: name lookup as one injectable function, the
// kernel's connect() errno for each ConnectResult, and reading an HTTP/1.x response.
// Imports command.ts, net.ts and wire/ip.ts.
import { familyOf } from '../../../dataplane/wire/ip.js';
import type { IpFamily } from '../../domain/types.js';
import type { CommandContext } from '../command.js';
import type { ConnectResult, IcmpErrorKind } from '../net.js';

/** Addresses for a host name (or an IP literal, passed through), in the order to try them. */
export type Lookup = (ctx: CommandContext, name: string, family?: IpFamily) => readonly string[];

export interface Target { address: string; family: IpFamily }

/** The addresses `host` stands for, filtered to `family` (-4/-6). */
export function lookupTargets(lookup: Lookup, ctx: CommandContext, host: string, family?: IpFamily): Target[] {
  const literal = familyOf(host);
  const addrs = literal ? [host] : lookup(ctx, host, family);
  return addrs.flatMap((address) => {
    const f = familyOf(address);
    return f && (!family || f === family) ? [{ address, family: f }] : [];
  });
}

/**
 * Linux gives up on an unanswered SYN after tcp_syn_retries=6 retransmissions
 * (1+2+4+8+16+32+64 s), when connect() fails with ETIMEDOUT.
 */
export const KERNEL_SYN_TIMEOUT_MS = 127_000;

/** The errno text connect() reports for an ICMP error (Linux icmp_err_convert, icmpv6_err_convert). */
export function icmpErrno(kind: IcmpErrorKind, family: IpFamily): string {
  switch (kind) {
    case 'port-unreachable': return 'Connection refused';
    case 'net-unreachable': return 'Network is unreachable';
    case 'admin-prohibited': return family === 'IPv6' ? 'Permission denied' : 'No route to host';
    case 'host-unreachable': case 'ttl-exceeded': return 'No route to host';
  }
}

/** strerror(errno) of a failed connect(); undefined for success and for the caller's own timeout. */
export function connectErrno(r: ConnectResult, family: IpFamily): string | undefined {
  switch (r.outcome) {
    case 'refused': return 'Connection refused';
    case 'unreachable': return icmpErrno(r.error, family);
    case 'network-unreachable': return 'Network is unreachable';
    case 'timeout': return 'Connection timed out';
    case 'ok': return undefined;
  }
}

export interface HttpResponse {
  /** `HTTP/1.1`. */
  version: string;
  code: number;
  reason: string;
  /** The head's lines as received, each with its line end (`HTTP/1.1 200 OK\r\n`, ..., `\r\n`). */
  headLines: string[];
  headers: [string, string][];
  body: Uint8Array;
  /** The server keeps the connection (HTTP/1.1 without `Connection: close`). */
  keepAlive: boolean;
  contentLength?: number;
}

const latin1 = (b: Uint8Array) => Array.from(b, (c) => String.fromCharCode(c)).join('');

/** Reads one response; undefined when the bytes do not start with an HTTP/1.x status line. */
export function parseHttpResponse(bytes: Uint8Array, headOnly: boolean): HttpResponse | undefined {
  const text = latin1(bytes);
  const m = /^(HTTP\/1\.[01]) (\d{3})(?: ([^\r\n]*))?\r?\n/.exec(text);
  if (!m) return undefined;
  const headLines: string[] = [];
  let pos = 0;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl + 1;
    const line = text.slice(pos, lineEnd);
    headLines.push(line);
    pos = lineEnd;
    if (nl < 0 || line === '\r\n' || line === '\n') break;
  }
  const headers = headLines.slice(1).flatMap((l): [string, string][] => {
    const c = l.indexOf(':');
    return c > 0 ? [[l.slice(0, c), l.slice(c + 1).trim()]] : [];
  });
  const get = (name: string) => headers.find(([k]) => k.toLowerCase() === name)?.[1];
  const cl = get('content-length');
  const contentLength = cl !== undefined && /^\d+$/.test(cl) ? Number(cl) : undefined;
  const rest = bytes.subarray(pos);
  const body = headOnly ? new Uint8Array(0) : contentLength !== undefined ? rest.subarray(0, contentLength) : rest;
  const conn = (get('connection') ?? '').toLowerCase();
  const keepAlive = m[1] === 'HTTP/1.1' ? !conn.includes('close') : conn.includes('keep-alive');
  return { version: m[1], code: Number(m[2]), reason: m[3] ?? '', headLines, headers, body, keepAlive, ...(contentLength !== undefined ? { contentLength } : {}) };
}

/** Response header `name` (case-insensitive). */
export function responseHeader(r: HttpResponse, name: string): string | undefined {
  const lower = name.toLowerCase();
  return r.headers.find(([k]) => k.toLowerCase() === lower)?.[1];
}

const decoder = new TextDecoder();
/** Body bytes as the text a terminal would show (UTF-8; invalid bytes become U+FFFD). */
export const bodyText = (b: Uint8Array): string => decoder.decode(b);
