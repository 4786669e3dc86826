// netsim.v1.Cluster: what the daemon runs (config, versions, seed, listeners, counts) and
// Shutdown, accepted only from the Unix socket so a TCP client cannot stop the daemon.
import type * as grpc from '@grpc/grpc-js';
import type { Cluster } from '../cluster/cluster.js';
import { toConfigDocument } from '../config/stored.js';
import { ForbiddenError } from '../domain/errors.js';
import { KUBERNETES_VERSION, NETSIM_VERSION } from '../version.js';
import { unary } from './adapt.js';

export interface DaemonInfo {
  seed: number;
  listeners: { unixSocket: string; tcpAddress?: string; dnsAddress?: string; metricsAddress?: string };
  requestShutdown(): void;
}

export function clusterService(c: Cluster, info: DaemonInfo) {
  return {
    GetClusterInfo: unary(async () => {
      const doc = toConfigDocument(c.config);
      const externalHosts = Object.fromEntries(Object.entries(doc.dns?.externalHosts ?? {}).map(([h, a]) => [h, { addresses: a }]));
      return {
        config: { ...doc, dns: { ...doc.dns, externalHosts } },
        version: NETSIM_VERSION, kubernetes_version: KUBERNETES_VERSION, seed: String(info.seed),
        listeners: {
          unix_socket: info.listeners.unixSocket, tcp_address: info.listeners.tcpAddress ?? '',
          dns_address: info.listeners.dnsAddress ?? '', metrics_address: info.listeners.metricsAddress ?? '',
        },
        counts: {
          nodes: c.store.list('Node').length, pods: c.store.list('Pod').length, namespaces: c.store.list('Namespace').length,
          deployments: c.store.list('Deployment').length, statefulsets: c.store.list('StatefulSet').length, events: c.events.list().length,
        },
      };
    }),
    Shutdown: unary(async (_req: unknown, call: grpc.ServerUnaryCall<unknown, unknown>) => {
      // grpc-js names a TCP peer HOST:PORT; a Unix-socket peer has no address ('unknown').
      if (/:\d+$/.test(call.getPeer())) throw new ForbiddenError('Shutdown is accepted only over the Unix socket');
      setImmediate(() => info.requestShutdown());
      return {};
    }),
  };
}
