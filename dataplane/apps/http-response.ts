// Writes one HTTP/1.1 response as bytes: the status line, the header fields in the order the
// server writes them, the empty line and the body (left out for HEAD, RFC 9110 §9.3.2).
// Imports only bytes.ts.
import { concatBytes, fromLatin1, utf8 } from './bytes.js';

export type HeaderList = readonly (readonly [string, string])[];

export interface ResponseParts {
  /** `200 OK`, `404 Not Found`. */
  status: string;
  headers: HeaderList;
  body: Uint8Array;
  /** HEAD: the head only, Content-Length still as for GET. */
  headOnly?: boolean;
}

export function writeResponse(r: ResponseParts): Uint8Array {
  const head = `HTTP/1.1 ${r.status}\r\n${r.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
  return r.headOnly ? fromLatin1(head) : concatBytes([fromLatin1(head), r.body]);
}

/** A body given as text, UTF-8 encoded. */
export const textBody = (s: string): Uint8Array => utf8(s);

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** RFC 9110 §5.6.7 IMF-fixdate: `Wed, 19 Oct 2022 07:56:21 GMT`. */
export function httpDate(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} `
    + `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} GMT`;
}
