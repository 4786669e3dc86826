// netsim.v1.Deployments and netsim.v1.StatefulSets: the standard methods (scale = update).
import type { Cluster } from '../cluster/cluster.js';
import type { Deployment, StatefulSet } from '../domain/types.js';
import { resourceHandlers } from './resources.js';

export function deploymentsService(c: Cluster) {
  return resourceHandlers<Deployment>('Deployment', 'Deployments', c.store, {
    create: (o) => c.deployments.create(o), update: (o) => c.deployments.update(o),
    delete: (ns, name, rv) => c.deployments.delete(ns ?? 'default', name, { resourceVersion: rv }),
  });
}

export function statefulSetsService(c: Cluster) {
  return resourceHandlers<StatefulSet>('StatefulSet', 'StatefulSets', c.store, {
    create: (o) => c.statefulsets.create(o), update: (o) => c.statefulsets.update(o),
    delete: (ns, name, rv) => c.statefulsets.delete(ns ?? 'default', name, { resourceVersion: rv }),
  });
}
