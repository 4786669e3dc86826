// netsim.v1.Namespaces: the standard methods.
import type { Cluster } from '../cluster/cluster.js';
import type { Namespace } from '../domain/types.js';
import { resourceHandlers } from './resources.js';

export function namespacesService(c: Cluster) {
  return resourceHandlers<Namespace>('Namespace', 'Namespaces', c.store, {
    create: (o) => c.namespaces.create(o), update: (o) => c.namespaces.update(o), delete: (_ns, name) => c.namespaces.delete(name),
  });
}
