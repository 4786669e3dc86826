// respond(): the bytes one simulated application sends back for one request, per AppSpec kind.
// Pure: time and addresses come in AppContext. Imports the responders of this folder.
import { busyboxHttpd } from './busybox-httpd.js';
import { httpEcho } from './http-echo.js';
import { httpdRespond } from './httpd.js';
import { netexecHttp, netexecUdp } from './netexec.js';
import { nginxRespond } from './nginx.js';
import { serveHostname } from './serve-hostname.js';
import type { AppContext, AppSpec } from './types.js';

/**
 * What the server sends for one request before the exchange ends (the client reads one
 * response and closes, as curl and wget do). An empty array: the app listens but sends nothing
 * (a bare connect, a request cut short, an unknown UDP command). undefined: the app has no
 * listener on `protocol`. Never throws, whatever the bytes.
 */
export function respond(app: AppSpec, protocol: 'TCP' | 'UDP', request: Uint8Array, ctx: AppContext): Uint8Array | undefined {
  switch (app.kind) {
    case 'nginx': return protocol === 'TCP' ? nginxRespond(app.version, request, ctx.nowMs) : undefined;
    case 'httpd': return protocol === 'TCP' ? httpdRespond(app.version, request, ctx.nowMs) : undefined;
    case 'netexec': return protocol === 'TCP' ? netexecHttp(request, ctx, app.udpPort !== -1) : netexecUdp(request, ctx);
    case 'serve-hostname': return serveHostname(app.raw === true, app.close === true, protocol, request, ctx);
    case 'http-echo': return protocol === 'TCP' ? httpEcho(app.text, app.version ?? '1.0.0', app.status ?? 200, request, ctx.nowMs) : undefined;
    case 'busybox-httpd': return protocol === 'TCP' ? busyboxHttpd(request, ctx.nowMs) : undefined;
  }
}
