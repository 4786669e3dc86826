// The URL as both wgets take it: `http://host[:port]/path`, `[v6]` hosts, and a bare `host/path`
// (http assumed, as GNU wget does and busybox parse_url does). Imports wire/ip.ts.
import { parseIpv6 } from '../../../dataplane/wire/ip.js';

export interface WgetUrl {
  scheme: 'http' | 'https';
  /** Without brackets. */
  host: string;
  port: number;
  /** `/path?query` (never empty). */
  path: string;
  /** `host[:port]` as written (busybox's server.host, its Host header and its messages). */
  authority: string;
  /** Whether the port was written (GNU wget shows it in the URL and Host only then). */
  explicitPort: boolean;
}

export function parseWgetUrl(raw: string): WgetUrl | undefined {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/.exec(raw);
  const scheme = (m ? m[1] : 'http').toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return undefined;
  const rest = m ? m[2] : raw;
  const cut = rest.search(/[/?#]/);
  const authority = (cut < 0 ? rest : rest.slice(0, cut)).replace(/^.*@/, '');
  const path = `/${(cut < 0 ? '' : rest.slice(cut)).replace(/#.*$/, '').replace(/^\//, '')}`;
  const hp = /^(\[[^\]]*\]|[^:]+)(?::(\d+))?$/.exec(authority);
  if (!hp) return undefined;
  const bracketed = hp[1].startsWith('[');
  const host = bracketed ? hp[1].slice(1, -1) : hp[1];
  if (bracketed && parseIpv6(host) === undefined) return undefined;
  const port = hp[2] !== undefined ? Number(hp[2]) : scheme === 'https' ? 443 : 80;
  if (port < 1 || port > 65535) return undefined;
  return { scheme, host, port, path, authority, explicitPort: hp[2] !== undefined };
}
