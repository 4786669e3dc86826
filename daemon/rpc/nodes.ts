// netsim.v1.Nodes: the standard methods plus Exec in a node's root network namespace.
import type { Cluster } from '../cluster/cluster.js';
import type { Node } from '../domain/types.js';
import { serverStream } from './adapt.js';
import { sendExecResult } from './exec-stream.js';
import { resourceHandlers } from './resources.js';

export function nodesService(c: Cluster) {
  return {
    ...resourceHandlers<Node>('Node', 'Nodes', c.store, {
      create: (o) => c.nodes.create(o), update: (o) => c.nodes.update(o),
      delete: (_ns, name, rv) => c.nodes.delete(name, { resourceVersion: rv }),
    }),
    Exec: serverStream(async (req: { name?: string; command?: string[] }, send, signal) => sendExecResult(c.nodes.exec(req.name ?? '', req.command ?? []), send, signal)),
  };
}
