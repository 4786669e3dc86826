// Network.PortForward: a bidirectional stream. The first request names the pod and port; each
// connection's bytes are buffered until a whole request is there (or the client half-closes),
// run as one exchange inside the pod, and answered with the bytes and `closed`.
import type * as grpc from '@grpc/grpc-js';
import type { Cluster } from '../cluster/cluster.js';
import { isWholeHttpRequest, PortForwardApi, type ForwardTarget } from '../cluster/port-forward.js';
import { toGrpcError } from './status.js';

interface Req { namespace?: string; target?: string; port?: number; connection?: number; data?: Buffer; close?: boolean }
interface Res { pod?: string; pod_port?: number; connection?: number; data?: Buffer; closed?: boolean; error?: string }

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a); out.set(b, a.length);
  return out;
}

export function portForwardHandler(c: Cluster): grpc.handleBidiStreamingCall<Req, Res> {
  const api = new PortForwardApi(c);
  return (call) => {
    let target: ForwardTarget | undefined;
    const pending = new Map<number, Uint8Array>();
    const fail = (e: unknown) => { if (!call.cancelled) call.emit('error', toGrpcError(e, call.getPath())); };
    const run = (id: number, data: Uint8Array) => {
      pending.delete(id);
      const r = api.exchange(target!, data);
      if (r.outcome === 'ok') call.write({ connection: id, data: Buffer.from(r.response), closed: true });
      else call.write({ connection: id, closed: true, error: `error forwarding port ${target!.port} to pod ${target!.pod.metadata.name}, uid ${target!.pod.metadata.uid}: failed to connect to localhost:${target!.port} inside namespace: ${r.outcome === 'refused' ? 'connection refused' : r.outcome}` });
    };
    call.on('data', (m: Req) => {
      try {
        if (!target) {
          target = api.target(m.namespace || 'default', m.target ?? '', m.port ?? 0);
          call.write({ pod: target.pod.metadata.name, pod_port: target.port });
          return;
        }
        const id = m.connection ?? 0;
        const buf = concat(pending.get(id) ?? new Uint8Array(0), m.data ?? new Uint8Array(0));
        if (m.close || isWholeHttpRequest(buf)) run(id, buf);
        else pending.set(id, buf);
      } catch (e) { fail(e); }
    });
    call.on('end', () => { if (!call.cancelled) call.end(); });
    call.on('error', () => undefined);
  };
}
