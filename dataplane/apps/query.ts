// Go's url.ParseQuery as Request.FormValue reads it: `&`-separated pairs, `+` is a space,
// %XX escapes; a pair with a bad escape or a `;` is dropped. Imports http-request.ts, bytes.ts.
import { latin1 } from './bytes.js';
import { headerValue, targetQuery, type HttpRequest } from './http-request.js';

function unescape(s: string): string | undefined {
  if (/%(?![0-9a-fA-F]{2})/.test(s)) return undefined;
  const bytes = s.replace(/\+/g, ' ').replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return new TextDecoder().decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0)));
}

/** The first value of `key` in a query string, or undefined. */
export function queryValue(query: string, key: string): string | undefined {
  for (const pair of query.split('&')) {
    if (pair === '' || pair.includes(';')) continue;
    const eq = pair.indexOf('=');
    const k = unescape(eq < 0 ? pair : pair.slice(0, eq));
    if (k !== key) continue;
    const v = unescape(eq < 0 ? '' : pair.slice(eq + 1));
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Request.FormValue: a urlencoded POST body first, then the URL query; '' when absent. */
export function formValue(req: HttpRequest, key: string): string {
  const type = headerValue(req.headers, 'content-type') ?? '';
  const fromBody = ['POST', 'PUT', 'PATCH'].includes(req.method) && type.startsWith('application/x-www-form-urlencoded')
    ? queryValue(latin1(req.body), key) : undefined;
  return fromBody ?? queryValue(targetQuery(req.target), key) ?? '';
}
