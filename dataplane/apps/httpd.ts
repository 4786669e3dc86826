// Apache httpd 2.4 with the official image's htdocs: `/` and `/index.html` serve "It works!",
// other paths Apache's 404 page. Header order as ap_http_header_filter writes it.
// Imports http-request.ts, http-response.ts, bytes.ts.
import { utf8 } from './bytes.js';
import { headerValue, parseHttpRequest, targetPath, wantsKeepAlive, type HttpRequest } from './http-request.js';
import { httpDate, writeResponse, type HeaderList } from './http-response.js';

/** htdocs/index.html of the httpd image: 45 bytes, mtime Mon, 11 Jun 2007 18:53:14 GMT. */
export const IT_WORKS = '<html><body><h1>It works!</h1></body></html>\n';
const INDEX_MTIME_US = 1181587994_000000;

// modules/http/http_protocol.c ap_send_error_response: the canned HTML of each status.
function errorPage(title: string, heading: string, text: string): string {
  return `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>${title}</title>\n</head><body>\n<h1>${heading}</h1>\n<p>${text}</p>\n</body></html>\n`;
}

/** Apache's answer to one request (default_handler serves files for GET, HEAD and POST). */
export function httpdRespond(version: string, request: Uint8Array, nowMs: number): Uint8Array {
  const parsed = parseHttpRequest(request);
  if (parsed.kind === 'empty' || parsed.kind === 'incomplete') return new Uint8Array(0);
  if (parsed.kind === 'bad' || (parsed.request.version === 'HTTP/1.1' && headerValue(parsed.request.headers, 'host') === undefined)) {
    const body = errorPage('400 Bad Request', 'Bad Request', 'Your browser sent a request that this server could not understand.<br />');
    return reply(version, nowMs, '400 Bad Request', [], body, 'text/html; charset=iso-8859-1', 'close', false);
  }
  const req = parsed.request;
  const conn = connectionHeader(req);
  const headOnly = req.method === 'HEAD';
  const path = targetPath(req.target);
  if (!['GET', 'HEAD', 'POST'].includes(req.method)) {
    const body = errorPage('405 Method Not Allowed', 'Method Not Allowed', `The requested method ${req.method} is not allowed for this URL.`);
    return reply(version, nowMs, '405 Method Not Allowed', [['Allow', 'POST,OPTIONS,HEAD,GET,TRACE']], body, 'text/html; charset=iso-8859-1', conn, headOnly);
  }
  if (path !== '/' && path !== '/index.html') {
    const body = errorPage('404 Not Found', 'Not Found', 'The requested URL was not found on this server.');
    return reply(version, nowMs, '404 Not Found', [], body, 'text/html; charset=iso-8859-1', conn, headOnly);
  }
  const file: HeaderList = [
    ['Last-Modified', httpDate(INDEX_MTIME_US / 1000)],
    ['ETag', `"${IT_WORKS.length.toString(16)}-${INDEX_MTIME_US.toString(16)}"`], ['Accept-Ranges', 'bytes'],
  ];
  return reply(version, nowMs, '200 OK', file, IT_WORKS, 'text/html', conn, headOnly);
}

type Conn = 'keep-alive' | 'close' | 'none';

// ap_set_keepalive: a kept connection is announced (`Keep-Alive`, `Connection: Keep-Alive`) only
// to a client that sent a keep-alive token; a closing one always gets `Connection: close`.
function connectionHeader(req: HttpRequest): Conn {
  if (!wantsKeepAlive(req)) return 'close';
  return /keep-alive/i.test(headerValue(req.headers, 'connection') ?? '') ? 'keep-alive' : 'none';
}

const CONNECTION: Readonly<Record<Conn, HeaderList>> = {
  'keep-alive': [['Keep-Alive', 'timeout=5, max=100'], ['Connection', 'Keep-Alive']],
  close: [['Connection', 'close']],
  none: [],
};

function reply(version: string, nowMs: number, status: string, extra: HeaderList, text: string, type: string, conn: Conn, headOnly: boolean): Uint8Array {
  const body = utf8(text);
  const headers: HeaderList = [
    ['Date', httpDate(nowMs)], ['Server', `Apache/${version} (Unix)`], ...extra,
    ['Content-Length', String(body.length)], ...CONNECTION[conn], ['Content-Type', type],
  ];
  return writeResponse({ status, headers, body, headOnly });
}
