// Listener flags: --listen (gRPC over TCP) and --dns-listen, loopback only (reliability.md
// promise 6: off-loopback TCP needs TLS or a token, which do not exist yet). Pure; imports
// addresses.ts only.
import { parseIpStrict } from './addresses.js';

export interface ListenAddress {
  host: string;
  port: number;
  /** `host:port` for bind, an IPv6 host in brackets; port 0 asks the kernel for a free port. */
  address: string;
}

export const DEFAULT_DNS_LISTEN = '127.0.0.1:10053';
export const GRPC_LOOPBACK_REASON = 'only loopback addresses are allowed until TLS and token authentication exist';
const DNS_LOOPBACK_REASON = 'only loopback addresses are allowed';

/** A listener flag value that cannot be used. */
export class ListenError extends Error {
  readonly code = 'LISTEN_REFUSED';
  constructor(message: string) { super(message); this.name = 'ListenError'; }
}

function splitHostPort(value: string): { host: string; port: string } | undefined {
  if (value.startsWith('[')) {
    const close = value.indexOf(']');
    if (close < 0 || value[close + 1] !== ':') return undefined;
    return { host: value.slice(1, close), port: value.slice(close + 2) };
  }
  const colon = value.lastIndexOf(':');
  if (colon < 0 || value.slice(0, colon).includes(':')) return undefined;   // a bare IPv6 needs brackets
  return { host: value.slice(0, colon), port: value.slice(colon + 1) };
}

/** localhost, 127.0.0.0/8 or ::1 (written strictly). */
export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost') return true;
  const ip = parseIpStrict(host);
  if (!ip) return false;
  return ip.family === 'IPv4' ? ip.value >> 24n === 127n : ip.value === 1n;
}

/** `shown` is the value as the user wrote it, for messages. */
function parseListen(value: string, shown: string, flag: string, loopbackReason: string): ListenAddress {
  const hp = splitHostPort(value);
  if (!hp || !/^[0-9]{1,5}$/.test(hp.port)) {
    throw new ListenError(`${flag} ${JSON.stringify(shown)}: expected HOST:PORT, e.g. 127.0.0.1:50051 or [::1]:50051`);
  }
  const port = Number(hp.port);
  if (port > 65535) throw new ListenError(`${flag} ${shown}: port must be between 0 and 65535`);
  if (!isLoopbackHost(hp.host)) throw new ListenError(`${flag} ${shown} refused: ${loopbackReason}`);
  const host = hp.host.includes(':') ? `[${hp.host}]` : hp.host;
  return { host: hp.host, port, address: `${host}:${port}` };
}

/** --listen: `127.x.x.x:PORT`, `[::1]:PORT` or `localhost:PORT`. Errors: ListenError (syntax, port, not loopback). */
export function checkListenAddress(addr: string): ListenAddress {
  return parseListen(addr.trim(), addr, '--listen', GRPC_LOOPBACK_REASON);
}

/**
 * --dns-listen: `off` (undefined), `:PORT` (127.0.0.1, `:0` a free port) or a loopback HOST:PORT;
 * `localhost` binds 127.0.0.1 so that UDP and TCP share one address. Errors: ListenError.
 */
export function parseDnsListen(value: string): ListenAddress | undefined {
  const v = value.trim();
  if (v === 'off') return undefined;
  const normalised = v.startsWith(':') ? `127.0.0.1${v}` : v.replace(/^localhost:/, '127.0.0.1:');
  return parseListen(normalised, value, '--dns-listen', DNS_LOOPBACK_REASON);
}
