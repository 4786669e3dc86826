// hashicorp/http-echo (main.go, handlers.go): `/health` answers `{"status":"ok"}`, every other
// path the `-text` line with `-status-code`; both carry X-App-Name and X-App-Version.
// Imports go-http.ts, http-request.ts.
import { goServe } from './go-http.js';
import { targetPath } from './http-request.js';

export function httpEcho(text: string, version: string, status: number, request: Uint8Array, nowMs: number): Uint8Array {
  return goServe(request, nowMs, (req) => {
    const headers: [string, string][] = [['X-App-Name', 'http-echo'], ['X-App-Version', version]];
    if (targetPath(req.target) === '/health') return { status: 200, headers, body: '{"status":"ok"}\n' };
    return { status, headers, body: `${text}\n` };
  });
}
