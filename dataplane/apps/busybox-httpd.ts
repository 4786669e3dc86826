// busybox httpd (networking/httpd.c send_headers) serving a directory with no index.html and no
// cgi-bin/index.cgi: every request gets its 404 page and the connection closes.
// Imports http-request.ts, http-response.ts, bytes.ts.
import { fromLatin1 } from './bytes.js';
import { parseHttpRequest } from './http-request.js';
import { httpDate } from './http-response.js';

export function busyboxHttpd(request: Uint8Array, nowMs: number): Uint8Array {
  const parsed = parseHttpRequest(request);
  if (parsed.kind === 'empty' || parsed.kind === 'incomplete') return new Uint8Array(0);
  // send_headers: no Content-Length for an error page; the body follows even for HEAD.
  const [code, text, info] = parsed.kind === 'bad'
    ? [400, 'Bad Request', 'Unsupported method'] : [404, 'Not Found', 'The requested URL was not found'];
  return fromLatin1(`HTTP/1.1 ${code} ${text}\r\nDate: ${httpDate(nowMs)}\r\nConnection: close\r\nContent-type: text/html\r\n\r\n`
    + `<HTML><HEAD><TITLE>${code} ${text}</TITLE></HEAD>\n<BODY><H1>${code} ${text}</H1>\n${info}\n</BODY></HTML>\n`);
}
