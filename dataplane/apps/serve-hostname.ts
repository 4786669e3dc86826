// agnhost serve-hostname (test/images/agnhost/serve-hostname/serve_hostname.go): the hostname as
// an HTTP body, or written raw on each TCP connection / UDP datagram. Imports go-http.ts, bytes.ts.
import { fromLatin1 } from './bytes.js';
import { goServe } from './go-http.js';
import type { AppContext } from './types.js';

/** The reply on `protocol`; undefined where the mode opened no such listener. */
export function serveHostname(raw: boolean, close: boolean, protocol: 'TCP' | 'UDP', request: Uint8Array, ctx: AppContext): Uint8Array | undefined {
  if (raw) return fromLatin1(ctx.hostname);
  if (protocol === 'UDP') return undefined;
  return goServe(request, ctx.nowMs, () => ({ headers: close ? [['Connection', 'close']] : [], body: ctx.hostname }));
}
