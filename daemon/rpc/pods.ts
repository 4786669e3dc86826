// netsim.v1.Pods: the standard methods, Exec in a container and GetPodLogs. API warnings
// (duplicate container ports) travel as `warning` response metadata, as the apiserver's
// Warning headers do.
import * as grpc from '@grpc/grpc-js';
import type { Cluster } from '../cluster/cluster.js';
import type { Pod } from '../domain/types.js';
import { serverStream, unary } from './adapt.js';
import { fromProto, toProto } from './convert.js';
import { sendExecResult } from './exec-stream.js';
import { resourceHandlers } from './resources.js';

interface ExecRequest { namespace?: string; name?: string; container?: string; command?: string[] }

export function podsService(c: Cluster) {
  return {
    ...resourceHandlers<Pod>('Pod', 'Pods', c.store, {
      create: async (o) => (await c.pods.create(o)).pod, update: (o) => c.pods.update(o),
      delete: (ns, name, rv) => c.pods.delete(ns ?? 'default', name, { resourceVersion: rv }),
    }),
    CreatePod: unary(async (req: { object?: unknown }, call: grpc.ServerUnaryCall<{ object?: unknown }, unknown>) => {
      const { pod, warnings } = await c.pods.create(fromProto('Pod', req.object ?? {}));
      if (warnings.length) {
        const md = new grpc.Metadata();
        for (const w of warnings) md.add('warning', w);
        call.sendMetadata(md);
      }
      return toProto(pod);
    }),
    Exec: serverStream(async (req: ExecRequest, send, signal) =>
      sendExecResult(c.pods.exec(req.namespace || 'default', req.name ?? '', req.container || undefined, req.command ?? []), send, signal)),
    GetPodLogs: unary(async (req: { namespace?: string; name?: string; container?: string }) =>
      ({ logs: c.pods.logs(req.namespace || 'default', req.name ?? '', req.container || undefined) })),
  };
}
