// nginx with the official image's default.conf: `/` and `/index.html` serve the welcome page,
// every other path is nginx's 404 page. Headers as ngx_http_header_filter_module writes them.
// Imports http-request.ts, http-response.ts, nginx-pages.ts, bytes.ts.
import { utf8 } from './bytes.js';
import { headerValue, targetPath, wantsKeepAlive, type HttpRequest, parseHttpRequest } from './http-request.js';
import { httpDate, writeResponse, type HeaderList } from './http-response.js';
import { nginxIndexMtime, nginxWelcomePage } from './nginx-pages.js';

// ngx_http_special_response.c: the error page heads and the tail with NGINX_VER.
const ERROR_TITLES: Readonly<Record<number, string>> = { 400: '400 Bad Request', 404: '404 Not Found', 405: '405 Not Allowed' };

function errorPage(code: number, version: string): string {
  const t = ERROR_TITLES[code];
  return `<html>\r\n<head><title>${t}</title></head>\r\n<body>\r\n<center><h1>${t}</h1></center>\r\n`
    + `<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`;
}

// ngx_http_parse_request_line: a method is upper-case letters, `_` and `-`.
const METHOD = /^[A-Z_-]+$/;

/** nginx's answer to one request (ngx_http_static_handler, ngx_http_index_handler). */
export function nginxRespond(version: string, request: Uint8Array, nowMs: number): Uint8Array {
  const parsed = parseHttpRequest(request);
  if (parsed.kind === 'empty' || parsed.kind === 'incomplete') return new Uint8Array(0);
  if (parsed.kind === 'bad' || !METHOD.test(parsed.request.method)) return nginxError(400, version, nowMs, false, false);
  const req = parsed.request;
  if (req.version === 'HTTP/1.1' && headerValue(req.headers, 'host') === undefined) return nginxError(400, version, nowMs, false, false);
  const keepAlive = wantsKeepAlive(req);
  const head = req.method === 'HEAD';
  const path = targetPath(req.target);
  const exists = path === '/' || path === '/index.html';
  if (!['GET', 'HEAD', 'POST'].includes(req.method) || (exists && req.method === 'POST')) return nginxError(405, version, nowMs, keepAlive, head);
  if (!exists) return nginxError(404, version, nowMs, keepAlive, head);
  return welcome(req, version, nowMs, keepAlive);
}

function welcome(req: HttpRequest, version: string, nowMs: number, keepAlive: boolean): Uint8Array {
  const body = utf8(nginxWelcomePage(version));
  const mtime = nginxIndexMtime(version);
  const headers: HeaderList = [
    ['Server', `nginx/${version}`], ['Date', httpDate(nowMs)], ['Content-Type', 'text/html'],
    ['Content-Length', String(body.length)], ['Last-Modified', httpDate(mtime * 1000)],
    ['Connection', keepAlive ? 'keep-alive' : 'close'],
    ['ETag', `"${mtime.toString(16)}-${body.length.toString(16)}"`], ['Accept-Ranges', 'bytes'],
  ];
  return writeResponse({ status: '200 OK', headers, body, headOnly: req.method === 'HEAD' });
}

/** An error page; 400 always closes the connection (ngx_http_finalize_request lingering close). */
function nginxError(code: number, version: string, nowMs: number, keepAlive: boolean, headOnly: boolean): Uint8Array {
  const body = utf8(errorPage(code, version));
  const headers: HeaderList = [
    ['Server', `nginx/${version}`], ['Date', httpDate(nowMs)], ['Content-Type', 'text/html'],
    ['Content-Length', String(body.length)], ['Connection', keepAlive ? 'keep-alive' : 'close'],
  ];
  return writeResponse({ status: ERROR_TITLES[code], headers, body, headOnly });
}
