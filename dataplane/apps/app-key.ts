// The AppSpec as the one string a ForwardingProgram listener carries (`app`), and back.
// JSON with a fixed field order, so equal specs give equal keys. Imports types.ts.
import type { AppSpec } from './types.js';

const FIELDS: Readonly<Record<AppSpec['kind'], readonly string[]>> = {
  nginx: ['version'],
  httpd: ['version'],
  netexec: ['httpPort', 'udpPort'],
  'serve-hostname': ['raw', 'close'],
  'http-echo': ['text', 'version', 'status'],
  'busybox-httpd': [],
};

/** A stable key for `app`, e.g. `{"kind":"nginx","version":"1.23.2"}`. */
export function appKey(app: AppSpec): string {
  const fields = app as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { kind: app.kind };
  for (const f of FIELDS[app.kind]) if (fields[f] !== undefined) out[f] = fields[f];
  return JSON.stringify(out);
}

/** The AppSpec of a key made by appKey(); undefined for '' (a bare listener) or anything else. Never throws. */
export function appFromKey(key: string): AppSpec | undefined {
  let v: unknown;
  try { v = JSON.parse(key); } catch { return undefined; }
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  const str = (k: string) => typeof o[k] === 'string';
  const num = (k: string) => typeof o[k] === 'number';
  const opt = (k: string, t: 'string' | 'number' | 'boolean') => o[k] === undefined || typeof o[k] === t;
  switch (o.kind) {
    case 'nginx': case 'httpd': return str('version') ? v as AppSpec : undefined;
    case 'netexec': return num('httpPort') && opt('udpPort', 'number') ? v as AppSpec : undefined;
    case 'serve-hostname': return opt('raw', 'boolean') && opt('close', 'boolean') ? v as AppSpec : undefined;
    case 'http-echo': return str('text') && opt('version', 'string') && opt('status', 'number') ? v as AppSpec : undefined;
    case 'busybox-httpd': return v as AppSpec;
    default: return undefined;
  }
}
