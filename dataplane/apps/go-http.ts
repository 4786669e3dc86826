// Go net/http's server side for the Go apps (agnhost, http-echo): request checks and the
// response head as server.go's chunkWriter.writeHeader builds it (handler headers sorted, then
// Date, Content-Length, Content-Type, Connection). Imports http-request.ts, http-response.ts, bytes.ts.
import { fromLatin1, utf8 } from './bytes.js';
import { headerValue, parseHttpRequest, wantsKeepAlive, type HttpRequest } from './http-request.js';
import { httpDate, writeResponse, type HeaderList } from './http-response.js';

/** What a Go handler wrote: WriteHeader(status), its Header() map and the body bytes. */
export interface GoReply {
  status?: number;
  headers?: HeaderList;
  body: string;
}

export type GoHandler = (req: HttpRequest) => GoReply;

// net/http status.go StatusText, for the codes the apps produce.
const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found',
  303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request',
  401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 412: 'Precondition Failed',
  417: 'Expectation Failed', 418: "I'm a teapot", 500: 'Internal Server Error', 501: 'Not Implemented',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** `200 OK`; an unknown code reads `299 status code 299` (server.go writeStatusLine). */
export function goStatusLine(code: number): string {
  return `${code} ${STATUS_TEXT[code] ?? `status code ${code}`}`;
}

export const goStatusText = (code: number): string => STATUS_TEXT[code] ?? '';

/** server.go: the canned reply to a request that does not parse, then the connection closes. */
function goBadRequest(detail?: string): Uint8Array {
  const publicErr = detail ? `400 Bad Request: ${detail}` : '400 Bad Request';
  return fromLatin1(`HTTP/1.1 ${publicErr}\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n${publicErr}`);
}

/** Serves one request with `handler` as net/http would. Never throws. */
export function goServe(request: Uint8Array, nowMs: number, handler: GoHandler): Uint8Array {
  const parsed = parseHttpRequest(request);
  if (parsed.kind === 'empty' || parsed.kind === 'incomplete') return new Uint8Array(0);
  if (parsed.kind === 'bad') return goBadRequest();
  const req = parsed.request;
  if (req.version === 'HTTP/1.1' && headerValue(req.headers, 'host') === undefined) return goBadRequest('missing required Host header');
  const reply = handler(req);
  const status = reply.status ?? 200;
  const body = utf8(reply.body);
  const handlerHeaders = [...(reply.headers ?? [])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const has = (name: string) => handlerHeaders.some(([k]) => k.toLowerCase() === name.toLowerCase());
  const bodyAllowed = status >= 200 && status !== 204 && status !== 304;
  const head = req.method === 'HEAD';
  const extra: [string, string][] = [['Date', httpDate(nowMs)]];
  if (bodyAllowed && !has('Content-Length') && (!head || body.length > 0)) extra.push(['Content-Length', String(body.length)]);
  if (bodyAllowed && !has('Content-Type') && body.length > 0) extra.push(['Content-Type', sniffContentType(body)]);
  const closing = !wantsKeepAlive(req) || /close/i.test(headerValue(handlerHeaders, 'connection') ?? '');
  if (closing && req.version !== 'HTTP/1.0' && !has('Connection')) extra.push(['Connection', 'close']);
  return writeResponse({ status: goStatusLine(status), headers: [...handlerHeaders, ...extra], body: bodyAllowed ? body : new Uint8Array(0), headOnly: head });
}

/**
 * net/http sniff.go DetectContentType, reduced to what the apps send: an HTML signature,
 * binary bytes, or text.
 */
export function sniffContentType(body: Uint8Array): string {
  let i = 0;
  while (i < body.length && [0x09, 0x0a, 0x0c, 0x0d, 0x20].includes(body[i])) i++;
  const head = String.fromCharCode(...body.subarray(i, i + 16)).toUpperCase();
  const html = ['<!DOCTYPE HTML', '<HTML', '<HEAD', '<SCRIPT', '<IFRAME', '<H1', '<DIV', '<FONT', '<TABLE', '<A', '<STYLE', '<TITLE', '<B', '<BODY', '<BR', '<P', '<!--'];
  for (const sig of html) {
    const next = head.charCodeAt(sig.length);
    if (head.startsWith(sig) && (next === 0x20 || next === 0x3e)) return 'text/html; charset=utf-8';
  }
  for (const b of body.subarray(0, 512)) {
    if (b <= 0x08 || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f)) return 'application/octet-stream';
  }
  return 'text/plain; charset=utf-8';
}
