// agnhost netexec (test/images/agnhost/netexec/netexec.go): its HTTP endpoints and its UDP
// commands. Endpoints that act on the host (/shell, /dial, /upload, /exit, /shutdown) answer
// 501 with a netsim note. Imports go-http.ts, go-time.ts, query.ts, http-request.ts, bytes.ts.
import { fromLatin1, latin1 } from './bytes.js';
import { goServe, goStatusText, type GoReply } from './go-http.js';
import { goTimeString } from './go-time.js';
import { targetPath, type HttpRequest } from './http-request.js';
import { formValue } from './query.js';
import type { AppContext } from './types.js';

/** Go's net.JoinHostPort: r.RemoteAddr and UDPAddr.String(). */
export const joinHostPort = (addr: string, port: number): string => (addr.includes(':') ? `[${addr}]:${port}` : `${addr}:${port}`);

const NOT_SIMULATED = new Set(['/shell', '/dial', '/upload', '/exit', '/shutdown']);

function handle(req: HttpRequest, ctx: AppContext, udpEnabled: boolean): GoReply {
  const path = targetPath(req.target);
  switch (path) {
    case '/clientip': return { body: joinHostPort(ctx.clientAddr, ctx.clientPort) };
    case '/hostname': case '/hostName': return { body: ctx.hostname };
    case '/healthz': return { status: udpEnabled ? 200 : 412, body: '' };
    case '/echo': return echo(req);
    case '/redirect': return redirect(req);
    default:
      if (NOT_SIMULATED.has(path)) return { status: 501, body: `netsim: agnhost netexec ${path} is not simulated\n` };
      return { body: `NOW: ${goTimeString(ctx.nowMs, ctx.startedMs ?? ctx.nowMs)}` };
  }
}

// echoHandler: `code` must parse as an integer; the body is `msg` as given.
function echo(req: HttpRequest): GoReply {
  const msg = formValue(req, 'msg');
  const code = formValue(req, 'code');
  if (code === '') return { body: msg };
  if (!/^[+-]?\d+$/.test(code)) return { body: `argument 'code' must be an integer or empty, got ${goQuote(code)}\n` };
  return { status: Number(code), body: msg };
}

// redirectHandler → http.Redirect: a relative location is resolved against the request path.
function redirect(req: HttpRequest): GoReply {
  const location = formValue(req, 'location');
  const codeString = formValue(req, 'code');
  if (codeString !== '' && !/^[+-]?\d+$/.test(codeString)) return { body: `argument 'code' must be an integer or empty, got ${goQuote(codeString)}\n` };
  const code = codeString === '' ? 302 : Number(codeString);
  const url = /^[a-z][a-z0-9+.-]*:/i.test(location) || location.startsWith('/') ? location : `/${location}`;
  const headers: [string, string][] = [['Location', url]];
  if (req.method !== 'GET' && req.method !== 'HEAD') return { status: code, headers, body: '' };
  headers.push(['Content-Type', 'text/html; charset=utf-8']);
  return { status: code, headers, body: `<a href="${htmlEscape(url)}">${goStatusText(code)}</a>.\n\n` };
}

const htmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');
const goQuote = (s: string) => JSON.stringify(s);

/** netexec's HTTP server. */
export function netexecHttp(request: Uint8Array, ctx: AppContext, udpEnabled: boolean): Uint8Array {
  return goServe(request, ctx.nowMs, (req) => handle(req, ctx, udpEnabled));
}

/** startUDPServer: `hostname`, `echo <msg>` and `clientip`, lower-cased and trimmed; else silence. */
export function netexecUdp(datagram: Uint8Array, ctx: AppContext): Uint8Array {
  const text = latin1(datagram).trim().toLowerCase();
  if (text === 'hostname') return fromLatin1(ctx.hostname);
  if (text.startsWith('echo ')) return fromLatin1(text.slice(5));
  if (text === 'clientip') return fromLatin1(joinHostPort(ctx.clientAddr, ctx.clientPort));
  return new Uint8Array(0);
}
