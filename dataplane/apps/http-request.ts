// What a simulated server reads from a connection: one HTTP/1.x request, parsed tolerantly
// (RFC 9112 §2-§3). Never throws; garbage is `bad`, a request cut short is `incomplete`.
// Imports only bytes.ts.
import { latin1 } from './bytes.js';

export interface HttpRequest {
  method: string;
  /** The request-target as sent (`/echo?msg=x`). */
  target: string;
  /** `HTTP/1.1`, `HTTP/1.0`. */
  version: string;
  headers: readonly (readonly [string, string])[];
  body: Uint8Array;
}

export type RequestParse =
  | { kind: 'ok'; request: HttpRequest }
  /** Nothing arrived (nc -z, a bare connect): servers close without a word. */
  | { kind: 'empty' }
  /** The head or the Content-Length body is not complete: the server would keep waiting. */
  | { kind: 'incomplete' }
  | { kind: 'bad'; reason: 'request-line' | 'version' | 'header' };

/** The request head ends at the first empty line (servers accept a bare LF as line end). */
function headEnd(text: string): { end: number; bodyStart: number } | undefined {
  const crlf = text.indexOf('\r\n\r\n');
  const lf = text.indexOf('\n\n');
  if (crlf < 0 && lf < 0) return undefined;
  if (lf >= 0 && (crlf < 0 || lf < crlf)) return { end: lf, bodyStart: lf + 2 };
  return { end: crlf, bodyStart: crlf + 4 };
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Parses the first request in `bytes`; leading empty lines are skipped (RFC 9112 §2.2). */
export function parseHttpRequest(bytes: Uint8Array): RequestParse {
  let text = latin1(bytes);
  const skipped = text.length - text.replace(/^(\r?\n)+/, '').length;
  text = text.slice(skipped);
  if (text.length === 0) return { kind: 'empty' };
  const head = headEnd(text);
  if (!head) return text.includes('\n') && !requestLineOk(text.slice(0, text.indexOf('\n'))) ? { kind: 'bad', reason: 'request-line' } : { kind: 'incomplete' };
  const lines = text.slice(0, head.end).split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const parts = lines[0].split(' ');
  if (parts.length !== 3 || !TOKEN.test(parts[0]) || parts[1] === '') return { kind: 'bad', reason: 'request-line' };
  if (!/^HTTP\/1\.[0-9]$/.test(parts[2])) return { kind: 'bad', reason: 'version' };
  const headers: [string, string][] = [];
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0 || !TOKEN.test(line.slice(0, colon))) return { kind: 'bad', reason: 'header' };
    headers.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
  }
  const start = skipped + head.bodyStart;
  const length = Number(headerValue(headers, 'content-length') ?? '0');
  if (!Number.isInteger(length) || length < 0) return { kind: 'bad', reason: 'header' };
  if (bytes.length - start < length) return { kind: 'incomplete' };
  return { kind: 'ok', request: { method: parts[0], target: parts[1], version: parts[2], headers, body: bytes.subarray(start, start + length) } };
}

function requestLineOk(line: string): boolean {
  const parts = line.replace(/\r$/, '').split(' ');
  return parts.length === 3 && TOKEN.test(parts[0]);
}

/** The first value of header `name` (case-insensitive), or undefined. */
export function headerValue(headers: readonly (readonly [string, string])[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([k]) => k.toLowerCase() === lower)?.[1];
}

/**
 * Whether the client asked to keep the connection (RFC 9112 §9.3): HTTP/1.1 unless
 * `Connection: close`, HTTP/1.0 only with `Connection: keep-alive`.
 */
export function wantsKeepAlive(req: HttpRequest): boolean {
  const tokens = (headerValue(req.headers, 'connection') ?? '').toLowerCase().split(',').map((s) => s.trim());
  if (req.version === 'HTTP/1.0') return tokens.includes('keep-alive');
  return !tokens.includes('close');
}

/** The path of the request-target without its query (`/echo?msg=x` → `/echo`). */
export function targetPath(target: string): string {
  const q = target.search(/[?#]/);
  return q < 0 ? target : target.slice(0, q);
}

/** The query of the request-target (`msg=x`), or ''. */
export function targetQuery(target: string): string {
  const q = target.indexOf('?');
  if (q < 0) return '';
  const h = target.indexOf('#', q);
  return target.slice(q + 1, h < 0 ? undefined : h);
}
