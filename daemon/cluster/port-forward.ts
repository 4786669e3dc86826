// Port forwarding into a pod (kubectl port-forward's server side, the kubelet's socat into the
// pod's network namespace): each local connection's bytes are gathered until a whole request
// is there (an HTTP request by its headers and Content-Length, anything else at half-close),
// then run as one exchange to localhost:PORT inside the pod. Errors: NotFound, BadRequest.
import type { Pod } from '../domain/types.js';
import { BadRequestError } from '../domain/errors.js';
import type { ConnectResult } from '../exec/net.js';
import type { ClusterCore } from './core.js';
import { getObject } from './reads.js';

const HEADER_END = '\r\n\r\n';

/** Whether `buf` holds a whole HTTP/1.x request (headers, and the body its Content-Length announces). */
export function isWholeHttpRequest(buf: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(buf);
  if (!/^[A-Z]+ \S+ HTTP\/1\.[01]\r\n/.test(text)) return false;
  const end = text.indexOf(HEADER_END);
  if (end < 0) return false;
  const len = /\r\ncontent-length:\s*(\d+)/i.exec(text.slice(0, end))?.[1];
  return buf.length >= end + HEADER_END.length + Number(len ?? 0);
}

export interface ForwardTarget { pod: Pod; port: number }

export class PortForwardApi {
  constructor(private readonly c: ClusterCore) {}

  /** The running pod behind "pod/NAME" (or "NAME"). Errors: NotFound; BadRequest when it is not running or the port is bad. */
  target(namespace: string, ref: string, port: number): ForwardTarget {
    const name = ref.replace(/^(pod|pods|po)\//, '');
    if (name.includes('/')) throw new BadRequestError(`port-forward reaches pods only: resolve "${ref}" to a pod first`);
    const pod = getObject(this.c.store, 'Pod', namespace, name);
    if (pod.status.phase !== 'Running') throw new BadRequestError(`unable to forward port because pod is not running. Current status=${pod.status.phase}`);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new BadRequestError(`invalid port ${port}`);
    return { pod, port };
  }

  /** One exchange to localhost:port inside the pod's network namespace. */
  exchange(t: ForwardTarget, request: Uint8Array): ConnectResult {
    const hasV4 = (t.pod.status.podIPs ?? []).some((p) => !p.ip.includes(':')) || t.pod.spec.hostNetwork;
    const dst = hasV4 ? '127.0.0.1' : '::1';
    return this.c.network.accessForPod(t.pod).connect({ family: hasV4 ? 'IPv4' : 'IPv6', dst, port: t.port, protocol: 'TCP', request, connectTimeoutMs: 127_000 });
  }
}
