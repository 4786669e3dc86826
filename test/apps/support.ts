// Shared inputs for the app tests: an AppContext on the virtual clock and request/response text
// helpers. Test-only.
import type { AppContext } from '../../dataplane/apps/index.js';

export const NOW = Date.UTC(2024, 4, 1, 10, 0, 5, 123);

export const CTX: AppContext = {
  podName: 'web-0', hostname: 'web-0', clientAddr: '10.244.1.5', clientPort: 43210,
  serverAddr: '10.244.2.7', serverPort: 80, nowMs: NOW, startedMs: NOW - 5000,
};

export const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
export const text = (b: Uint8Array | undefined): string => (b === undefined ? '<undefined>' : Buffer.from(b).toString('latin1'));

/** `GET path HTTP/1.1` with Host and curl's other two headers. */
export const curlGet = (path = '/', method = 'GET', host = '10.96.0.12'): Uint8Array =>
  bytes(`${method} ${path} HTTP/1.1\r\nHost: ${host}\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n`);

/** The head (status line and fields) and body of a response. */
export function split(b: Uint8Array | undefined): { head: string; body: string } {
  const s = text(b);
  const i = s.indexOf('\r\n\r\n');
  return i < 0 ? { head: s, body: '' } : { head: s.slice(0, i + 2), body: s.slice(i + 4) };
}
