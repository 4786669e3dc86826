// tcpdump 4.99 `http_print` = `txtproto_print` (util-print.c) without -v: `HTTP`, then `: ` and
// the first line when the payload starts with a request method or a status line. Imports only wire/.
import type { PrintContext } from './pretty-context.js';

/** httpcmds (print-http.c), matched case-insensitively. */
const METHODS = new Set([
  'GET', 'PUT', 'COPY', 'HEAD', 'LOCK', 'MOVE', 'POLL', 'POST', 'BCOPY', 'BMOVE', 'MKCOL', 'TRACE',
  'LABEL', 'MERGE', 'DELETE', 'SEARCH', 'UNLOCK', 'REPORT', 'UPDATE', 'NOTIFY', 'BDELETE', 'CONNECT',
  'OPTIONS', 'CHECKIN', 'PROPFIND', 'CHECKOUT', 'CCM_POST', 'SUBSCRIBE', 'PROPPATCH', 'BPROPFIND',
  'BPROPPATCH', 'UNCHECKOUT', 'MKACTIVITY', 'MKWORKSPACE', 'UNSUBSCRIBE', 'RPC_CONNECT',
  'VERSION-CONTROL', 'BASELINE-CONTROL',
]);
/** fetch_token's buffer: MAX_TOKEN + 1 = 129 bytes, and it refuses a char when toklen + 2 > 129. */
const TOKEN_BUF = 129;

const ascii = new TextDecoder('latin1');
const isPrint = (c: number): boolean => c >= 0x20 && c <= 0x7e;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;

/** fetch_token: the token at `idx` and the index after its trailing blanks, or undefined. */
function fetchToken(ctx: PrintContext, p: number, idx: number, len: number): { token: string; next: number } | undefined {
  let token = '';
  for (; idx < len; idx++) {
    if (!ctx.has(p + idx, 1)) return undefined;
    const c = ctx.b[p + idx];
    if (c >= 0x80) return undefined;
    if (isSpace(c)) break;
    if (!isPrint(c) || token.length + 2 > TOKEN_BUF) return undefined;
    token += String.fromCharCode(c);
  }
  if (token === '') return undefined;
  for (; idx < len; idx++) {
    if (!ctx.has(p + idx, 1)) break;
    const c = ctx.b[p + idx];
    if (c === 0x0d || c === 0x0a || !isPrint(c) || !isSpace(c)) break;
  }
  return { token, next: idx };
}

/** print_txt_line with prefix `: `: the line up to LF or CR-LF; binary data prints nothing. */
function printLine(ctx: PrintContext, p: number, len: number): void {
  let idx = 0;
  for (; idx < len; idx++) {
    const c = ctx.u8(p + idx);
    if (c === 0x0a) break;
    if (c === 0x0d) {
      if (idx + 1 >= len || ctx.u8(p + idx + 1) !== 0x0a) return;
      break;
    }
    if (!isPrint(c) && c !== 0x09) return;
  }
  ctx.print(`: ${ascii.decode(ctx.b.subarray(p, p + idx))}`);
  if (idx >= len) ctx.trunc();
}

function looksLikeHttp(ctx: PrintContext, p: number, len: number): boolean {
  const first = fetchToken(ctx, p, 0, len);
  if (first === undefined) return false;
  const method = METHODS.has(first.token.toUpperCase());
  const second = fetchToken(ctx, p, first.next, len);
  return method || (second !== undefined && /^[0-9]{3}$/.test(second.token));
}

/** `HTTP: GET / HTTP/1.1` for a request or response head, plain `HTTP` for anything else. */
export function printHttp(ctx: PrintContext, p: number, len: number): void {
  ctx.proto = 'http';
  const show = looksLikeHttp(ctx, p, len);
  ctx.print('HTTP');
  if (show) printLine(ctx, p, len);
}
